// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addfeeddialog.h"

#include "feeds/feeddiscovery.h"
#include "store/feedstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace {
constexpr int urlRole = Qt::UserRole + 1;
constexpr int titleRole = Qt::UserRole + 2;

QString formatName(ParsedFeed::Format format)
{
    switch (format) {
    case ParsedFeed::Format::Atom:
        return QStringLiteral("Atom");
    case ParsedFeed::Format::JsonFeed:
        return QStringLiteral("JSON Feed");
    case ParsedFeed::Format::Rdf:
        return QStringLiteral("RSS 1.0");
    case ParsedFeed::Format::Rss:
        break;
    }
    return QStringLiteral("RSS");
}
} // namespace

AddFeedDialog::AddFeedDialog(Database &db, const QList<FeedFolder> &folders, QWidget *parent)
    : QDialog(parent), m_db(db), m_discovery(new FeedDiscovery(this)), m_url(new QLineEdit),
      m_folder(new QComboBox), m_pickLabel(new QLabel), m_candidates(new QListWidget),
      m_busy(new QProgressBar), m_busyLabel(new QLabel), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("addFeedDialog"));
    setWindowTitle(tr("Add Feed"));
    m_url->setPlaceholderText(tr("Feed or website address"));
    m_url->setAccessibleName(tr("Feed or website address"));
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 48);
    m_folder->addItem(tr("Top Level"), qint64(0));
    for (const FeedFolder &folder : folders)
        m_folder->addItem(folder.title, folder.id);

    m_pickLabel->setText(tr("This site has several feeds. Pick one:"));
    m_candidates->setObjectName(QStringLiteral("feedCandidates"));
    m_candidates->setMaximumHeight(m_candidates->fontMetrics().height() * 7);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &AddFeedDialog::next);

    m_busy->setRange(0, 0); // busy, no known end
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busyLabel->setText(tr("Looking for feeds…"));
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busy, 1);

    m_error->setObjectName(QStringLiteral("addFeedError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);

    m_subscribe = m_buttons->addButton(tr("&Subscribe"), QDialogButtonBox::AcceptRole);
    m_subscribe->setDefault(true);
    m_subscribe->setEnabled(false);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_subscribe->setEnabled(!text.trimmed().isEmpty() && !isSearching());
        m_pickLabel->hide(); // a new address: its own candidates
        m_candidates->hide();
        m_candidates->clear();
        m_error->hide();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::next);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddFeedDialog::reject);
    connect(m_discovery, &FeedDiscovery::finished, this, &AddFeedDialog::handleDiscovered);

    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Folder:"), m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pickLabel);
    layout->addWidget(m_candidates);
    layout->addLayout(busyRow);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_pickLabel->hide();
    m_candidates->hide();
    m_error->hide();
    setSearching(false);
}

bool AddFeedDialog::isSearching() const
{
    return m_discovery->isRunning();
}

void AddFeedDialog::setSearching(bool searching)
{
    m_busy->setVisible(searching);
    m_busyLabel->setVisible(searching);
    m_url->setEnabled(!searching);
    m_folder->setEnabled(!searching);
    m_subscribe->setEnabled(!searching && !m_url->text().trimmed().isEmpty());
}

void AddFeedDialog::showError(const QString &message)
{
    // One line: the first line of the message, elided, the whole of it in the tooltip.
    const QString line = message.section(u'\n', 0, 0);
    m_error->setText(m_error->fontMetrics().elidedText(line, Qt::ElideRight,
                                                       std::max(200, m_url->width() + 80)));
    m_error->setToolTip(message);
    m_error->setVisible(!message.isEmpty());
}

void AddFeedDialog::next()
{
    if (isSearching())
        return;
    if (m_candidates->isVisible() && m_candidates->currentItem()) {
        const QListWidgetItem *item = m_candidates->currentItem();
        subscribe(item->data(urlRole).toString(), item->data(titleRole).toString());
        return;
    }
    const QUrl url = FeedDiscovery::urlFromUserInput(m_url->text());
    if (!url.isValid()) {
        showError(tr("“%1” is not a web address.").arg(m_url->text().trimmed()));
        return;
    }
    m_error->hide();
    setSearching(true);
    m_discovery->discover(url);
}

void AddFeedDialog::handleDiscovered()
{
    setSearching(false);
    if (std::exchange(m_cancelling, false))
        return; // the user stopped it: no error to show
    const Result<QList<FeedCandidate>> &found = m_discovery->result();
    if (!found) {
        showError(found.error());
        return;
    }
    if (found->isEmpty()) {
        showError(tr("No feed found at this address."));
        return;
    }
    if (found->size() == 1) {
        subscribe(found->constFirst().url, found->constFirst().title);
        return;
    }
    m_candidates->clear();
    for (const FeedCandidate &candidate : *found) {
        const QString name = candidate.title.isEmpty() ? candidate.url : candidate.title;
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(name, formatName(candidate.format)), m_candidates);
        item->setToolTip(candidate.url);
        item->setData(urlRole, candidate.url);
        item->setData(titleRole, candidate.title);
    }
    m_candidates->setCurrentRow(0);
    m_pickLabel->show();
    m_candidates->show();
    m_candidates->setFocus();
}

void AddFeedDialog::subscribe(const QString &url, const QString &title)
{
    const qint64 folder = m_folder->currentData().toLongLong();
    const Result<qint64> id = FeedStore(m_db).subscribe(url, title, folder);
    if (!id) {
        showError(id.error());
        return;
    }
    emit subscribed(*id, title.isEmpty() ? url : title);
    accept();
}

void AddFeedDialog::reject()
{
    if (isSearching()) {
        m_cancelling = true;
        m_discovery->cancel(); // finished() follows: the dialog stays for another address
        return;
    }
    QDialog::reject();
}
