// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window: creates the QApplication and runs it. Understands --library PATH and FILE|URL
// arguments to import; one window per library (SingleInstance). Exit 2 on a usage error, 1 when
// there is no display or the library cannot be opened.
namespace Gui {
int run(int argc, char *argv[]);
}
