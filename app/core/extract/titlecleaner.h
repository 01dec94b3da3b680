// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Cleans a document <title>: drops a " | Site" or " - Site" tail or a "Site: " head, but keeps
// titles that would become too short, and real titles that merely contain a dash or a colon.
class TitleCleaner {
public:
    // h1s, h2s: the simplified texts of the page's h1 and h2 elements.
    static QString clean(const QString &documentTitle, const QStringList &h1s,
                         const QStringList &h2s);
    static int wordCount(QStringView text);
};
