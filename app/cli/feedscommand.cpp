// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedscommand.h"

#include "commandcontext.h"
#include "library/articlejson.h"
#include "store/feedstore.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// "News/Local" for a folder inside another; empty at the top level.
QString folderPath(qint64 id, const QHash<qint64, FeedFolder> &folders)
{
    QStringList parts;
    for (int depth = 0; id > 0 && depth < 64; ++depth) {
        const auto it = folders.constFind(id);
        if (it == folders.constEnd())
            break;
        parts.prepend(it->title);
        id = it->parentId;
    }
    return parts.join(u'/');
}

QJsonObject feedObject(const Feed &feed, const QString &folder)
{
    return {
        { u"id"_s, feed.id },
        { u"title"_s, feed.title },
        { u"url"_s, feed.url },
        { u"siteUrl"_s, feed.siteUrl },
        { u"folder"_s, folder },
        { u"unread"_s, feed.unread },
        { u"total"_s, feed.total },
        { u"lastRefresh"_s,
          feed.lastRefresh.isValid() ? QJsonValue(ArticleJson::formatTime(feed.lastRefresh))
                                     : QJsonValue() },
        { u"lastError"_s, feed.lastError },
        { u"gone"_s, feed.gone },
    };
}

} // namespace

int FeedsCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("feeds takes no arguments, not '%1'").arg(parser.positionalArguments().first()));
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const FeedStore store(**db);
    const Result<QList<Feed>> feeds = store.list();
    if (!feeds)
        return context.fail(feeds.error());
    const Result<QList<FeedFolder>> folderList = store.folders();
    if (!folderList)
        return context.fail(folderList.error());
    QHash<qint64, FeedFolder> folders;
    for (const FeedFolder &folder : *folderList)
        folders.insert(folder.id, folder);

    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Feed &feed : *feeds)
            array.append(feedObject(feed, folderPath(feed.folderId, folders)));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (feeds->isEmpty()) {
        out << tr("No feeds yet: 'byline subscribe URL' adds one.") << '\n';
        return 0;
    }
    const QStringList header
        = { tr("ID"), tr("UNREAD"), tr("LAST REFRESH"), tr("FOLDER"), tr("TITLE") };
    QList<QStringList> rows;
    for (const Feed &feed : *feeds) {
        rows.append({ QString::number(feed.id), QString::number(feed.unread),
                      feed.lastRefresh.isValid()
                          ? feed.lastRefresh.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                          : tr("never"),
                      folderPath(feed.folderId, folders), TerminalText::oneLine(feed.title) });
    }
    QList<int> widths;
    for (qsizetype column = 0; column < header.size(); ++column) {
        int width = TerminalText::displayWidth(header.at(column));
        for (const QStringList &row : std::as_const(rows))
            width = qMax(width, TerminalText::displayWidth(row.at(column)));
        widths.append(width);
    }
    auto printRow = [&](const QStringList &row) {
        out << TerminalText::rightAligned(row.at(0), widths.at(0)) << "  "
            << TerminalText::rightAligned(row.at(1), widths.at(1)) << "  "
            << TerminalText::padded(row.at(2), widths.at(2)) << "  "
            << TerminalText::padded(row.at(3), widths.at(3)) << "  " << row.at(4) << '\n';
    };
    printRow(header);
    const QString indent(widths.at(0) + 2, u' ');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Feed &feed = feeds->at(i);
        printRow(rows.at(i));
        out << indent << feed.url << '\n';
        if (feed.gone)
            out << indent << tr("gone: the server says this feed no longer exists") << '\n';
        else if (!feed.lastError.isEmpty())
            out << indent << tr("error: %1").arg(TerminalText::oneLine(feed.lastError)) << '\n';
    }
    return 0;
}
