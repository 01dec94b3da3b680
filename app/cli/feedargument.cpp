// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedargument.h"

#include <QStringList>

Result<Feed> FeedArgument::find(const QList<Feed> &feeds, const QString &argument)
{
    const QString wanted = argument.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const Feed &feed : feeds)
        if ((isNumber && feed.id == id) || feed.url == wanted)
            return feed;
    QList<Feed> named;
    for (const Feed &feed : feeds)
        if (feed.title.compare(wanted, Qt::CaseInsensitive) == 0)
            named.append(feed);
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty())
        return Error { tr("no feed is called '%1' (give its id, URL or title; "
                          "'byline feeds' lists them)")
                           .arg(wanted) };
    QStringList ids;
    for (const Feed &feed : std::as_const(named))
        ids.append(QString::number(feed.id));
    return Error { tr("%1 feeds are called '%2': give one of their ids (%3)")
                       .arg(QString::number(named.size()), wanted, ids.join(u", ")) };
}
