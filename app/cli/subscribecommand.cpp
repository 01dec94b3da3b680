// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscribecommand.h"

#include "commandcontext.h"
#include "feeds/feeddiscovery.h"
#include "refreshcommand.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

QString formatName(ParsedFeed::Format format)
{
    switch (format) {
    case ParsedFeed::Format::Atom:
        return u"Atom"_s;
    case ParsedFeed::Format::Rdf:
        return u"RSS 1.0"_s;
    case ParsedFeed::Format::JsonFeed:
        return u"JSON Feed"_s;
    case ParsedFeed::Format::Rss:
        break;
    }
    return u"RSS"_s;
}

} // namespace

int SubscribeCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOption(u"folder"_s, {}, u"NAME"_s);
    const QCommandLineOption firstOption(u"first"_s);
    parser.addOptions({ folderOption, firstOption });
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return context.usageError(tr("subscribe takes one address: a feed's or a site's"));
    const QUrl url = FeedDiscovery::urlFromUserInput(inputs.first());
    if (!url.isValid())
        return context.usageError(tr("%1 is not a web address").arg(inputs.first()));
    const QString folderName = parser.value(folderOption).trimmed();
    if (parser.isSet(folderOption) && folderName.isEmpty())
        return context.usageError(tr("--folder needs a name"));

    const Result<QList<FeedCandidate>> found = FeedDiscovery::discoverBlocking(url);
    if (!found)
        return context.fail(tr("%1: %2").arg(inputs.first(), found.error()));
    if (found->size() > 1 && !parser.isSet(firstOption)) {
        context.err() << tr("%1 has %n feeds; subscribe to one of them (or use --first):", nullptr,
                            int(found->size()))
                             .arg(inputs.first())
                      << '\n';
        for (const FeedCandidate &candidate : *found) {
            context.err() << "  " << candidate.url << "  (" << formatName(candidate.format);
            if (!candidate.title.isEmpty())
                context.err() << ", " << candidate.title;
            context.err() << ")\n";
        }
        return 1;
    }
    const FeedCandidate candidate = found->first();

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    FeedStore store(**db);
    qint64 folderId = 0;
    if (!folderName.isEmpty()) {
        const Result<qint64> folder = store.ensureFolder(folderName);
        if (!folder)
            return context.fail(folder.error());
        folderId = *folder;
    }
    const Result<qint64> id = store.subscribe(candidate.url, candidate.title, folderId);
    if (!id)
        return context.fail(tr("%1: %2").arg(candidate.url, id.error()));

    const FeedRefresher::Summary summary
        = RefreshCommand::refresh(context, (*db)->path(), { *id }, false);
    const Result<Feed> feed = store.get(*id);
    const QString title = feed ? feed->title : candidate.url;
    const int articles = feed ? feed->total : summary.added;
    context.out() << tr("Subscribed to %1 (%n articles)", nullptr, articles).arg(title) << '\n';
    context.out().flush();
    if (summary.failed > 0)
        return context.fail(tr("The first refresh failed: %1").arg(summary.failures.join(u"; "_s)));
    return 0;
}
