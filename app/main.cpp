// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Decides between the window (QApplication) and the command line (QCoreApplication).

#include "commandline.h"
#include "gui.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // One identity for both, so they find the same library and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("byline.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));

    if (CommandLine::wantsCommandLine(argc, argv))
        return CommandLine::run(argc, argv);
    return Gui::run(argc, argv);
}
