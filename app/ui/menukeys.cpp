// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "menukeys.h"

#include <QAction>
#include <QKeySequence>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
bool isSingleLetter(const QKeySequence &key)
{
    if (key.count() != 1)
        return false;
    const QKeyCombination combination = key[0];
    return combination.keyboardModifiers() == Qt::NoModifier && combination.key() >= Qt::Key_A
        && combination.key() <= Qt::Key_Z;
}
} // namespace

namespace MenuKeys {

QString keyText(const QKeySequence &key)
{
    const QString text = key.toString(QKeySequence::NativeText);
    return isSingleLetter(key) ? text.toLower() : text;
}

void showLetterKeysLowerCase(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!isSingleLetter(action->shortcut()))
            continue;
        const QString name = action->text().section(u'\t', 0, 0);
        const QString text = name + u'\t' + keyText(action->shortcut());
        if (action->text() != text)
            action->setText(text);
    }
}

QString plainName(const QString &text)
{
    QString name = text.section(u'\t', 0, 0);
    // "찾기(&F)" and "파일(F)": the marker in brackets goes whole, as Korean menus write it.
    static const QRegularExpression bracketed(u"\\s*\\(&?[^()\\s]\\)"_s);
    name.remove(bracketed);
    name.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    if (name.endsWith(u"..."_s))
        name.chop(3);
    else if (name.endsWith(u'…'))
        name.chop(1);
    return name.trimmed();
}

} // namespace MenuKeys
