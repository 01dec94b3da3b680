// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "menukeys.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The menu's actions with keys, those of its submenus (View > Text Size) included.
void collect(const QMenu *menu, QList<QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), into);
        else if (!action->shortcuts().isEmpty() && !into.contains(action))
            into.append(action);
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, const QList<QAction *> &actions,
                                 QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);

    QList<QAction *> listed;
    for (const QMenu *menu : menus) {
        QList<QAction *> inMenu;
        collect(menu, inMenu);
        inMenu.removeIf([&](QAction *a) { return listed.contains(a); });
        addGroup(MenuKeys::plainName(menu->title()), inMenu);
        listed += inMenu;
    }
    QList<QAction *> others;
    for (QAction *action : actions) {
        if (!action->shortcuts().isEmpty() && !listed.contains(action))
            others.append(action);
    }
    addGroup(tr("Other"), others);

    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 560);
}

void ShortcutsDialog::addGroup(const QString &title, const QList<QAction *> &actions)
{
    if (actions.isEmpty())
        return;
    int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *heading = new QTableWidgetItem(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setData(Qt::UserRole, true); // a group heading, not an action
    m_table->setItem(row, 0, heading);
    m_table->setSpan(row, 0, 1, 2);
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(MenuKeys::keyText(key));
        row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(MenuKeys::plainName(action->text())));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
}
