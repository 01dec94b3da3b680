// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A fallback for pages that declare no language: the script of the letters decides
// (Hangul -> "ko", kana -> "ja", Han -> "zh"); Latin text is "en" when common English words
// are frequent, else unknown ("").
class LanguageDetector {
public:
    static QString detect(QStringView text);
};
