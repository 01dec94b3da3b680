// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshcommand.h"

#include "commandcontext.h"
#include "feedargument.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>
#include <unistd.h>

FeedRefresher::Summary RefreshCommand::refresh(CommandContext &context, const QString &libraryPath,
                                               const QList<qint64> &feedIds, bool showProgress)
{
    FeedRefresher refresher(libraryPath);
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    const bool terminal = isatty(fileno(stderr)) == 1;
    if (showProgress) {
        QObject::connect(
            &refresher, &FeedRefresher::progress, &loop, [&context, terminal](int done, int total) {
                if (total == 0)
                    return;
                const QString line
                    = tr("Updating %1 of %n feeds", nullptr, total).arg(qMin(done + 1, total));
                if (terminal)
                    context.err() << '\r' << line << "\x1b[K";
                else if (done < total)
                    context.err() << line << '\n';
                context.err().flush();
            });
    }
    if (refresher.refresh(feedIds))
        loop.exec();
    if (showProgress && terminal) {
        context.err() << "\r\x1b[K";
        context.err().flush();
    }
    return refresher.summary();
}

int RefreshCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const Result<QList<Feed>> feeds = FeedStore(**db).list();
    if (!feeds)
        return context.fail(feeds.error());
    QList<qint64> ids;
    for (const QString &name : parser.positionalArguments()) {
        const Result<Feed> feed = FeedArgument::find(*feeds, name);
        if (!feed)
            return context.fail(feed.error());
        if (!ids.contains(feed->id))
            ids.append(feed->id);
    }
    if (feeds->isEmpty()) {
        context.out() << tr("No feeds to refresh: subscribe to one with 'byline subscribe URL'.")
                      << '\n';
        return 0;
    }
    const FeedRefresher::Summary summary = refresh(context, (*db)->path(), ids, true);
    QString line = tr("%1 of %2 feeds refreshed; new articles: %3, updated: %4")
                       .arg(summary.succeeded)
                       .arg(summary.feeds)
                       .arg(summary.added)
                       .arg(summary.updated);
    if (summary.failed > 0)
        line += tr(", failed: %1").arg(summary.failed);
    context.out() << line << ".\n";
    context.out().flush();
    int status = 0;
    for (const QString &failure : summary.failures)
        status = context.fail(failure);
    return status;
}
