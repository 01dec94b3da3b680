// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/readablearticles.h"

class CommandContext;

// What export and recover could not read: one line per skipped run of articles and per other
// problem on standard error, then the summary. Returns the exit status (0 when nothing was
// lost, else 1).
class SkippedReport {
public:
    static int print(CommandContext &context, const ReadableArticles::Report &report);
};
