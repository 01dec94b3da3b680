// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line: runs on QCoreApplication and never needs a display.
// Exit 0 on success, 1 with a one-line message on stderr for a runtime error, 2 for usage.
namespace CommandLine {
// True when argv names a subcommand, --help or --version.
bool wantsCommandLine(int argc, char *argv[]);
int run(int argc, char *argv[]);
} // namespace CommandLine
