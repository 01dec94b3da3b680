// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bytes of a .jsonl file -> LibraryImporter::parse on a QBuffer (ArticleJson per line).
// Promises: no crash, no undefined behaviour, a refusal names the line, and every accepted
// article survives the export format: toLine -> fromLine -> toLine gives the same line.
#include "fuzzsupport.h"

#include "library/articlejson.h"
#include "library/libraryimporter.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = FuzzSupport::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<QList<ExportedArticle>> articles = LibraryImporter::parse(buffer, u"f.jsonl"_s);
    if (!articles) {
        if (!articles.error().contains(u"line"_s))
            FuzzSupport::fail("a refusal names the line", articles.error());
        return 0;
    }
    for (const ExportedArticle &article : *articles) {
        const QByteArray line = ArticleJson::toLine(article);
        const Result<ExportedArticle> again = ArticleJson::fromLine(line);
        if (!again)
            FuzzSupport::fail("an exported line reads back",
                              again.error() + u"\n"_s + QString::fromUtf8(line));
        const QByteArray lineAgain = ArticleJson::toLine(*again);
        if (lineAgain != line)
            FuzzSupport::fail("an article survives export and import",
                              QString::fromUtf8(line) + u"\n"_s + QString::fromUtf8(lineAgain));
    }
    return 0;
}
