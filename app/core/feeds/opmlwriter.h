// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opmldocument.h"
#include "store/feed.h"

#include <QByteArray>

// Writes an OPML 2.0 subscription list (UTF-8, indented) with QXmlStreamWriter.
class OpmlWriter {
public:
    static QByteArray write(const OpmlDocument &document);
    // The feeds in their folders (nested), top-level feeds after the folders; empty folders kept.
    static OpmlDocument fromFeeds(const QList<FeedFolder> &folders, const QList<Feed> &feeds);
};
