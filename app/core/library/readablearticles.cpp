// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablearticles.h"

#include "store/articlestore.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Ids are read in windows of this many. Ids no index lists are probed up to this far past the
// last id found, in case the indexes lost part of the table; further gaps are jumped over to the
// next listed id (so a bogus huge id from a damaged index costs nothing).
constexpr qint64 window = 256;
constexpr qint64 tail = 1024;

class Scan {
public:
    Scan(Database &db, const std::function<Status(ExportedArticle &&)> &take,
         ReadableArticles::Report &report)
        : m_articles(db), m_sources(db), m_reads(db), m_take(take), m_report(report)
    {
    }

    // The ids the list indexes know (either order may be damaged, so both).
    void collectKnownIds()
    {
        for (const ArticleOrder order : { ArticleOrder::Added, ArticleOrder::Published }) {
            const Result<QList<qint64>> ids = m_articles.listIds(ArticleFilter {}, order);
            if (ids) {
                for (const qint64 id : *ids)
                    m_known.insert(id);
            }
        }
        m_sortedKnown = QList<qint64>(m_known.cbegin(), m_known.cend());
        std::sort(m_sortedKnown.begin(), m_sortedKnown.end());
    }

    void collectReads()
    {
        const Result<QList<ReadRecord>> all = m_reads.allReads();
        if (!all) {
            m_report.problems.append(
                ReadableArticles::tr("The reading history could not be read; articles are "
                                     "saved without their reads. (%1)")
                    .arg(all.error()));
            return;
        }
        for (const ReadRecord &record : *all)
            m_readsById[record.articleId].append(ArticleRead { record.at, record.seconds });
    }

    Status run()
    {
        for (qint64 start = 1;; start += window) {
            if (start > m_lastSeen + tail) {
                const auto next
                    = std::lower_bound(m_sortedKnown.cbegin(), m_sortedKnown.cend(), start);
                if (next == m_sortedKnown.cend())
                    break;
                start = (*next - 1) / window * window + 1;
            }
            QList<qint64> known;
            QList<qint64> unknown;
            for (qint64 id = start; id < start + window; ++id)
                (m_known.contains(id) ? known : unknown).append(id);
            QList<qint64> candidates = known;
            if (!unknown.isEmpty())
                probe(unknown, candidates);
            std::sort(candidates.begin(), candidates.end());
            for (const qint64 id : std::as_const(candidates)) {
                if (Status taken = takeArticle(id); !taken)
                    return taken;
            }
        }
        return {};
    }

private:
    // Which of `ids` (not listed by any index) exist: whole, then halves where a lookup fails,
    // down to the single ids that cannot be read.
    void probe(const QList<qint64> &ids, QList<qint64> &found)
    {
        const Result<QList<ArticleSummary>> rows = m_articles.summaries(ids);
        if (rows) {
            for (const ArticleSummary &row : *rows)
                found.append(row.id);
            return;
        }
        if (ids.size() == 1) {
            skip(ids.constFirst(), rows.error());
            return;
        }
        const qsizetype half = ids.size() / 2;
        probe(ids.mid(0, half), found);
        probe(ids.mid(half), found);
    }

    Status takeArticle(qint64 id)
    {
        m_lastSeen = std::max(m_lastSeen, id);
        Result<Article> article = m_articles.get(id);
        if (!article) {
            skip(id, article.error());
            return {};
        }
        ExportedArticle line;
        line.article = std::move(article).value();
        if (line.article.sourceId != 0) {
            if (const std::optional<Source> source = sourceOf(line.article.sourceId)) {
                line.hasSource = true;
                line.source = *source;
            }
        }
        line.reads = m_readsById.value(id);
        ++m_report.read;
        return m_take(std::move(line));
    }

    std::optional<Source> sourceOf(qint64 sourceId)
    {
        auto cached = m_sourceCache.constFind(sourceId);
        if (cached == m_sourceCache.constEnd()) {
            const Result<Source> source = m_sources.get(sourceId);
            if (!source) {
                m_report.problems.append(ReadableArticles::tr("Source %1 could not be read; its "
                                                              "articles are saved without it. "
                                                              "(%2)")
                                             .arg(QString::number(sourceId), source.error()));
                cached = m_sourceCache.insert(sourceId, std::nullopt);
            } else {
                cached = m_sourceCache.insert(sourceId, *source);
            }
        }
        return *cached;
    }

    void skip(qint64 id, const QString &reason)
    {
        m_lastSeen = std::max(m_lastSeen, id);
        QList<ReadableArticles::Skipped> &skipped = m_report.skipped;
        if (!skipped.isEmpty() && skipped.constLast().last == id - 1)
            skipped.last().last = id;
        else
            skipped.append(ReadableArticles::Skipped { id, id, reason });
    }

    ArticleStore m_articles;
    SourceStore m_sources;
    ReadStore m_reads;
    const std::function<Status(ExportedArticle &&)> &m_take;
    ReadableArticles::Report &m_report;
    QSet<qint64> m_known;
    QList<qint64> m_sortedKnown;
    qint64 m_lastSeen = 0; // the highest id found or found unreadable
    QHash<qint64, QList<ArticleRead>> m_readsById;
    QHash<qint64, std::optional<Source>> m_sourceCache;
};

} // namespace

qint64 ReadableArticles::Report::skippedIds() const
{
    qint64 count = 0;
    for (const Skipped &run : skipped)
        count += run.last - run.first + 1;
    return count;
}

QStringList ReadableArticles::Report::lines() const
{
    QStringList lines;
    for (const Skipped &run : skipped) {
        lines.append(
            run.first == run.last
                ? tr("Article %1 could not be read and was skipped: %2")
                      .arg(QString::number(run.first), run.reason)
                : tr("Articles %1 to %2 could not be read and were skipped: %3")
                      .arg(QString::number(run.first), QString::number(run.last), run.reason));
    }
    lines.append(problems);
    return lines;
}

QString ReadableArticles::Report::summary() const
{
    if (complete())
        return {};
    if (skipped.isEmpty())
        return problems.size() == 1
            ? tr("Part of the library could not be read (1 problem); everything else was saved.")
            : tr("Part of the library could not be read (%n problems); everything else was "
                 "saved.",
                 nullptr, int(problems.size()));
    const qint64 ids = skippedIds();
    return ids == 1
        ? tr("1 unreadable article was skipped; everything else was saved.")
        : tr("%n unreadable articles were skipped; everything else was saved.", nullptr, int(ids));
}

ReadableArticles::ReadableArticles(Database &db) : m_db(db) { }

Result<ReadableArticles::Report>
ReadableArticles::forEach(const std::function<Status(ExportedArticle &&)> &take) const
{
    Report report;
    Scan scan(m_db, take, report);
    scan.collectKnownIds();
    scan.collectReads();
    if (Status done = scan.run(); !done)
        return Error { done.error() };
    return report;
}
