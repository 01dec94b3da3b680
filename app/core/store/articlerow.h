// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QVariant>

class QSqlQuery;

// How article rows map to SQL values: shared by the stores, no SQL of its own beyond the
// column list every summary select uses.
class ArticleRow {
public:
    // "a.id, a.source_id, s.title, ..." for "FROM articles a LEFT JOIN sources s".
    static QString summaryColumns();
    static constexpr int summaryColumnCount = 14;
    static ArticleSummary readSummary(const QSqlQuery &query, int first = 0);

    static QVariant textValue(const QString &text); // never NULL: "" for a null string
    static QVariant timeValue(const QDateTime &time); // NULL when invalid
    static QDateTime timeFrom(const QVariant &value); // invalid when NULL
    static qint64 nowMs();
};
