// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DamageBanner::DamageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("damageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#damageBanner { background: #fbe4e1; border: 1px solid #d99a94; }"
                                 "#damageBanner QLabel { color: #5a1712; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("damageExport"));
    auto *recoverButton = new QPushButton(tr("Recover into a New Library…"), this);
    recoverButton->setObjectName(QStringLiteral("damageRecover"));
    connect(exportButton, &QPushButton::clicked, this, &DamageBanner::exportRequested);
    connect(recoverButton, &QPushButton::clicked, this, &DamageBanner::recoverRequested);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(exportButton);
    layout->addWidget(recoverButton);
    hide();
}

void DamageBanner::showDamage(const QString &damage)
{
    m_label->setText(tr("This library is damaged (%1). Byline will not write to it: read marks, "
                        "stars and imports are off. Export what can be read, or recover it "
                        "into a new library.")
                         .arg(damage));
    show();
}

QString DamageBanner::text() const
{
    return m_label->text();
}
