// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's "Updating 3 of 40 feeds" with a bar and Cancel, shown while feeds refresh.
class RefreshProgress : public QWidget {
    Q_OBJECT
public:
    explicit RefreshProgress(QWidget *parent = nullptr);

    void setProgress(int done, int total); // shows it
    void finish(); // hides it
    QString text() const;
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
