// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "skippedreport.h"

#include "commandcontext.h"

int SkippedReport::print(CommandContext &context, const ReadableArticles::Report &report)
{
    if (report.complete())
        return 0;
    context.out().flush();
    for (const QString &line : report.lines())
        context.err() << "byline: " << line << '\n';
    return context.fail(report.summary());
}
