// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>

// A feed's date, as feeds really write them, in UTC; invalid when it cannot be read.
// - RFC 822/2822 (RSS): "Wed, 02 Oct 2002 13:00:00 GMT", the day name optional, two-digit years
//   (00-49 -> 20xx, 50-99 -> 19xx), seconds optional, month names in any case (also full names),
//   extra spaces, "02-Oct-2002", "Oct 2, 2002 1:00 PM", asctime. Zones (also glued to the time,
//   "13:00:00+0000"): +0000, -0430, +05:30, UT, UTC, GMT, Z, the US zones
//   (EST EDT CST CDT MST MDT PST PDT), a few others (CET, CEST, BST, JST, KST ...), and RFC 822's
//   military letters (A-I,K-M = -1..-12 hours, N-Y = +1..+12, Z = 0, as RFC 822 defines them).
//   No zone, or one it does not know: UTC.
// - RFC 3339 / ISO 8601 (Atom, JSON Feed, dc:date): "2002-10-02T13:00:00Z", with or without
//   seconds, fractions or zone (none: UTC), 'T' or a space between date and time.
// - W3C-DTF partial dates: "2002", "2002-10", "2002-10-02" (the first instant, UTC).
// Reentrant: no state.
class FeedDate {
public:
    static QDateTime parse(QStringView text);

private:
    static QDateTime parseIso(QStringView text);
    static QDateTime parseRfc822(QStringView text);
};
