// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unsubscribecommand.h"

#include "commandcontext.h"
#include "feedargument.h"
#include "store/feedstore.h"

#include <QCommandLineParser>

int UnsubscribeCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return context.usageError(tr("unsubscribe takes one feed: its id, URL or title"));
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    FeedStore store(**db);
    const Result<QList<Feed>> feeds = store.list();
    if (!feeds)
        return context.fail(feeds.error());
    const Result<Feed> feed = FeedArgument::find(*feeds, names.first());
    if (!feed)
        return context.fail(feed.error());
    const Result<int> deleted = store.unsubscribe(feed->id);
    if (!deleted)
        return context.fail(deleted.error());
    const int kept = feed->total - *deleted;
    context.out() << tr("Unsubscribed from \u201c%1\u201d: %n articles deleted", nullptr, *deleted)
                         .arg(feed->title);
    if (kept > 0)
        context.out() << tr(", %n starred kept", nullptr, kept);
    context.out() << ".\n";
    return 0;
}
