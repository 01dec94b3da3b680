// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedpropertiesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

FeedPropertiesDialog::FeedPropertiesDialog(const Feed &feed, int globalRefreshMinutes,
                                           QWidget *parent)
    : QDialog(parent), m_refresh(new QSpinBox), m_keepDays(new QSpinBox),
      m_keepCount(new QSpinBox), m_fullArticles(new QCheckBox(tr("Fetch full articles")))
{
    setObjectName(QStringLiteral("feedProperties"));
    setWindowTitle(tr("Feed Properties"));

    auto *title = new QLabel(feed.title.isEmpty() ? feed.url : feed.title);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    title->setWordWrap(true);
    auto *url = new QLabel(feed.url);
    url->setForegroundRole(QPalette::PlaceholderText);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    url->setWordWrap(true);

    // 0 stands for the default in each box, shown as words.
    m_refresh->setRange(0, 1440);
    m_refresh->setSingleStep(5);
    m_refresh->setSpecialValueText(tr("Default (every %n minutes)", nullptr, globalRefreshMinutes));
    m_refresh->setSuffix(tr(" minutes"));
    m_refresh->setValue(feed.refreshMinutes);
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("No limit"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(feed.keepDays);
    m_keepCount->setRange(0, 100000);
    m_keepCount->setSingleStep(50);
    m_keepCount->setSpecialValueText(tr("No limit"));
    m_keepCount->setSuffix(tr(" articles"));
    m_keepCount->setValue(feed.keepCount);
    m_fullArticles->setChecked(feed.fetchFullArticles);
    m_fullArticles->setToolTip(
        tr("Download each new item's web page and keep the extracted article (for feeds that "
           "carry only summaries)"));

    auto *note = new QLabel(tr("Starred articles are always kept."));
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("Refresh every:"), m_refresh);
    form->addRow(tr("Keep at most:"), m_keepDays);
    form->addRow(QString(), m_keepCount);
    form->addRow(QString(), note);
    form->addRow(QString(), m_fullArticles);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(url);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int FeedPropertiesDialog::refreshMinutes() const
{
    return m_refresh->value();
}

int FeedPropertiesDialog::keepDays() const
{
    return m_keepDays->value();
}

int FeedPropertiesDialog::keepCount() const
{
    return m_keepCount->value();
}

bool FeedPropertiesDialog::fetchFullArticles() const
{
    return m_fullArticles->isChecked();
}
