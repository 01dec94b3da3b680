// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/feed.h"

#include <QCoreApplication>

// The feed a command-line argument names: its id, its URL or its exact title (ignoring case).
// An argument that fits none, or a title shared by several feeds, is an Error saying so.
class FeedArgument {
    Q_DECLARE_TR_FUNCTIONS(FeedArgument)

public:
    static Result<Feed> find(const QList<Feed> &feeds, const QString &argument);
};
