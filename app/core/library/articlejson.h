// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The export format: one JSON object per line, every stored field, times in ISO 8601 UTC with
// milliseconds ("2026-11-28T09:15:00.000Z"), unknown times as null.
class ArticleJson {
public:
    // One line, without the trailing newline.
    static QByteArray toLine(const ExportedArticle &exported);
    // Error names what is wrong (not where: the caller knows the file and line).
    static Result<ExportedArticle> fromLine(const QByteArray &line);

    static QString formatTime(const QDateTime &time);
};
