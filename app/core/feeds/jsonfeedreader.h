// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedfeed.h"
#include "result.h"

#include <QCoreApplication>
#include <QUrl>

// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org) with QJsonDocument: authors (1.1) or author
// (1.0), an item without either inheriting the feed's; content_html, else content_text escaped
// into <p>; summary (plain text) escaped into HTML; image (else banner_image); attachments;
// tags; date_published, date_modified. URLs resolve against the document's URL. FeedParser is
// the entry point; use it, not this.
class JsonFeedReader {
    Q_DECLARE_TR_FUNCTIONS(JsonFeedReader)

public:
    static Result<ParsedFeed> read(const QByteArray &json, const QUrl &documentUrl, int maxItems);
};
