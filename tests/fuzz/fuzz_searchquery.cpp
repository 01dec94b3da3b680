// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a person types in the search box -> FtsQuery -> ArticleStore::search on a small library
// (the sample library in a temporary folder). Promises: no crash, no undefined behaviour, the
// expression is only quoted phrases, and SQLite accepts every expression (any "Could not
// search" answer is a finding: FtsQuery let FTS5 syntax through).
#include "fuzzsupport.h"

#include "library/samplelibrary.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/ftsquery.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<Database> library;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    static QTemporaryDir dir; // removed at exit
    if (!dir.isValid())
        FuzzSupport::fail("a temporary folder for the library", dir.errorString());
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(u"library.sqlite"_s));
    if (!opened)
        FuzzSupport::fail("the library opens", opened.error());
    library = std::move(opened).value();
    // Closed before Qt's SQL globals go (they were made after `library`, so they die first).
    std::atexit([] { library.reset(); });
    const Result<int> filled = SampleLibrary::fill(*library);
    if (!filled || *filled == 0)
        FuzzSupport::fail("the sample library fills it", filled ? QString() : filled.error());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // "word word"* phrases separated by single spaces, nothing else.
    static const QRegularExpression phrases(u"^(\"[^\"]+\"\\*?( (?=\"))?)*$"_s);

    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const QString match = FtsQuery::fromUserText(text);
    if (!phrases.match(match).hasMatch())
        FuzzSupport::fail("the expression is only quoted phrases", match);
    const Result<QList<SearchHit>> hits = ArticleStore(*library).search(text, 10);
    if (!hits && hits.error().startsWith(ArticleStore::tr("Could not search the library.")))
        FuzzSupport::fail("SQLite accepts every expression", match + u"\n"_s + hits.error());
    return 0;
}
