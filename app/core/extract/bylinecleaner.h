// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Author lines found in a page: "By Jo Smith May 20, 2019" -> "Jo Smith".
class BylineCleaner {
public:
    static QString clean(QString byline);
    // Where a date starts ("May 20, 2019", "Sunday, ...", "2019-05-20"), or -1.
    static qsizetype dateStart(const QString &text);
};
