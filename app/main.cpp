// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Decides between the window (QApplication) and the command line (QCoreApplication).

#include "commandline.h"
#include "gui.h"

int main(int argc, char *argv[])
{
    if (CommandLine::wantsCommandLine(argc, argv))
        return CommandLine::run(argc, argv);
    return Gui::run(argc, argv);
}
