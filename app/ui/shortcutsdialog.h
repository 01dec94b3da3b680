// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QMenu;
class QTableWidget;

// Help > Keyboard Shortcuts: a table of what each key does, grouped by the menu the action is
// in (then the keys no menu shows), built from the window's menus and actions so it can never
// disagree with them.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QMenu *> &menus, const QList<QAction *> &actions,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addGroup(const QString &title, const QList<QAction *> &actions);

    QTableWidget *m_table;
};
