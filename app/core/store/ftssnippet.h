// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class QSqlDatabase;

// byline_snippet(column, open, close, ellipsis, tokens): an FTS5 auxiliary function like
// snippet(), for search results. It shows `tokens` tokens from just before the first match in
// the column, with each matched token between open and close. Unlike snippet(), it tokenizes
// only up to the end of that window, not the whole article, so a page of hits costs little.
class FtsSnippet {
    Q_DECLARE_TR_FUNCTIONS(FtsSnippet)

public:
    // Registers the function on this connection (each Database does, after opening).
    static Status install(const QSqlDatabase &db);
};
