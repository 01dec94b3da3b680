// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opmldocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

struct OpmlImportReport {
    int added = 0; // feeds subscribed
    int skipped = 0; // already followed (or listed twice)
    QList<qint64> addedIds;
    QStringList skippedUrls;
};

// Subscribes to the feeds of an OPML document that are not followed yet, in its folders
// (created by title under their parent as needed), all in one transaction: an error leaves the
// library as it was. The feed's title and site come from the outline (title/text, htmlUrl).
class OpmlImporter {
    Q_DECLARE_TR_FUNCTIONS(OpmlImporter)

public:
    explicit OpmlImporter(Database &db);

    Result<OpmlImportReport> import(const OpmlDocument &document);

private:
    Status importOutlines(const QList<OpmlOutline> &outlines, qint64 folderId,
                          OpmlImportReport &report);

    Database &m_db;
};
