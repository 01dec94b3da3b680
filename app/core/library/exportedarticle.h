// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QDateTime>
#include <QList>

// One recorded read of an article (ReadStore).
struct ArticleRead {
    QDateTime at; // UTC
    int seconds = 0;
    bool operator==(const ArticleRead &other) const
    {
        return at == other.at && seconds == other.seconds;
    }
};

// One line of a Byline export: the article, its source (if any) and its reads.
struct ExportedArticle {
    Article article;
    bool hasSource = false;
    Source source; // id is not exported; matched by url on import
    QList<ArticleRead> reads; // oldest first
};
