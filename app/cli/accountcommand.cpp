// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcommand.h"

#include "commandcontext.h"
#include "store/syncstore.h"
#include "sync/credentialstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// One line from the terminal with echo off; nullopt without a terminal.
std::optional<QString> askPassword(QTextStream &err)
{
    if (isatty(STDIN_FILENO) != 1)
        return std::nullopt;
    err << AccountCommand::tr("Password: ") << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    return QString::fromStdString(line);
}
} // namespace

int AccountCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption user(u"user"_s, tr("User name on the server"), u"NAME"_s);
    const QCommandLineOption passwordFile(u"password-file"_s,
                                          tr("Read the password from the first line of FILE"),
                                          u"FILE"_s);
    parser.addOption(user);
    parser.addOption(passwordFile);
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 3 || words[0] != u"add"_s)
        return context.usageError(tr("use: account add ttrss URL --user NAME [--password-file FILE]"));
    if (words[1] != u"ttrss"_s)
        return context.usageError(tr("'%1' is not a kind of server Byline knows: ttrss")
                                          .arg(words[1]));
    const QUrl url = QUrl::fromUserInput(words[2]);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return context.usageError(tr("'%1' is not a web address").arg(words[2]));
    if (!parser.isSet(user) || parser.value(user).isEmpty())
        return context.usageError(tr("account add needs --user NAME"));
    QString password;
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
        password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    } else {
        const std::optional<QString> typed = askPassword(context.err());
        if (!typed)
            return context.usageError(
                    tr("no terminal to ask the password on: give --password-file FILE"));
        password = *typed;
    }
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const Result<qint64> id = SyncStore(**db).addAccount(u"ttrss"_s, url.toString(), parser.value(user));
    if (!id)
        return context.fail(id.error());
    CredentialStore credentials;
    if (Status saved = credentials.save(url.toString(), parser.value(user), password); !saved) {
        (void)SyncStore(**db).removeAccount(*id);
        return context.fail(saved.error());
    }
    context.out() << tr("Added account %1: %2 at %3; password kept %4.")
                             .arg(*id)
                             .arg(parser.value(user), url.toString(), credentials.where())
                  << Qt::endl;
    return 0;
}
