// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class MainWindow;

// The hidden --screenshot-dir DIR mode (packaging/screenshots.sh): steps the window through
// its main states on timers, saves a PNG of each into DIR and quits.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString directory, QObject *parent = nullptr);
    void start();

private:
    struct Step {
        QString name;
        std::function<void()> prepare;
    };
    void runStep(int index);
    void save(const QString &name);
    qint64 findKoreanArticle() const;

    MainWindow *m_window;
    QString m_directory;
    QList<Step> m_steps;
};
