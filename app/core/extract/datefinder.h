// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// Finds the first calendar date written out in visible text: "2019-10-16", "16.10.2019",
// "16. Oktober 2019", "October 16, 2019", "16 October 2019", "4 de mayo de 2022", "2019/10/16"
// (English, German, French and Spanish month names). Used for the date near the headline when
// the metadata has none.
class DateFinder {
public:
    // The first plausible date in text (1990 to next year), or an invalid date.
    static QDate find(const QString &text);
};
