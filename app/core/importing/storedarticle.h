// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// One article an import stored, told right after the transaction that stored it committed.
struct StoredArticle {
    qint64 id = 0;
    QString title;
    bool added = false; // false: it updated an article already in the library
};

using StoredCallback = std::function<void(const StoredArticle &)>;
