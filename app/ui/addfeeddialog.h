// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/feed.h"

#include <QDialog>

class Database;
class FeedDiscovery;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

// Feeds > Add Feed: a feed's or a site's address. Finds its feeds in the background (a busy
// bar; Cancel stops the search, a second Cancel closes), lets the user pick when the site has
// several, then subscribes in the chosen folder. Problems show inline, on one line.
class AddFeedDialog : public QDialog {
    Q_OBJECT
public:
    AddFeedDialog(Database &db, const QList<FeedFolder> &folders, QWidget *parent = nullptr);

    QLineEdit *urlField() const { return m_url; }
    QComboBox *folderBox() const { return m_folder; }
    QListWidget *candidateList() const { return m_candidates; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *subscribeButton() const { return m_subscribe; }
    bool isSearching() const;
    void reject() override; // Cancel stops a running search first, then closes

signals:
    void subscribed(qint64 feedId, const QString &title);

private:
    void next(); // the Subscribe button: find feeds, or subscribe to the one picked
    void handleDiscovered();
    void subscribe(const QString &url, const QString &title);
    void showError(const QString &message);
    void setSearching(bool searching);

    Database &m_db;
    FeedDiscovery *m_discovery;
    QLineEdit *m_url;
    QComboBox *m_folder;
    QLabel *m_pickLabel;
    QListWidget *m_candidates;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_subscribe;
    bool m_cancelling = false;
};
