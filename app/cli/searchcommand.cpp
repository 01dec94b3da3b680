// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "commandcontext.h"
#include "store/articlestore.h"
#include "store/ftsquery.h"
#include "terminaltext.h"

#include <QCommandLineParser>

int SearchCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return context.usageError(tr("search needs some words to look for"));

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    if (FtsQuery::parse(query).truncated) {
        context.err() << "byline: " << FtsQuery::truncatedNote() << '\n';
        context.err().flush();
    }
    const Result<QList<SearchHit>> hits = ArticleStore(**db).search(query);
    if (!hits)
        return context.fail(hits.error());
    if (hits->isEmpty()) {
        context.err() << tr("No articles match '%1'.").arg(query) << '\n';
        return 0;
    }
    int idWidth = 1;
    for (const SearchHit &hit : *hits)
        idWidth = qMax(idWidth, int(QString::number(hit.article.id).size()));
    const bool terminal = context.outIsTerminal();
    const QString indent(idWidth + 2, u' ');
    QTextStream &out = context.out();
    for (const SearchHit &hit : *hits) {
        out << TerminalText::rightAligned(QString::number(hit.article.id), idWidth) << "  "
            << TerminalText::fromMarkedHtml(hit.titleHtml, terminal) << '\n';
        const QString snippet = TerminalText::fromMarkedHtml(hit.snippetHtml, terminal, 240);
        if (!snippet.isEmpty())
            out << indent << snippet << '\n';
    }
    return 0;
}
