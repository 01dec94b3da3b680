// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;

// The reader's five text sizes (-2..+2, as on the newspaper page) as checkable actions, plus
// Larger (Ctrl++ or Ctrl+=), Smaller (Ctrl+-) and Reset (Ctrl+0). Larger/Smaller are disabled at the ends.
class FontSizeActions : public QObject {
    Q_OBJECT

public:
    explicit FontSizeActions(QObject *parent = nullptr);
    ~FontSizeActions() override;

    int step() const { return m_step; }
    void setStep(int step); // clamped; emits stepChanged when it changes

    const QList<QAction *> &stepActions() const { return m_stepActions; }
    QAction *largerAction() const { return m_larger; }
    QAction *smallerAction() const { return m_smaller; }
    QAction *resetAction() const { return m_reset; }
    QMenu *menu() const { return m_menu.get(); } // steps, then Larger, Smaller, Reset

signals:
    void stepChanged(int step);

private:
    void updateActions();

    int m_step = 0;
    QActionGroup *m_group;
    QList<QAction *> m_stepActions;
    QAction *m_larger;
    QAction *m_smaller;
    QAction *m_reset;
    std::unique_ptr<QMenu> m_menu;
};
