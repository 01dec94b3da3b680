// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlcommand.h"

#include "commandcontext.h"
#include "feeds/opmlimporter.h"
#include "feeds/opmlreader.h"
#include "feeds/opmlwriter.h"
#include "store/feedstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int importFile(CommandContext &context, Database &db, const QString &path)
{
    const Result<OpmlDocument> document = OpmlReader::readFile(path);
    if (!document)
        return context.fail(document.error());
    const Result<OpmlImportReport> report = OpmlImporter(db).import(*document);
    if (!report)
        return context.fail(report.error());
    context.out() << OpmlCommand::tr("Subscribed to %n feeds", nullptr, report->added);
    if (report->skipped > 0)
        context.out() << OpmlCommand::tr("; skipped %n already followed", nullptr, report->skipped);
    context.out() << ".\n";
    return 0;
}

int exportFile(CommandContext &context, Database &db, const QString &path)
{
    const FeedStore store(db);
    const Result<QList<Feed>> feeds = store.list();
    if (!feeds)
        return context.fail(feeds.error());
    const Result<QList<FeedFolder>> folders = store.folders();
    if (!folders)
        return context.fail(folders.error());
    const QByteArray data = OpmlWriter::write(OpmlWriter::fromFeeds(*folders, *feeds));
    if (path.isEmpty() || path == u"-"_s) {
        context.out().flush();
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return context.fail(OpmlCommand::tr("cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    context.out() << OpmlCommand::tr("Exported %n feeds to %1.", nullptr, int(feeds->size()))
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
    return 0;
}

} // namespace

int OpmlCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"import"_s && args.size() != 2)
        return context.usageError(tr("opml import takes one file"));
    if (action == u"export"_s && args.size() > 2)
        return context.usageError(tr("opml export writes one file, not %1").arg(args.size() - 1));
    if (action != u"import"_s && action != u"export"_s)
        return context.usageError(tr("opml needs 'import FILE' or 'export [FILE]'"));
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    return action == u"import"_s ? importFile(context, **db, args.at(1))
                                 : exportFile(context, **db, args.value(1));
}
