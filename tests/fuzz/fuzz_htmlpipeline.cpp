// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bytes of a saved page -> PageReader::readBytes, as for a .html file: sniffing, HtmlDecoder,
// the nesting check, ArticleExtractor (prefilter, gumbo, scoring, cleaning, sanitiser).
// Promise: no crash, no undefined behaviour, and nothing executable in the article's HTML.
#include "fuzzsupport.h"

#include "importing/pagereader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl fileUrl = QUrl::fromLocalFile(u"/tmp/fuzz/saved page.html"_s);

    const Result<ExtractedArticle> article = PageReader::readBytes(
        FuzzSupport::bytes(data, size), {}, true, fileUrl, PageReader::Options());
    if (article) {
        const QString active = FuzzSupport::activeContent(article->contentHtml);
        if (!active.isEmpty())
            FuzzSupport::fail("the article's HTML is sanitised",
                              active + u"\n"_s + article->contentHtml);
    } else if (article.error().trimmed().isEmpty()) {
        FuzzSupport::fail("a refused page says why", {});
    }
    return 0;
}
