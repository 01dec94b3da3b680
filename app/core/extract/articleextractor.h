// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extractedarticle.h"
#include "result.h"

#include <QString>
#include <QUrl>

// Finds the article in a web page: metadata, the main text (cleaned of navigation, share bars,
// related boxes, comments ...), sanitised HTML and plain text. Time and memory stay bounded on
// hostile pages (see HtmlPrefilter and HtmlDocument): past a budget, the page is trimmed and
// ExtractedArticle::notice says so; a page that needs too much memory, or a failed allocation,
// comes back as an Error, never as an exception.
class ArticleExtractor {
public:
    struct Options {
        bool wholePage = false; // import the whole page anyway
    };
    // html is already decoded text; baseUrl resolves relative links (file: URL for saved pages).
    static Result<ExtractedArticle> extract(const QString &html, const QUrl &baseUrl,
                                            const Options &options);
    static Result<ExtractedArticle> extract(const QString &html, const QUrl &baseUrl)
    {
        return extract(html, baseUrl, Options());
    }

private:
    static Result<ExtractedArticle> extractPage(const QString &html, const QUrl &baseUrl,
                                                const Options &options);
};
