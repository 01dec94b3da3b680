// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Keeps a deck (the description from the metadata) a short standfirst: entities decoded,
// replacement characters dropped, cut before a sentence holding contact lines (e-mail, phone,
// web address) or a copyright, whole sentences up to about 300 characters; none when it only
// repeats the title or copies the start of the article's text (it would show twice).
class DeckCleaner {
public:
    static constexpr int maximumLength = 300;
    static QString clean(const QString &deck, const QString &title, const QString &bodyText);
};
