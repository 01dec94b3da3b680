// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlewriter.h"

#include "articlerow.h"
#include "urlnormalizer.h"

using namespace Qt::StringLiterals;

namespace {

// Highlight markers (see ArticleStore): removed from stored text.
constexpr char16_t markOpen = 0xFDD0;
constexpr char16_t markClose = 0xFDD1;

QString withoutMarkers(const QString &text)
{
    if (!text.contains(QChar(markOpen)) && !text.contains(QChar(markClose)))
        return text;
    QString clean = text;
    clean.remove(QChar(markOpen));
    clean.remove(QChar(markClose));
    return clean;
}

QVariant sourceValue(qint64 sourceId)
{
    return sourceId > 0 ? QVariant(sourceId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &db)
    : m_findByKey(db), m_findWithoutUrl(db), m_insert(db), m_update(db), m_updateKeepingBody(db)
{
}

bool ArticleWriter::prepare()
{
    const bool prepared = m_findByKey.prepare(u"SELECT id FROM articles WHERE url_key = :key"_s)
        && m_findWithoutUrl.prepare(
            u"SELECT id FROM articles WHERE url_key IS NULL AND title = :title "
            "AND source_id IS :source AND published IS :published"_s)
        && m_insert.prepare(u"INSERT INTO articles (source_id, url, url_key, canonical_url, title, "
                            "deck, section, author, published, fetched, language, summary, "
                            "content_html, plain_text, word_count, lead_image_url, read, starred, "
                            "created, updated) VALUES (:source, :url, :key, :canonical, :title, "
                            ":deck, :section, :author, :published, :fetched, :language, :summary, "
                            ":html, :text, :words, :image, :read, :starred, :created, :updated)"_s)
        && m_update.prepare(u"UPDATE articles SET source_id = coalesce(:source, source_id), "
                            "url = :url, canonical_url = :canonical, title = :title, deck = :deck, "
                            "section = :section, author = :author, "
                            "published = coalesce(:published, published), fetched = :fetched, "
                            "language = :language, summary = :summary, content_html = :html, "
                            "plain_text = :text, word_count = :words, lead_image_url = :image, "
                            "updated = :updated WHERE id = :id"_s)
        && m_updateKeepingBody.prepare(
            u"UPDATE articles SET source_id = coalesce(:source, source_id), url = :url, "
            "canonical_url = :canonical, title = :title, deck = :deck, section = :section, "
            "author = :author, published = coalesce(:published, published), "
            "fetched = :fetched, summary = :summary, "
            "lead_image_url = coalesce(nullif(:image, ''), lead_image_url), "
            "updated = :updated WHERE id = :id"_s);
    if (!prepared) {
        m_failed = true;
        for (const QSqlQuery *query :
             { &m_findByKey, &m_findWithoutUrl, &m_insert, &m_update, &m_updateKeepingBody })
            if (query->lastError().isValid())
                m_error = query->lastError();
    }
    return prepared;
}

QString ArticleWriter::key(const Article &article)
{
    return UrlNormalizer::normalize(
        article.canonicalUrl.trimmed().isEmpty() ? article.url : article.canonicalUrl);
}

std::optional<qint64> ArticleWriter::find(const Article &article, const QString &key)
{
    QSqlQuery &query = key.isEmpty() ? m_findWithoutUrl : m_findByKey;
    if (key.isEmpty()) {
        query.bindValue(u":title"_s, ArticleRow::textValue(withoutMarkers(article.title)));
        query.bindValue(u":source"_s, sourceValue(article.sourceId));
        query.bindValue(u":published"_s, ArticleRow::timeValue(article.published));
    } else {
        query.bindValue(u":key"_s, key);
    }
    if (!query.exec()) {
        fail(query);
        return std::nullopt;
    }
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    else if (query.lastError().isValid())
        fail(query);
    query.finish();
    return id;
}

void ArticleWriter::bindContent(QSqlQuery &query, const Article &article)
{
    query.bindValue(u":source"_s, sourceValue(article.sourceId));
    query.bindValue(u":url"_s, ArticleRow::textValue(article.url.trimmed()));
    query.bindValue(u":canonical"_s, ArticleRow::textValue(article.canonicalUrl.trimmed()));
    query.bindValue(u":title"_s, ArticleRow::textValue(withoutMarkers(article.title)));
    query.bindValue(u":deck"_s, ArticleRow::textValue(withoutMarkers(article.deck)));
    query.bindValue(u":section"_s, ArticleRow::textValue(article.section));
    query.bindValue(u":author"_s, ArticleRow::textValue(withoutMarkers(article.author)));
    query.bindValue(u":published"_s, ArticleRow::timeValue(article.published));
    query.bindValue(u":fetched"_s, ArticleRow::timeValue(article.fetched));
    query.bindValue(u":language"_s, ArticleRow::textValue(article.language));
    query.bindValue(u":summary"_s, ArticleRow::textValue(article.summary));
    query.bindValue(u":html"_s, ArticleRow::textValue(article.contentHtml));
    query.bindValue(u":text"_s, ArticleRow::textValue(withoutMarkers(article.plainText)));
    query.bindValue(u":words"_s, article.wordCount);
    query.bindValue(u":image"_s, ArticleRow::textValue(article.leadImageUrl));
}

std::optional<qint64> ArticleWriter::insert(const Article &article, const QString &key, qint64 now)
{
    bindContent(m_insert, article);
    m_insert.bindValue(u":key"_s,
                       key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key));
    m_insert.bindValue(u":read"_s, article.read);
    m_insert.bindValue(u":starred"_s, article.starred);
    m_insert.bindValue(u":created"_s,
                       article.created.isValid() ? article.created.toMSecsSinceEpoch() : now);
    // A new article keeps given times (imports round-trip exactly).
    m_insert.bindValue(u":updated"_s,
                       article.updated.isValid() ? article.updated.toMSecsSinceEpoch() : now);
    if (!m_insert.exec()) {
        fail(m_insert);
        return std::nullopt;
    }
    return m_insert.lastInsertId().toLongLong();
}

bool ArticleWriter::update(qint64 id, const Article &article, qint64 now)
{
    bindContent(m_update, article);
    m_update.bindValue(u":updated"_s, now);
    m_update.bindValue(u":id"_s, id);
    if (!m_update.exec()) {
        fail(m_update);
        return false;
    }
    return true;
}

bool ArticleWriter::updateKeepingBody(qint64 id, const Article &article, qint64 now)
{
    QSqlQuery &query = m_updateKeepingBody;
    query.bindValue(u":source"_s, sourceValue(article.sourceId));
    query.bindValue(u":url"_s, ArticleRow::textValue(article.url.trimmed()));
    query.bindValue(u":canonical"_s, ArticleRow::textValue(article.canonicalUrl.trimmed()));
    query.bindValue(u":title"_s, ArticleRow::textValue(withoutMarkers(article.title)));
    query.bindValue(u":deck"_s, ArticleRow::textValue(withoutMarkers(article.deck)));
    query.bindValue(u":section"_s, ArticleRow::textValue(article.section));
    query.bindValue(u":author"_s, ArticleRow::textValue(withoutMarkers(article.author)));
    query.bindValue(u":published"_s, ArticleRow::timeValue(article.published));
    query.bindValue(u":fetched"_s, ArticleRow::timeValue(article.fetched));
    query.bindValue(u":summary"_s, ArticleRow::textValue(article.summary));
    query.bindValue(u":image"_s, ArticleRow::textValue(article.leadImageUrl));
    query.bindValue(u":updated"_s, now);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        fail(query);
        return false;
    }
    return true;
}

std::optional<UpsertOutcome> ArticleWriter::write(const Article &article, qint64 now)
{
    const QString articleKey = key(article);
    const std::optional<qint64> existing = find(article, articleKey);
    if (m_failed)
        return std::nullopt;
    if (existing) {
        if (!update(*existing, article, now))
            return std::nullopt;
        return UpsertOutcome { *existing, false };
    }
    const std::optional<qint64> id = insert(article, articleKey, now);
    if (!id)
        return std::nullopt;
    return UpsertOutcome { *id, true };
}

void ArticleWriter::fail(const QSqlQuery &query)
{
    m_failed = true;
    m_error = query.lastError();
}
