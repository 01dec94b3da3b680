// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcommand.h"

#include "commandcontext.h"
#include "feeds/feedjson.h"
#include "feeds/feedparser.h"
#include "fetch/pagefetcher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString FeedCommand::text(const ParsedFeed &feed)
{
    QString out = (feed.title.isEmpty() ? tr("(untitled feed)") : feed.title) + u'\n';
    if (!feed.link.isEmpty())
        out += feed.link + u'\n';
    out += tr("%n item(s)", nullptr, int(feed.items.size())) + u"\n\n"_s;
    for (const FeedItem &item : feed.items) {
        const QDateTime when = item.published.isValid() ? item.published : item.updated;
        const QString date = when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                            : QString(16, u' ');
        out += date + u"  "_s + (item.title.isEmpty() ? tr("(untitled)") : item.title) + u'\n';
        if (!item.link.isEmpty())
            out += QString(18, u' ') + item.link + u'\n';
    }
    return out;
}

int FeedCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return context.usageError(tr("feed needs one file or URL"));
    const QString input = inputs.constFirst();

    QByteArray body;
    QByteArray contentType;
    QUrl documentUrl;
    const QUrl asUrl(input.trimmed(), QUrl::StrictMode);
    if (asUrl.scheme() == "http"_L1 || asUrl.scheme() == "https"_L1) {
        Result<FetchedPage> page = PageFetcher::fetchBlocking(asUrl);
        if (!page)
            return context.fail(tr("%1: %2").arg(input, page.error()));
        body = std::move(page->body);
        contentType = page->contentType;
        documentUrl = page->finalUrl.isValid() ? page->finalUrl : asUrl;
    } else {
        QFile file;
        const bool opened = input == u"-"_s
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(input), file.open(QIODevice::ReadOnly));
        if (!opened)
            return context.fail(tr("%1: cannot read the file (%2)").arg(input, file.errorString()));
        body = file.readAll();
        if (input != u"-"_s)
            documentUrl = QUrl::fromLocalFile(QFileInfo(input).absoluteFilePath());
    }

    const Result<ParsedFeed> feed = FeedParser::parse(body, documentUrl, contentType);
    if (!feed)
        return context.fail(tr("%1: %2").arg(input, feed.error()));
    if (parser.isSet(json))
        context.out() << QString::fromUtf8(
            QJsonDocument(FeedJson::toJson(*feed)).toJson(QJsonDocument::Compact))
                      << '\n';
    else
        context.out() << text(*feed);
    context.out().flush();
    return 0;
}
