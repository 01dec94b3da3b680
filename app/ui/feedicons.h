// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The feed tree's small icons, drawn rather than taken from an icon theme, so they look the same
// on every desktop (and offscreen): a feed without a favicon, a folder, a feed that failed, a
// gone feed, and the three views at the top.
namespace FeedIcons {
QIcon feed();
QIcon folder();
QIcon error(); // the last refresh failed (the reason is in the tooltip)
QIcon gone(); // the server said 410 Gone
QIcon all();
QIcon unread();
QIcon starred();
QIcon fromFavicon(const QByteArray &bytes); // null when the bytes are no image
} // namespace FeedIcons
