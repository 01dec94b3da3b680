// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlnormalizer.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

bool UrlNormalizer::isTrackingParameter(const QString &name)
{
    const QString key = QUrl::fromPercentEncoding(name.toUtf8()).toLower();
    static const QStringList exact = { u"fbclid"_s, u"gclid"_s,  u"dclid"_s, u"msclkid"_s,
                                       u"mc_cid"_s, u"mc_eid"_s, u"igshid"_s };
    return key.startsWith(u"utm_"_s) || exact.contains(key);
}

QString UrlNormalizer::normalize(const QString &url)
{
    const QString trimmed = url.trimmed();
    QUrl parsed(trimmed, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.isRelative() || parsed.scheme().isEmpty())
        return trimmed;

    parsed.setScheme(parsed.scheme().toLower());
    parsed.setHost(parsed.host().toLower());
    const QString scheme = parsed.scheme();
    const int port = parsed.port();
    if ((scheme == u"http"_s && port == 80) || (scheme == u"https"_s && port == 443)
        || (scheme == u"ftp"_s && port == 21))
        parsed.setPort(-1);
    parsed.setFragment(QString());

    if (parsed.hasQuery()) {
        QStringList kept;
        const QStringList items = parsed.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            if (!isTrackingParameter(item.section(u'=', 0, 0)))
                kept.append(item);
        }
        std::stable_sort(kept.begin(), kept.end());
        if (kept.isEmpty())
            parsed.setQuery(QString());
        else
            parsed.setQuery(kept.join(u'&'));
    }

    if (!parsed.host().isEmpty()) {
        QString path = parsed.path(QUrl::FullyEncoded);
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        if (path.isEmpty())
            path = u"/"_s;
        parsed.setPath(path, QUrl::TolerantMode);
    }
    return parsed.toString(QUrl::FullyEncoded);
}
