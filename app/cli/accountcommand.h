// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline account add ttrss URL --user NAME [--password-file FILE]: adds a feed server account;
// the password comes from FILE (its first line) or the terminal without echo, never from the
// arguments, and goes to the CredentialStore.
class AccountCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
