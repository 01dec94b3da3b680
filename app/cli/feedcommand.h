// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;
struct ParsedFeed;

// byline feed [--json] FILE|URL|-: parses one feed (RSS, Atom, RDF, JSON Feed) and prints it,
// storing nothing and opening no library. With --json, one object (FeedJson) on one line;
// without, a short listing: the feed's title and link, then each item's date, title and link.
// A URL is fetched with PageFetcher; errors are one line on stderr, exit status 1.
class FeedCommand {
    Q_DECLARE_TR_FUNCTIONS(FeedCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
    static QString text(const ParsedFeed &feed);
};
