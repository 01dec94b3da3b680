// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Turns attribute values into absolute URLs the way a browser reads them (control characters
// and inner tabs/newlines dropped), and says which URLs are safe to keep in a document.
class UrlResolver {
public:
    enum class Use { Link, Image };

    // Resolves `value` against `base`; an invalid QUrl when there is nothing usable.
    static QUrl resolve(const QString &value, const QUrl &base);
    // http(s), mailto, tel, ftp, file and relative URLs; data:image/* only for images.
    static bool isSafe(const QUrl &url, Use use);
    // The best candidate of a srcset value (widest up to ~1600 px, else the first).
    static QString pickFromSrcset(const QString &srcset);
};
