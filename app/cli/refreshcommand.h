// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedrefresher.h"

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline refresh: refreshes the named feeds (id, URL or title), else all, with "Updating 3 of
// 40 feeds" on stderr and a one-line summary on stdout; exit status 1 when a feed failed.
class RefreshCommand {
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
    // Runs FeedRefresher on `feedIds` until it finishes (progress on stderr when asked).
    static FeedRefresher::Summary refresh(CommandContext &context, const QString &libraryPath,
                                          const QList<qint64> &feedIds, bool showProgress);
};
