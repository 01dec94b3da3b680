// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "commandcontext.h"
#include "library/articlejson.h"
#include "store/articlestore.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QDateTime shownTime(const ArticleSummary &article)
{
    return article.published.isValid() ? article.published : article.created;
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ArticleJson::formatTime(time)) : QJsonValue();
}

QByteArray jsonLine(const ArticleSummary &a)
{
    const QJsonObject object {
        { u"id"_s, a.id },
        { u"source"_s, a.sourceTitle },
        { u"url"_s, a.url },
        { u"canonicalUrl"_s, a.canonicalUrl },
        { u"title"_s, a.title },
        { u"deck"_s, a.deck },
        { u"section"_s, a.section },
        { u"author"_s, a.author },
        { u"published"_s, timeValue(a.published) },
        { u"created"_s, timeValue(a.created) },
        { u"wordCount"_s, a.wordCount },
        { u"read"_s, a.read },
        { u"starred"_s, a.starred },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

int ListCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption unread(u"unread"_s);
    const QCommandLineOption starred(u"starred"_s);
    const QCommandLineOption limitOption(u"limit"_s, QString(), u"N"_s);
    parser.addOptions({ json, unread, starred, limitOption });
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("list takes no arguments, not '%1'").arg(parser.positionalArguments().first()));
    int limit = std::numeric_limits<int>::max();
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1)
            return context.usageError(
                tr("--limit needs a positive number, not '%1'").arg(parser.value(limitOption)));
    }

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const ArticleStore store(**db);
    ArticleFilter filter;
    filter.unreadOnly = parser.isSet(unread);
    filter.starredOnly = parser.isSet(starred);
    QList<ArticleSummary> rows;
    PageCursor cursor;
    while (rows.size() < limit) {
        const Result<ArticlePage> page
            = store.listPage(filter, ArticleOrder::Published, cursor,
                             int(qMin<qsizetype>(limit - rows.size(), 500)));
        if (!page)
            return context.fail(page.error());
        rows += page->rows;
        if (page->atEnd || page->rows.isEmpty())
            break;
        cursor = page->next;
    }

    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        for (const ArticleSummary &row : std::as_const(rows))
            out << QString::fromUtf8(jsonLine(row)) << '\n';
        return 0;
    }
    int idWidth = 1;
    int sectionWidth = 0;
    for (const ArticleSummary &row : std::as_const(rows)) {
        idWidth = qMax(idWidth, int(QString::number(row.id).size()));
        sectionWidth = qMax(sectionWidth, TerminalText::displayWidth(row.section));
    }
    for (const ArticleSummary &row : std::as_const(rows)) {
        out << TerminalText::rightAligned(QString::number(row.id), idWidth) << "  "
            << shownTime(row).toLocalTime().toString(u"yyyy-MM-dd"_s) << "  "
            << TerminalText::padded(row.section, sectionWidth) << "  "
            << TerminalText::oneLine(row.title) << '\n';
    }
    return 0;
}
