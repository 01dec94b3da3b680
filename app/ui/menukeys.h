// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAction;
class QKeySequence;

// How keys and action names read in menus and in Help > Keyboard Shortcuts: a single-letter
// shortcut shows as the key you press ("j", not "J", which reads as Shift+J), and names lose
// their accelerator markers ("&Find...", "찾기(&F)...") where they are only listed.
namespace MenuKeys {
// Puts "\t<key>" after the text of actions whose shortcut is one unmodified letter, so QMenu
// shows that instead of the upper-case letter. Call again after changing such an action's text.
void showLetterKeysLowerCase(const QList<QAction *> &actions);
QString keyText(const QKeySequence &key); // NativeText, single letters in lower case
QString plainName(const QString &text); // no accelerator markers, ellipsis or "\t<key>"
} // namespace MenuKeys
