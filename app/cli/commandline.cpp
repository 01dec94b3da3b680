// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

bool CommandLine::wantsCommandLine(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--library") == 0) {
            ++i;
            continue;
        }
        if (arg[0] != '-' || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0
            || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
    }
    return false;
}

int CommandLine::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("byline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    QTextStream(stdout) << "byline " << QCoreApplication::applicationVersion() << '\n';
    return 0;
}
