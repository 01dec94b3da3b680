// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window: creates the QApplication and runs it. Understands --library PATH.
namespace Gui {
int run(int argc, char *argv[]);
}
