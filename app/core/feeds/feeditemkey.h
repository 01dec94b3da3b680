// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct FeedItem;

// An item's identity within its feed, what the store upserts by:
//   "id:" + the guid / atom:id / JSON Feed id, when the item has one;
//   else "link:" + its link;
//   else "title:" + its title + "|" + its published time (ISO 8601, UTC; empty when undated).
// The prefixes keep the kinds apart (a guid that looks like a link never equals a link key).
// Two items of one feed with the same guid get the same key: FeedParser keeps both, and the
// store's upsert by key stores the last one over the first (one article per key, as readers
// show one article per guid).
class FeedItemKey {
public:
    static QString of(const FeedItem &item);
};
