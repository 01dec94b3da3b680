// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline subscribe: finds the feed of an address (FeedDiscovery), subscribes to it and runs its
// first refresh. A page with several feeds lists them and asks for one (or --first takes the
// first).
class SubscribeCommand {
    Q_DECLARE_TR_FUNCTIONS(SubscribeCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
