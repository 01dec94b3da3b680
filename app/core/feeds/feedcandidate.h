// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedfeed.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One feed FeedDiscovery found for an address: where it is, its title (the link's title or
// the feed's own; may be empty) and its format.
struct FeedCandidate {
    QString url;
    QString title;
    ParsedFeed::Format format = ParsedFeed::Format::Rss;
};

Q_DECLARE_METATYPE(FeedCandidate)
