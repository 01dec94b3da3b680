// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include "libraryimporter.h"
#include "store/feedstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

// The latest time anywhere in the sample: the moment that becomes "a few minutes ago".
QDateTime latestTime(const QList<ExportedArticle> &articles)
{
    QDateTime latest;
    const auto consider = [&latest](const QDateTime &time) {
        if (time.isValid() && (!latest.isValid() || time > latest))
            latest = time;
    };
    for (const ExportedArticle &exported : articles) {
        const Article &a = exported.article;
        for (const QDateTime &time : { a.published, a.fetched, a.created, a.updated })
            consider(time);
        for (const ArticleRead &read : exported.reads)
            consider(read.at);
    }
    return latest;
}

void shift(QDateTime &time, qint64 ms)
{
    if (time.isValid())
        time = time.addMSecs(ms);
}

} // namespace

QString SampleLibrary::resourcePath()
{
    return u":/sample/sample.jsonl"_s;
}

Result<QList<ExportedArticle>> SampleLibrary::load(const QDateTime &now)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The sample library is missing from this build of Byline.") };
    Result<QList<ExportedArticle>> parsed = LibraryImporter::parse(file, resourcePath());
    if (!parsed)
        return parsed;
    QList<ExportedArticle> articles = std::move(parsed).value();
    const QDateTime latest = latestTime(articles);
    if (!latest.isValid())
        return articles;
    const qint64 ms = latest.msecsTo(now.toUTC().addSecs(-10 * 60));
    for (ExportedArticle &exported : articles) {
        Article &a = exported.article;
        for (QDateTime *time : { &a.published, &a.fetched, &a.created, &a.updated })
            shift(*time, ms);
        for (ArticleRead &read : exported.reads)
            shift(read.at, ms);
    }
    return articles;
}

Result<int> SampleLibrary::fill(Database &db, const QDateTime &now)
{
    const Result<QList<ExportedArticle>> articles = load(now);
    if (!articles)
        return Error { articles.error() };
    LibraryImporter importer(db);
    const Result<LibraryImporter::Outcome> stored = importer.store(*articles);
    if (!stored)
        return Error { stored.error() };
    if (Status subscribed = subscribeFeeds(db); !subscribed)
        return Error { subscribed.error() };
    return stored->articles;
}

QList<SampleLibrary::SampleFeed> SampleLibrary::feeds()
{
    return {
        { u"qrc:/sample/feeds/gazette.xml"_s, u"Harbourside Gazette"_s },
        { u"qrc:/sample/feeds/courier.xml"_s, u"Riverside Courier"_s },
        { u"qrc:/sample/feeds/fieldnotes.xml"_s, u"Field Notes"_s },
    };
}

Status SampleLibrary::subscribeFeeds(Database &db)
{
    FeedStore store(db);
    const Result<qint64> folder = store.ensureFolder(tr("Samples"));
    if (!folder)
        return Error { folder.error() };
    for (const SampleFeed &feed : feeds()) {
        const Result<std::optional<qint64>> known = store.findByUrl(feed.url);
        if (!known)
            return Error { known.error() };
        if (known->has_value())
            continue;
        if (const Result<qint64> id = store.subscribe(feed.url, feed.title, *folder); !id)
            return Error { id.error() };
    }
    return {};
}
