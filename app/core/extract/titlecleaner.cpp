// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlecleaner.h"

namespace {

bool isSeparator(QChar c, bool hierarchicalOnly)
{
    switch (c.unicode()) {
    case '\\':
    case '/':
    case '>':
    case 0x00bb: // »
        return true;
    case '|':
    case '-':
    case 0x2013: // en dash
    case 0x2014: // em dash
        return !hierarchicalOnly;
    default:
        return false;
    }
}

// Positions of " X " separators (X a separator character), in order.
QList<qsizetype> separators(const QString &s, bool hierarchicalOnly)
{
    QList<qsizetype> found;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if (isSeparator(s.at(i), hierarchicalOnly) && s.at(i - 1) == u' ' && s.at(i + 1) == u' ')
            found.append(i);
    }
    return found;
}

} // namespace

int TitleCleaner::wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++count;
        inWord = !space;
    }
    return count;
}

QString TitleCleaner::clean(const QString &documentTitle, const QStringList &h1s,
                            const QStringList &h2s)
{
    const QString original = documentTitle.simplified();
    QString title = original;
    bool hierarchical = false;
    const QList<qsizetype> seps = separators(original, false);
    if (!seps.isEmpty()) {
        hierarchical = !separators(original, true).isEmpty();
        // Keep what precedes the last separator; if that is too short, what follows the first.
        title = original.left(seps.last() - 1);
        if (wordCount(title) < 3)
            title = original.mid(seps.first() + 2);
    } else if (original.contains(QLatin1String(": "))) {
        if (!h1s.contains(original) && !h2s.contains(original)) {
            const qsizetype last = original.lastIndexOf(u':');
            const qsizetype first = original.indexOf(u':');
            title = original.mid(last + 1);
            if (wordCount(title) < 3)
                title = original.mid(first + 1);
            else if (wordCount(QStringView(original).left(first)) > 5)
                title = original;
        }
    } else if ((original.size() > 150 || original.size() < 15) && h1s.size() == 1) {
        title = h1s.first();
    }
    title = title.simplified();
    const int words = wordCount(title);
    if (words <= 4) {
        QString stripped = original;
        for (qsizetype i = stripped.size() - 1; i >= 0; --i) {
            if (isSeparator(stripped.at(i), false))
                stripped.remove(i, 1);
        }
        if (!hierarchical || words != wordCount(stripped) - 1)
            title = original;
    }
    return title;
}
