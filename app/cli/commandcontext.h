// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "result.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

class Database;
class QCommandLineParser;

// What a subcommand works with: its output streams, the library (opened on first use) and the
// two ways to fail, so every command reports errors the same way.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const Command &command, QString libraryPath);
    ~CommandContext();

    const Command &command() const { return m_command; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool outIsTerminal() const;
    QString libraryPath() const { return m_libraryPath; }

    // The library, opened (or created with the sample) on first use.
    Result<Database *> database();

    // "byline: message" on stderr; returns 1.
    int fail(const QString &message);
    // "byline: message" and "Try 'byline --help'." on stderr; returns 2.
    int usageError(const QString &message);
    // Parses the command's options; on a usage error returns the exit status.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

private:
    const Command &m_command;
    QString m_libraryPath;
    std::unique_ptr<Database> m_db;
    QTextStream m_out;
    QTextStream m_err;
};
