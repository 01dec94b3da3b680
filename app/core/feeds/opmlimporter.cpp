// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlimporter.h"

#include "store/feedstore.h"
#include "store/writetransaction.h"

OpmlImporter::OpmlImporter(Database &db) : m_db(db) { }

Result<OpmlImportReport> OpmlImporter::import(const OpmlDocument &document)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { tr("Could not import the subscriptions.") + u' '
                       + transaction.begun().error() };
    OpmlImportReport report;
    if (Status imported = importOutlines(document.outlines, 0, report); !imported)
        return Error { imported.error() + u' ' + tr("Nothing was imported.") };
    if (Status committed = transaction.commit(); !committed)
        return Error { tr("Could not import the subscriptions.") + u' ' + committed.error() };
    return report;
}

Status OpmlImporter::importOutlines(const QList<OpmlOutline> &outlines, qint64 folderId,
                                    OpmlImportReport &report)
{
    FeedStore feeds(m_db);
    for (const OpmlOutline &outline : outlines) {
        if (!outline.isFeed()) {
            if (outline.title.isEmpty()) { // an untitled group: its feeds go where it is
                if (Status done = importOutlines(outline.children, folderId, report); !done)
                    return done;
                continue;
            }
            const Result<qint64> folder = feeds.ensureFolder(outline.title, folderId);
            if (!folder)
                return Error { folder.error() };
            if (Status done = importOutlines(outline.children, *folder, report); !done)
                return done;
            continue;
        }
        const Result<std::optional<qint64>> existing = feeds.findByUrl(outline.xmlUrl);
        if (!existing)
            return Error { existing.error() };
        if (existing->has_value()) {
            ++report.skipped;
            report.skippedUrls.append(outline.xmlUrl);
        } else {
            const Result<qint64> id
                = feeds.subscribe(outline.xmlUrl, outline.title, folderId, outline.htmlUrl);
            if (!id)
                return Error { id.error() };
            ++report.added;
            report.addedIds.append(*id);
        }
        // A feed outline with outlines inside (rare): those go in the same folder.
        if (Status done = importOutlines(outline.children, folderId, report); !done)
            return done;
    }
    return {};
}
