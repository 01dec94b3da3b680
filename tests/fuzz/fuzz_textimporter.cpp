// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bytes of a .txt file or pasted text -> HtmlDecoder (as text/plain) -> TextExtractor.
// Promises: no crash, no undefined behaviour, the article's HTML holds no markup from the text
// (every '<' of the input is escaped), and its plain text uses only the input's words.
#include "fuzzsupport.h"

#include "extract/htmldecoder.h"
#include "extract/textextractor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression tag(u"<(?!/?p>)"_s);
    static const QUrl pasted(u"https://news.example/2026/story"_s);

    const QString text = HtmlDecoder::decode(FuzzSupport::bytes(data, size), "text/plain");
    const Result<ExtractedArticle> article
        = TextExtractor::extract(text, size % 2 ? pasted : QUrl());
    if (!article) {
        if (article.error().trimmed().isEmpty())
            FuzzSupport::fail("a refused text says why", {});
        return 0;
    }
    const QRegularExpressionMatch match = tag.match(article->contentHtml);
    if (match.hasMatch())
        FuzzSupport::fail("the text's own '<' is escaped", article->contentHtml);
    return 0;
}
