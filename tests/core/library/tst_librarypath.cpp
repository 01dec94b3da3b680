// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "library/librarypath.h"
#include "store/database.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLibraryPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void resolve_data();
    void resolve();
    void writtenByTheWindowsKey();
    void storingEmptyMeansDefault();

private:
    QTemporaryDir m_dir;
};

void TestLibraryPath::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Byline"_s);
    QCoreApplication::setApplicationName(u"Byline"_s);
    // The settings file lives in the temporary folder, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
}

void TestLibraryPath::init()
{
    QSettings().clear();
}

void TestLibraryPath::resolve_data()
{
    QTest::addColumn<QString>("preference"); // what Preferences stored; empty: nothing
    QTest::addColumn<QString>("override"); // --library
    QTest::addColumn<QString>("expected"); // "{default}": Database::defaultPath()
    QTest::newRow("nothing") << QString() << QString() << u"{default}"_s;
    QTest::newRow("preference") << u"/srv/news/library.sqlite"_s << QString()
                                << u"/srv/news/library.sqlite"_s;
    QTest::newRow("override-wins")
        << u"/srv/news/library.sqlite"_s << u"/tmp/other.sqlite"_s << u"/tmp/other.sqlite"_s;
    QTest::newRow("override-alone") << QString() << u"lib.sqlite"_s << u"lib.sqlite"_s;
    QTest::newRow("blank-preference") << u"   "_s << QString() << u"{default}"_s;
}

void TestLibraryPath::resolve()
{
    QFETCH(QString, preference);
    QFETCH(QString, override);
    QFETCH(QString, expected);
    if (expected == u"{default}"_s)
        expected = Database::defaultPath();
    if (!preference.isNull()) {
        QSettings settings;
        settings.setValue(LibraryPath::settingsKey(), preference);
        settings.sync();
    }
    QCOMPARE(LibraryPath::resolve(override), expected);
    QCOMPARE(Library::resolvePath(override), expected); // what the window and commands call
}

// The key the window's Preferences has always written ("library/path"), read back from the file.
void TestLibraryPath::writtenByTheWindowsKey()
{
    const QString library = m_dir.filePath(u"elsewhere/library.sqlite"_s);
    {
        QSettings file(QSettings().fileName(), QSettings::IniFormat);
        file.setValue(u"library/path"_s, library);
        file.sync();
        QCOMPARE(file.status(), QSettings::NoError);
    }
    QCOMPARE(LibraryPath::stored(), library);
    QCOMPARE(LibraryPath::resolve({}), library);
}

void TestLibraryPath::storingEmptyMeansDefault()
{
    LibraryPath::store(u"/srv/news/library.sqlite"_s);
    QCOMPARE(LibraryPath::resolve({}), u"/srv/news/library.sqlite"_s);
    LibraryPath::store({});
    QVERIFY(LibraryPath::stored().isEmpty());
    QCOMPARE(LibraryPath::resolve({}), Database::defaultPath());
}

QTEST_GUILESS_MAIN(TestLibraryPath)
#include "tst_librarypath.moc"
