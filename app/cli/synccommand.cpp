// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "commandcontext.h"
#include "store/syncstore.h"
#include "sync/credentialstore.h"
#include "sync/syncer.h"
#include "sync/ttrssclient.h"

#include <QCommandLineParser>
#include <QUrl>

using namespace Qt::StringLiterals;

int SyncCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
                tr("sync takes no arguments, not '%1'").arg(parser.positionalArguments().first()));
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const auto accounts = SyncStore(**db).accounts();
    if (!accounts)
        return context.fail(accounts.error());
    if (accounts->isEmpty())
        return context.fail(tr("No account to sync: add one with 'byline account add'."));
    int status = 0;
    for (const SyncAccount &account : *accounts) {
        const Result<QString> password = CredentialStore().password(account.url, account.user);
        if (!password) {
            context.fail(password.error());
            status = 1;
            continue;
        }
        TtRssClient client(QUrl(account.url), account.user, *password);
        Syncer syncer(**db, account.id, client);
        syncer.setProgress([&context](const QString &message) {
            context.err() << message << Qt::endl;
        });
        const Result<SyncSummary> summary = syncer.run();
        if (!summary) {
            context.fail(tr("%1@%2: %3").arg(account.user, account.url, summary.error()));
            status = 1;
            continue;
        }
        context.out() << tr("%1@%2: %3 changes sent, %4 feeds, %5 new articles, %6 updated, "
                            "%7 read/starred changed")
                                 .arg(account.user, account.url)
                                 .arg(summary->sent)
                                 .arg(summary->feeds)
                                 .arg(summary->added)
                                 .arg(summary->updated)
                                 .arg(summary->flagsChanged)
                      << Qt::endl;
    }
    return status;
}
