// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// The articles a new library starts with: resources/sample/sample.jsonl, in the export format.
// Every time in it is shifted so the latest becomes a few minutes before `now`: the dates look
// fresh and the recorded reads fall in the Top 10 window.
class SampleLibrary {
    Q_DECLARE_TR_FUNCTIONS(SampleLibrary)

public:
    static QString resourcePath(); // ":/sample/sample.jsonl"
    static Result<QList<ExportedArticle>> load(const QDateTime &now
                                               = QDateTime::currentDateTimeUtc());
    // Imports the sample into db (through LibraryImporter) and subscribes to the sample feeds;
    // returns how many articles.
    static Result<int> fill(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The sample feeds, served from resources (resources/sample/feeds): their items arrive
    // with the first refresh, which fetches qrc: URLs like any other.
    struct SampleFeed {
        QString url; // "qrc:/sample/feeds/gazette.xml"
        QString title;
    };
    static QList<SampleFeed> feeds();
    // Subscribes to them in a folder "Samples" (those already followed are left as they are).
    static Status subscribeFeeds(Database &db);
};
