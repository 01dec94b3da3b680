// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topcommand.h"

#include "commandcontext.h"
#include "store/readstore.h"
#include "terminaltext.h"

#include <QCommandLineParser>

int TopCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("top takes no arguments, not '%1'").arg(parser.positionalArguments().first()));

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const Result<QList<TopStory>> stories = ReadStore(**db).topStories(10, 7);
    if (!stories)
        return context.fail(stories.error());

    QStringList reads;
    int readsWidth = 0;
    for (const TopStory &story : *stories) {
        reads.append(story.reads == 1 ? tr("1 read") : tr("%1 reads").arg(story.reads));
        readsWidth = qMax(readsWidth, TerminalText::displayWidth(reads.constLast()));
    }
    QTextStream &out = context.out();
    for (qsizetype i = 0; i < stories->size(); ++i) {
        out << TerminalText::rightAligned(QString::number(i + 1), 2) << ". "
            << TerminalText::padded(reads.at(i), readsWidth) << "  "
            << TerminalText::oneLine(stories->at(i).article.title) << '\n';
    }
    return 0;
}
