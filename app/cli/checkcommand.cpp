// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "commandcontext.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

int CheckCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption full(u"full"_s);
    parser.addOption(full);
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("check takes no arguments"));

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const Result<QStringList> problems = (*db)->check(parser.isSet(full));
    if (!problems)
        return context.fail(problems.error());
    if (problems->isEmpty()) {
        context.out() << tr("ok") << '\n';
        return 0;
    }
    // SQLite's answer may hold several lines per row, under "*** in database main ***".
    int count = 0;
    for (const QString &problem : *problems) {
        for (const QString &line : problem.split(u'\n', Qt::SkipEmptyParts)) {
            context.out() << line << '\n';
            count += line.startsWith(u"*** "_s) ? 0 : 1;
        }
    }
    count = std::max(count, 1);
    const QString path = QDir::toNativeSeparators((*db)->path());
    const QString found
        = count == 1 ? tr("1 problem found") : tr("%n problems found", nullptr, count);
    return context.fail(tr("The library %1 is damaged (%2): Byline will not write to it. Save "
                           "what can be read with “byline export FILE” or "
                           "“byline recover NEWFILE”.")
                            .arg(path, found));
}
