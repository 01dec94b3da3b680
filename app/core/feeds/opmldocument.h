// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One <outline>: a feed when it has an xmlUrl, else a folder of the outlines inside it.
struct OpmlOutline {
    QString title; // title, else text
    QString xmlUrl; // the feed's address; empty for a folder
    QString htmlUrl; // the site's home page
    QList<OpmlOutline> children;
    bool isFeed() const { return !xmlUrl.isEmpty(); }
};

// What OpmlReader reads and OpmlWriter writes (OPML 1.0 and 2.0).
struct OpmlDocument {
    QString title;
    QList<OpmlOutline> outlines; // the body's outlines, in order
};
