// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include "commandcontext.h"
#include "store/articlestore.h"
#include "store/sourcestore.h"
#include "terminaltext.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int ShowCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return context.usageError(tr("show needs an article id"));
    if (ids.size() > 1)
        return context.usageError(tr("show takes one article id, not %1").arg(ids.size()));
    bool ok = false;
    const qint64 id = ids.first().toLongLong(&ok);
    if (!ok || id < 1)
        return context.usageError(tr("'%1' is not an article id").arg(ids.first()));

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const ArticleStore store(**db);
    const Result<QList<ArticleSummary>> exists = store.summaries({ id });
    if (!exists)
        return context.fail(exists.error());
    if (exists->isEmpty())
        return context.fail(tr("no article with id %1").arg(id));
    const Result<Article> article = store.get(id);
    if (!article)
        return context.fail(article.error());
    const Article &a = *article;

    QString source;
    if (a.sourceId != 0) {
        const Result<Source> found = SourceStore(**db).get(a.sourceId);
        if (found)
            source = found->title;
    }
    const QDateTime date = a.published.isValid() ? a.published : a.created;
    const QString url = a.canonicalUrl.isEmpty() ? a.url : a.canonicalUrl;
    const QList<std::pair<QString, QString>> fields {
        { tr("Section:"), a.section },
        { tr("Author:"), TerminalText::oneLine(a.author) },
        { tr("Source:"), source },
        { tr("Date:"), date.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) },
        { tr("URL:"), url },
    };
    int labelWidth = 0;
    for (const auto &[label, value] : fields)
        labelWidth = qMax(labelWidth, TerminalText::displayWidth(label));

    QTextStream &out = context.out();
    out << TerminalText::oneLine(a.title) << '\n';
    if (!a.deck.isEmpty())
        out << TerminalText::oneLine(a.deck) << '\n';
    out << '\n';
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << TerminalText::padded(label, labelWidth) << ' ' << value << '\n';
    }
    out << '\n' << a.plainText.trimmed() << '\n';
    return 0;
}
