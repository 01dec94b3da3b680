// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUrl;

// Opens a URL outside Byline (the system browser or mail client). Injected, so tests can hand
// in a fake that records the URL instead of starting a browser.
class UrlOpener {
public:
    virtual ~UrlOpener() = default;
    virtual void open(const QUrl &url) = 0;
};
