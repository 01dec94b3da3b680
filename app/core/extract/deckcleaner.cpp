// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckcleaner.h"

#include "titlechooser.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Sentences with their closing punctuation and the space after it.
QStringList sentences(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool end = c == u'。' || c == u'！' || c == u'？'
            || ((c == u'.' || c == u'!' || c == u'?') && i + 1 < text.size()
                && text.at(i + 1) == u' ' && i > 0 && !text.at(i - 1).isDigit());
        if (end) {
            out.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

bool isContactOrCopyright(const QString &sentence)
{
    static const QRegularExpression pattern(
        u"[\\w.+-]+@[\\w-]+\\.[\\w.]+|https?://|\\bwww\\.|©|\\(c\\)\\s*\\d{4}|copyright|"
        "all rights reserved|alle rechte vorbehalten|tous droits réservés|"
        "\\b(?:tel|fax|phone|telefon)\\b\\.?:?\\s*(?:\\+?\\d|$)|\\+\\d{1,3}[\\s\\d/()-]{7,}"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(sentence).hasMatch();
}

QString comparable(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

QString DeckCleaner::clean(const QString &deck, const QString &title, const QString &bodyText)
{
    QString text = TitleChooser::decodeEntities(deck);
    text.remove(QChar(0xfffd));
    text = text.simplified();
    QString kept;
    for (const QString &sentence : sentences(text)) {
        if (isContactOrCopyright(sentence))
            break;
        if (!kept.isEmpty() && kept.size() + sentence.size() > maximumLength)
            break;
        kept += sentence;
    }
    kept = kept.trimmed();
    if (kept.size() > maximumLength) {
        const qsizetype space = kept.lastIndexOf(u' ', maximumLength - 1);
        kept = kept.left(space > maximumLength / 2 ? space : maximumLength - 1).trimmed() + u'…';
    }
    const QString key = comparable(kept);
    if (key.isEmpty() || key == comparable(title))
        return {};
    // A copy of the start of the text: the text shows it already.
    const QString start = comparable(bodyText.left(3000));
    const QString probe = key.left(qMin<qsizetype>(key.size(), 120));
    const qsizetype at = start.indexOf(probe.endsWith(u'…') ? probe.chopped(1) : probe);
    if (at >= 0 && at < 1500)
        return {};
    return kept;
}
