// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontsizeactions.h"

#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

FontSizeActions::FontSizeActions(QObject *parent)
    : QObject(parent), m_group(new QActionGroup(this)), m_larger(new QAction(tr("&Larger"), this)),
      m_smaller(new QAction(tr("&Smaller"), this)), m_reset(new QAction(tr("&Reset"), this)),
      m_menu(std::make_unique<QMenu>(tr("Text &Size")))
{
    const QString names[] = { tr("-2  Smallest"), tr("-1  Small"), tr("0  Default"),
                              tr("+1  Large"), tr("+2  Largest") };
    for (int step = Settings::minFontStep; step <= Settings::maxFontStep; ++step) {
        auto *action = new QAction(names[step - Settings::minFontStep], this);
        action->setCheckable(true);
        action->setData(step);
        m_group->addAction(action);
        m_stepActions << action;
        connect(action, &QAction::triggered, this, [this, step] { setStep(step); });
    }
    // Ctrl+= as in browsers (the + is on the same key), besides the platform's Ctrl++.
    QList<QKeySequence> larger = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    larger.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_larger->setShortcuts(larger);
    m_smaller->setShortcut(QKeySequence::ZoomOut);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_larger->setToolTip(
        tr("Larger text (%1)").arg(m_larger->shortcut().toString(QKeySequence::NativeText)));
    m_smaller->setToolTip(
        tr("Smaller text (%1)").arg(m_smaller->shortcut().toString(QKeySequence::NativeText)));
    m_reset->setToolTip(
        tr("Default text size (%1)").arg(m_reset->shortcut().toString(QKeySequence::NativeText)));
    connect(m_larger, &QAction::triggered, this, [this] { setStep(m_step + 1); });
    connect(m_smaller, &QAction::triggered, this, [this] { setStep(m_step - 1); });
    connect(m_reset, &QAction::triggered, this, [this] { setStep(0); });

    m_menu->addActions(m_stepActions);
    m_menu->addSeparator();
    m_menu->addAction(m_larger);
    m_menu->addAction(m_smaller);
    m_menu->addAction(m_reset);
    updateActions();
}

FontSizeActions::~FontSizeActions() = default;

void FontSizeActions::setStep(int step)
{
    step = qBound(Settings::minFontStep, step, Settings::maxFontStep);
    if (step == m_step) {
        updateActions();
        return;
    }
    m_step = step;
    updateActions();
    emit stepChanged(m_step);
}

void FontSizeActions::updateActions()
{
    for (QAction *action : std::as_const(m_stepActions))
        action->setChecked(action->data().toInt() == m_step);
    m_larger->setEnabled(m_step < Settings::maxFontStep);
    m_smaller->setEnabled(m_step > Settings::minFontStep);
    m_reset->setEnabled(m_step != 0);
}
