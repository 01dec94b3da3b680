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
    // Absolute URLs only: http(s) with a host; mailto, tel and ftp for links; raster data
    // images (not SVG) for images. Relative URLs (left when there was no web base) and file:
    // URLs are never safe: a saved page's "../img/x.png" must not become a file on this disk.
    static bool isSafe(const QUrl &url, Use use);
    // data:image/png, jpeg, gif, webp, avif or bmp: pixels only, nothing that can hold script.
    static bool isRasterDataImage(const QUrl &url);
    // The best candidate of a srcset value (widest up to ~1600 px, else the first).
    static QString pickFromSrcset(const QString &srcset);
};
