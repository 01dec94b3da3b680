// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlresolver.h"

#include <QList>

using namespace Qt::StringLiterals;

QUrl UrlResolver::resolve(const QString &value, const QUrl &base)
{
    QString s;
    s.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        s += c;
    }
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && s.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && s.at(end - 1).unicode() <= 0x20)
        --end;
    if (begin == end)
        return {};
    s = s.mid(begin, end - begin);
    if (s.startsWith(u"data:"_s, Qt::CaseInsensitive)) // keep data URLs verbatim
        return QUrl(s);
    QUrl url(s);
    if (!url.isValid())
        return {};
    if (url.isRelative() && base.isValid())
        url = base.resolved(url);
    return url;
}

bool UrlResolver::isSafe(const QUrl &url, Use use)
{
    if (!url.isValid() || url.isRelative())
        return false; // nothing to resolve it against: the reader would make it a file: URL
    const QString scheme = url.scheme().toLower();
    if (scheme == "http"_L1 || scheme == "https"_L1)
        return !url.host().isEmpty();
    if (use == Use::Link)
        return scheme == "mailto"_L1 || scheme == "tel"_L1 || scheme == "ftp"_L1;
    if (scheme == "data"_L1)
        return isRasterDataImage(url);
    return false;
}

bool UrlResolver::isRasterDataImage(const QUrl &url)
{
    static const QStringList types { u"image/png"_s, u"image/jpeg"_s, u"image/jpg"_s,
                                     u"image/gif"_s, u"image/webp"_s, u"image/avif"_s,
                                     u"image/bmp"_s };
    if (url.scheme().compare("data"_L1, Qt::CaseInsensitive) != 0)
        return false;
    const QString path = url.path();
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != u';' && path.at(end) != u',')
        ++end;
    return types.contains(path.left(end).trimmed().toLower());
}

QString UrlResolver::pickFromSrcset(const QString &srcset)
{
    // The HTML srcset grammar: URL (up to white space), then descriptors up to a comma.
    // URLs may contain commas ("...,w_400/x.jpg"); a trailing comma ends a bare URL.
    QString best;
    double bestScore = -1;
    const qsizetype n = srcset.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (srcset.at(i).isSpace() || srcset.at(i) == u','))
            ++i;
        const qsizetype urlStart = i;
        while (i < n && !srcset.at(i).isSpace())
            ++i;
        QString url = srcset.mid(urlStart, i - urlStart);
        QString descriptor;
        if (url.endsWith(u',')) {
            while (url.endsWith(u','))
                url.chop(1);
        } else {
            const qsizetype descStart = i;
            while (i < n && srcset.at(i) != u',')
                ++i;
            descriptor = srcset.mid(descStart, i - descStart).trimmed();
        }
        if (url.isEmpty())
            continue;
        double score = 1;
        if (descriptor.endsWith(u'w')) {
            const double w = QStringView(descriptor).chopped(1).toDouble();
            score = w <= 1600 ? w : 1600 - (w - 1600) / 10; // big, but not huge
        } else if (descriptor.endsWith(u'x')) {
            const double x = QStringView(descriptor).chopped(1).toDouble();
            score = x <= 2 ? x * 800 : 1600 - x;
        }
        if (score > bestScore) {
            bestScore = score;
            best = url;
        }
    }
    return best;
}
