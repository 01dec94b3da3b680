// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topcommand.h"

#include "commandcontext.h"
#include "feeds/storyranking.h"
#include "store/readstore.h"
#include "terminaltext.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
constexpr int listed = 10;

// Rows of "rank. label  title", the labels padded to one width.
void printRows(QTextStream &out, const QStringList &labels, const QStringList &titles)
{
    int width = 0;
    for (const QString &label : labels)
        width = qMax(width, TerminalText::displayWidth(label));
    for (qsizetype i = 0; i < titles.size(); ++i) {
        out << TerminalText::rightAligned(QString::number(i + 1), 2) << ". "
            << TerminalText::padded(labels.at(i), width) << "  "
            << TerminalText::oneLine(titles.at(i)) << '\n';
    }
}
} // namespace

int TopCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stories(u"stories"_s);
    const QCommandLineOption mostRead(u"most-read"_s);
    parser.addOptions({ stories, mostRead });
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("top takes no arguments, not '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(stories) && parser.isSet(mostRead))
        return context.usageError(tr("top takes --stories or --most-read, not both"));

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    QStringList labels;
    QStringList titles;
    if (parser.isSet(stories)) {
        const Result<QList<StoryCluster>> top = StoryRanking::compute(**db, listed);
        if (!top)
            return context.fail(top.error());
        for (const StoryCluster &story : *top) {
            labels.append(story.sourceCount == 1 ? tr("1 source")
                                                 : tr("%1 sources").arg(story.sourceCount));
            titles.append(story.best.title);
        }
    } else {
        const Result<QList<TopStory>> top = ReadStore(**db).topStories(listed, 7);
        if (!top)
            return context.fail(top.error());
        for (const TopStory &story : *top) {
            labels.append(story.reads == 1 ? tr("1 read") : tr("%1 reads").arg(story.reads));
            titles.append(story.article.title);
        }
    }
    printRows(context.out(), labels, titles);
    return 0;
}
