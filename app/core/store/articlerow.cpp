// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerow.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString ArticleRow::summaryColumns()
{
    return u"a.id, a.source_id, s.title, a.url, a.canonical_url, a.title, a.deck, a.section, "
           "a.author, a.published, a.created, a.word_count, a.read, a.starred"_s;
}

ArticleSummary ArticleRow::readSummary(const QSqlQuery &query, int first)
{
    ArticleSummary summary;
    summary.id = query.value(first).toLongLong();
    summary.sourceId = query.value(first + 1).toLongLong();
    summary.sourceTitle = query.value(first + 2).toString();
    summary.url = query.value(first + 3).toString();
    summary.canonicalUrl = query.value(first + 4).toString();
    summary.title = query.value(first + 5).toString();
    summary.deck = query.value(first + 6).toString();
    summary.section = query.value(first + 7).toString();
    summary.author = query.value(first + 8).toString();
    summary.published = timeFrom(query.value(first + 9));
    summary.created = timeFrom(query.value(first + 10));
    summary.wordCount = query.value(first + 11).toInt();
    summary.read = query.value(first + 12).toBool();
    summary.starred = query.value(first + 13).toBool();
    return summary;
}

QVariant ArticleRow::textValue(const QString &text)
{
    static const QString empty = QString::fromLatin1("", 0);
    return QVariant(text.isNull() ? empty : text);
}

QVariant ArticleRow::timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime ArticleRow::timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 ArticleRow::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
