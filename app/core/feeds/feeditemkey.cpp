// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeditemkey.h"

#include "parsedfeed.h"

using namespace Qt::StringLiterals;

QString FeedItemKey::of(const FeedItem &item)
{
    const QString id = item.id.trimmed();
    if (!id.isEmpty())
        return u"id:"_s + id;
    const QString link = item.link.trimmed();
    if (!link.isEmpty())
        return u"link:"_s + link;
    return u"title:"_s + item.title.simplified() + u'|'
        + (item.published.isValid() ? item.published.toUTC().toString(Qt::ISODate) : QString());
}
