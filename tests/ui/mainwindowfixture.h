// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window tests share: the reader's scheme before the QApplication, a UrlOpener that
// only records, the sample library in a temporary directory with its own settings, and
// JavaScript asked of the real WebEngine reader.

#include "library/library.h"
#include "librarycheck.h"
#include "mainwindow.h"
#include "readerpane.h"
#include "schemehandler.h"
#include "share/urlopener.h"
#include "store/database.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>

class RecordingUrlOpener : public UrlOpener {
public:
    void open(const QUrl &url) override { opened.append(url); }
    QList<QUrl> opened;
};

inline QVariant runReaderJavaScript(QWebEngineView *view, const QString &script)
{
    QVariant result;
    bool done = false;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [&](const QVariant &value) {
                                    result = value;
                                    done = true;
                                });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("runJavaScript did not answer");
    return result;
}

class MainWindowFixture {
public:
    bool setUp() // in initTestCase
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
        QCoreApplication::setApplicationName(QStringLiteral("Byline"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        auto db = Library::openOrCreate(m_dir.filePath(QStringLiteral("library.sqlite")));
        if (!db)
            return false;
        m_db = std::move(*db);
        return true;
    }
    Database &db() { return *m_db; }

    // Feeds refresh at start only when asked: the sample library's feeds would otherwise add
    // articles while a test looks at the list.
    MainWindow *create(QSize size = {}, bool refreshFeedsAtStart = false)
    {
        Settings().setRefreshAtStart(refreshFeedsAtStart);
        m_window = std::make_unique<MainWindow>(*m_db, &m_opener);
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("The window did not become active");
        const auto *check = m_window->findChild<LibraryCheck *>();
        if (!check || !QTest::qWaitFor([check] { return check->passed(); }, 10000))
            qWarning("The library check did not pass");
        return m_window.get();
    }
    void close()
    {
        if (m_window)
            m_window->close(); // saves the session, as on quit
        m_window.reset();
    }
    QVariant js(const QString &script)
    {
        return runReaderJavaScript(m_window->readerPane()->webView(), script);
    }
    QWidget *readerFocus() const
    {
        QWebEngineView *view = m_window->readerPane()->webView();
        return view->focusProxy() ? view->focusProxy() : view;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    RecordingUrlOpener m_opener;
    std::unique_ptr<MainWindow> m_window;
};
