// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

// The one message a damaged library gets, above the list: what is wrong, that nothing will be
// written, and the two ways to save what can be read. Hidden until showDamage().
class DamageBanner : public QFrame {
    Q_OBJECT

public:
    explicit DamageBanner(QWidget *parent = nullptr);

    void showDamage(const QString &damage); // SQLite's words for what is wrong
    QString text() const;

signals:
    void exportRequested();
    void recoverRequested();

private:
    QLabel *m_label;
};
