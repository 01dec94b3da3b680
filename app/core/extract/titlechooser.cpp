// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlechooser.h"

#include "htmldocument.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Lowercase letter-or-digit words.
QStringList tokens(const QString &text)
{
    QStringList out;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// Letters and digits only, lowercase: "Lebensmittel-Praxis.de" -> "lebensmittelpraxisde".
QString squeezed(const QString &text)
{
    return tokens(text).join(QString());
}

bool isSeparatorChar(QChar c)
{
    switch (c.unicode()) {
    case '|':
    case '-':
    case ':':
    case '/':
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2022: // bullet
    case 0x00b7: // middle dot
    case 0x00bb: // »
    case 0x00ab: // «
    case '>':
    case '~':
        return true;
    default:
        return false;
    }
}

// Splits "A | B - C" into segments at separators with white space on both sides (a colon
// needs it only after).
QStringList segments(const QString &title)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype size = title.size();
    for (qsizetype i = 1; i < size; ++i) {
        const QChar c = title.at(i);
        if (!isSeparatorChar(c))
            continue;
        qsizetype run = i;
        while (run < size && title.at(run) == c)
            ++run;
        const bool spaceAfter = run == size || title.at(run).isSpace();
        const bool spaceBefore = title.at(i - 1).isSpace();
        if (!spaceAfter || (c != u':' && !spaceBefore)) {
            i = run - 1;
            continue;
        }
        out.append(title.mid(start, i - start).trimmed());
        while (run < size && title.at(run).isSpace())
            ++run;
        start = run;
        i = run - 1;
    }
    out.append(title.mid(start).trimmed());
    out.removeAll(QString());
    return out;
}

bool namesSite(const QString &segment, const QStringList &siteNames, const QString &host)
{
    const QString s = squeezed(segment);
    if (s.isEmpty())
        return false;
    for (const QString &name : siteNames) {
        const QString n = squeezed(name);
        if (n.isEmpty())
            continue;
        if (s == n || (s.size() >= 4 && n.startsWith(s)) || (n.size() >= 4 && s.startsWith(n)))
            return true;
    }
    if (!host.isEmpty()) {
        const QStringList labels = host.toLower().split(u'.', Qt::SkipEmptyParts);
        if (s == squeezed(host)
            || (labels.size() > 1 && s == squeezed(labels.mid(labels.size() - 2).join(u'.'))))
            return true;
        for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
            const QString label = squeezed(labels.at(i));
            if (label.size() >= 4 && label != "www"_L1 && s.startsWith(label))
                return true;
        }
    }
    return false;
}

// How well a headline agrees with a metadata title: the share of the headline's words found in
// it, provided they also make up a fair share of the metadata title.
double agreement(const QStringList &headline, const QStringList &other)
{
    if (headline.isEmpty() || other.isEmpty())
        return 0;
    const QSet<QString> set(other.begin(), other.end());
    qsizetype common = 0;
    for (const QString &t : headline)
        common += set.contains(t) ? 1 : 0;
    if (common * 10 < other.size() * 4)
        return 0;
    return double(common) / double(headline.size());
}

} // namespace

bool TitleChooser::namesSite(const QString &text, const QStringList &siteNames, const QString &host)
{
    return ::namesSite(text, siteNames, host);
}

QString TitleChooser::decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8}[0-9]?);"_s);
    QString out = text;
    for (int round = 0; round < 2 && out.contains(u'&') && out.contains(entity); ++round) {
        const HtmlDocument document(u"<!DOCTYPE html><title></title><p>"_s
                                    + QString(out).replace(u'<', u"&lt;"_s));
        if (!document.body())
            break;
        out = HtmlDocument::textContent(document.body());
    }
    return out.simplified();
}

QString TitleChooser::stripSite(const QString &title, const QStringList &siteNames,
                                const QString &host)
{
    QStringList parts = segments(title);
    if (parts.size() < 2)
        return title;
    bool changed = false;
    // "Title | Site | Tagline": the site and what follows it go.
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (namesSite(parts.at(i), siteNames, host)) {
            parts = parts.mid(0, i);
            changed = true;
            break;
        }
    }
    // "Site » Section » Title": the title is the last segment.
    if (parts.size() > 1 && namesSite(parts.first(), siteNames, host)) {
        parts = parts.size() > 2 ? parts.mid(parts.size() - 1) : parts.mid(1);
        changed = true;
    }
    if (!changed)
        return title;
    // Keep the original separators between the remaining segments.
    const qsizetype from = title.indexOf(parts.first());
    const qsizetype to = title.lastIndexOf(parts.last()) + parts.last().size();
    return from >= 0 && to > from ? title.mid(from, to - from).trimmed() : parts.join(u" - "_s);
}

QString TitleChooser::choose(const Candidates &candidates)
{
    Candidates c = candidates;
    // An h1 that is a side segment of the <title> ("Title | Blog Name" with <h1>Blog Name</h1>,
    // the site's logo) names the site.
    const QStringList titleParts = segments(decodeEntities(c.documentTitle));
    for (const QString &h : std::as_const(c.headlines)) {
        if (titleParts.size() < 2 || squeezed(h).isEmpty() || c.siteNames.contains(h))
            continue;
        // Not a headline's kicker-less variant (its whole text comes next in the list).
        const bool variant
            = std::any_of(c.headlines.cbegin(), c.headlines.cend(), [&h](const QString &other) {
                  return other.size() > h.size() && other.endsWith(h);
              });
        if (variant)
            continue;
        const qsizetype words = tokens(h).size();
        const qsizetype total = tokens(c.documentTitle).size();
        if (squeezed(titleParts.last()) == squeezed(h) && words < total)
            c.siteNames.append(h);
    }
    QStringList metadata;
    for (const QString &m : std::as_const(c.metadata)) {
        const QString t = stripSite(decodeEntities(m), c.siteNames, c.host);
        if (!t.isEmpty() && !metadata.contains(t))
            metadata.append(t);
    }
    const QString documentTitle = stripSite(decodeEntities(c.documentTitle), c.siteNames, c.host);
    QStringList all = metadata;
    if (!documentTitle.isEmpty())
        all.append(documentTitle);

    // The visible headline, when the metadata agrees with it.
    QString best;
    double bestScore = 0;
    for (const QString &raw : c.headlines) {
        const QString h = decodeEntities(raw);
        const QStringList ht = tokens(h);
        if (ht.isEmpty() || h.size() > 300 || namesSite(h, c.siteNames, c.host))
            continue;
        for (const QString &m : std::as_const(all)) {
            const double score = agreement(ht, tokens(m));
            if (score > bestScore) {
                bestScore = score;
                best = h;
            }
        }
    }
    if (bestScore >= 0.6)
        return best;
    const QString fallback = stripSite(decodeEntities(c.fallback), c.siteNames, c.host);
    return fallback.isEmpty() ? documentTitle : fallback;
}
