// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountscommand.h"

#include "commandcontext.h"
#include "store/syncstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int AccountsCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
                tr("accounts takes no arguments, not '%1'").arg(parser.positionalArguments().first()));
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const auto accounts = SyncStore(**db).accounts();
    if (!accounts)
        return context.fail(accounts.error());
    for (const SyncAccount &account : *accounts) {
        const QString synced = account.lastSync.isValid()
                ? account.lastSync.toString(Qt::ISODate)
                : tr("never synced");
        context.out() << account.id << u'\t' << account.kind << u'\t' << account.user << u'@'
                      << account.url << u'\t' << synced << u'\t' << account.lastError << Qt::endl;
    }
    return 0;
}
