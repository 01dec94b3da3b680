// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "share/urlopener.h"

// Opens URLs with the desktop's browser or mail client (QDesktopServices).
class DesktopUrlOpener : public UrlOpener {
public:
    void open(const QUrl &url) override;
};
