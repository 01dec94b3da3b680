// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

RefreshProgress::RefreshProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar), m_cancel(new QToolButton)
{
    setObjectName(QStringLiteral("refreshProgress"));
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(12);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop updating feeds (feeds already updated keep their articles)"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &RefreshProgress::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void RefreshProgress::setProgress(int done, int total)
{
    // "Updating 3 of 40 feeds": the feed being worked on, counting from one.
    const int current = std::min(done + 1, total);
    m_label->setText(tr("Updating %1 of %n feeds", nullptr, total).arg(current));
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    m_cancel->setEnabled(true);
    show();
}

void RefreshProgress::finish()
{
    hide();
}

QString RefreshProgress::text() const
{
    return m_label->text();
}
