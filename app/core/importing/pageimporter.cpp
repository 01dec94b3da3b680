// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageimporter.h"

#include "library/articlesanitizer.h"
#include "store/articlestore.h"
#include "store/sourcestore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty();
}

QString summaryOf(const ExtractedArticle &extracted)
{
    if (!extracted.deck.trimmed().isEmpty())
        return extracted.deck.trimmed();
    QString text = extracted.plainText.section(u'\n', 0, 0).simplified();
    if (text.size() > 280) {
        text.truncate(280);
        const qsizetype space = text.lastIndexOf(u' ');
        if (space > 200)
            text.truncate(space);
        text += u'…';
    }
    return text;
}

} // namespace

PageImporter::PageImporter(Database &db) : m_db(db) { }

QString PageImporter::notAnArticleMessage()
{
    return tr("This page doesn't look like an article");
}

Article PageImporter::toArticle(const ExtractedArticle &extracted, const QUrl &givenUrl)
{
    Article article;
    const QUrl canonical = extracted.url.isValid() ? extracted.url : givenUrl;
    article.url = (givenUrl.isValid() ? givenUrl : canonical).toString();
    article.canonicalUrl = canonical.toString();
    article.title = extracted.title.simplified();
    article.deck = extracted.deck.simplified();
    article.section = extracted.section.simplified();
    article.author = extracted.author.simplified();
    article.published = extracted.published.toUTC();
    article.fetched = QDateTime::currentDateTimeUtc();
    article.language = extracted.language;
    article.summary = summaryOf(extracted);
    article.contentHtml = extracted.contentHtml;
    article.plainText = extracted.plainText;
    article.wordCount = extracted.wordCount;
    article.leadImageUrl = extracted.leadImage.toString();
    return article;
}

ImportReport PageImporter::import(const ImportInput &input, const PageReader::Options &options,
                                  const StoredCallback &onStored)
{
    ImportReport report;
    report.input = input;
    const Result<ExtractedArticle> extracted = PageReader::read(input, options);
    if (!extracted) {
        report.message = extracted.error();
        return report;
    }
    if (!extracted->looksLikeArticle && !options.wholePage) {
        report.status = ImportReport::Status::NotAnArticle;
        report.message = notAnArticleMessage();
        report.title = extracted->title;
        return report;
    }
    QUrl given;
    if (input.kind == ImportInput::Kind::Url)
        given = QUrl(input.value.trimmed(), QUrl::StrictMode);
    return store(input, *extracted, given, onStored);
}

ImportReport PageImporter::store(const ImportInput &input, const ExtractedArticle &extracted,
                                 const QUrl &givenUrl, const StoredCallback &onStored)
{
    ImportReport report;
    report.input = input;
    Article article = toArticle(extracted, givenUrl);
    if (article.title.isEmpty()) {
        if (input.kind == ImportInput::Kind::File)
            article.title = QFileInfo(input.value).completeBaseName();
        else if (isWebUrl(QUrl(article.canonicalUrl)))
            article.title = QUrl(article.canonicalUrl).host();
        else
            article.title = tr("Untitled");
    }

    ArticleSanitizer::sanitize(article);

    const QUrl site = QUrl(article.canonicalUrl);
    if (isWebUrl(site)) {
        Source source;
        source.url = site.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::RemoveUserInfo)
                         .toString()
            + u'/';
        source.title = extracted.siteName.trimmed().isEmpty() ? site.host()
                                                              : extracted.siteName.simplified();
        source.kind = Source::Kind::Site;
        const Result<qint64> sourceId = SourceStore(m_db).ensure(source);
        if (!sourceId) {
            report.message = sourceId.error();
            return report;
        }
        article.sourceId = *sourceId;
    }

    const Result<UpsertOutcome> outcome = ArticleStore(m_db).upsert(article);
    if (!outcome) {
        report.message = outcome.error();
        return report;
    }
    report.status
        = outcome->inserted ? ImportReport::Status::Imported : ImportReport::Status::Updated;
    report.articleId = outcome->id;
    report.title = article.title;
    report.stored.append({ outcome->id, article.title, outcome->inserted });
    report.added = outcome->inserted ? 1 : 0;
    report.notice = extracted.notice;
    if (onStored)
        onStored(report.stored.constLast());
    return report;
}
