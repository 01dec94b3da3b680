// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletecommand.h"

#include "commandcontext.h"
#include "store/articlestore.h"
#include "terminaltext.h"

#include <QCommandLineParser>

int DeleteCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList given = parser.positionalArguments();
    if (given.isEmpty())
        return context.usageError(tr("delete needs at least one article id"));
    QList<qint64> ids;
    for (const QString &text : given) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id < 1)
            return context.usageError(tr("'%1' is not an article id").arg(text));
        ids.append(id);
    }

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    ArticleStore store(**db);
    QStringList missing;
    for (const qint64 id : std::as_const(ids)) {
        const Result<QList<ArticleSummary>> exists = store.summaries({ id });
        if (!exists)
            return context.fail(exists.error());
        if (exists->isEmpty()) {
            missing.append(QString::number(id));
            continue;
        }
        if (const Status removed = store.remove(id); !removed)
            return context.fail(removed.error());
        context.out()
            << tr("deleted %1: %2").arg(id).arg(TerminalText::oneLine(exists->first().title))
            << '\n';
    }
    if (!missing.isEmpty())
        return context.fail(tr("no article with id %1", nullptr, int(missing.size()))
                                .arg(missing.join(QLatin1String(", "))));
    return 0;
}
