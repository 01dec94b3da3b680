// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The key two URLs of the same article share: lowercase scheme and host, no default port, no
// fragment, no tracking parameters (utm_*, fbclid, gclid ...), sorted query, no trailing slash
// (except the root "/"). Text that is not an absolute URL comes back trimmed.
class UrlNormalizer {
public:
    static QString normalize(const QString &url);
    static bool isTrackingParameter(const QString &name);
};
