// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "library/library.h"
#include "store/database.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

CommandContext::CommandContext(const Command &command, QString libraryPath)
    : m_command(command), m_libraryPath(std::move(libraryPath)), m_out(stdout), m_err(stderr)
{
}

CommandContext::~CommandContext()
{
    m_out.flush();
    m_err.flush();
}

bool CommandContext::outIsTerminal() const
{
    return isatty(fileno(stdout)) == 1;
}

Result<Database *> CommandContext::database()
{
    if (!m_db) {
        Result<std::unique_ptr<Database>> opened = Library::openOrCreate(m_libraryPath);
        if (!opened)
            return Error { opened.error() };
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

int CommandContext::fail(const QString &message)
{
    m_out.flush();
    m_err << "byline: " << message << '\n';
    m_err.flush();
    return 1;
}

int CommandContext::usageError(const QString &message)
{
    m_out.flush();
    m_err << "byline: " << message << '\n' << tr("Try 'byline --help'.") << '\n';
    m_err.flush();
    return 2;
}

std::optional<int> CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QString name = QString::fromLatin1(m_command.name);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList { u"byline"_s } + arguments))
        return std::nullopt;
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString option = unknown.constFirst();
        return usageError(tr("unknown option '%1' for %2")
                              .arg(option.size() == 1 ? u"-"_s + option : u"--"_s + option, name));
    }
    return usageError(tr("%1: %2").arg(name, parser.errorText()));
}
