// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/positionstore.h"

#include <QObject>
#include <QTimer>

#include <functional>

class Database;
class ReaderPane;

// The reading position of each article: saved (a fraction of the scrollable height, as the
// progress line shows it) when the article is left, and saveDelayMs after scrolling stops so a
// crash does not lose it; restored once it has loaded when it is opened again. An article left
// at its end opens at the top.
class ReadingPosition : public QObject {
    Q_OBJECT

public:
    static constexpr double endThreshold = 0.98; // beyond it, the article was read to the end
    static constexpr int saveDelayMs = 2000; // after the last scroll, while reading

    // mayWrite: whether the library may be written yet (the damage check has passed).
    ReadingPosition(Database &db, ReaderPane *reader, std::function<bool()> mayWrite,
                    QObject *parent = nullptr);

    void open(qint64 articleId); // before the reader shows it
    // Saves the open article's position (another opens, the window closes, scrolling stopped).
    void leave();
    bool isRestoring() const { return m_restoring; }

signals:
    void errorOccurred(const QString &message);
    void restored(qint64 articleId, double fraction); // the page has scrolled there

private:
    void handleLoadFinished(bool ok);

    Database &m_db;
    PositionStore m_store;
    ReaderPane *m_reader;
    std::function<bool()> m_mayWrite;
    QTimer m_saveTimer; // restarted by each scroll
    qint64 m_article = 0;
    double m_pending = 0;
    bool m_restoring = false; // until the page has loaded and scrolled: nothing to save yet
};
