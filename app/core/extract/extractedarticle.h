// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// What ArticleExtractor finds in a page.
struct ExtractedArticle {
    QString title;
    QString deck; // subtitle / description
    QString section;
    QString author; // several authors joined with ", "
    QDateTime published; // invalid if unknown
    QString language; // primary subtag, lowercase: "en", "ko" ... ("" if unknown)
    QUrl url; // canonical if known, else the base URL
    QUrl leadImage;
    QString siteName;
    QString contentHtml; // sanitised body HTML, absolute URLs
    QString plainText; // body text, paragraphs separated by "\n", no title
    // Words: white-space separated tokens; in Chinese and Japanese text, which has no spaces,
    // every two Han/kana characters count as one word (Korean uses spaces and counts normally).
    int wordCount = 0;
    bool looksLikeArticle = false; // false: "This page doesn't look like an article"
    // Why part of the page was left out (over a budget of HtmlPrefilter), one line; else empty.
    QString notice;
};
