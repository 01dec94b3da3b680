// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The damage check after start: LibraryCheck on its worker, and the window's banner on a
// library with a page of its articles table overwritten (and none on a sound one).

#include "damagebanner.h"
#include "librarycheck.h"
#include "mainwindow.h"
#include "schemehandler.h"
#include "share/urlopener.h"
#include "store/articlestore.h"
#include "store/database.h"

#include "../fixtures/damagedlibrary.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

namespace {
class NoUrlOpener : public UrlOpener {
public:
    void open(const QUrl &) override { }
};
} // namespace

class TestLibraryCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkFindsDamageOffTheUiThread();
    void checkOfSoundLibrary();
    void windowShowsBannerOnDamage();
    void windowWithoutDamageHasNoBanner();

private:
    QTemporaryDir m_dir;
    QString m_damaged;
    QString m_sound;
    QByteArray m_damagedHash;
};

void TestLibraryCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    m_damaged = m_dir.filePath(u"damaged.sqlite"_s);
    QCOMPARE(DamagedLibrary::create(m_damaged, 300).size(), 300);
    QVERIFY(DamagedLibrary::damageArticlesPage(m_damaged));
    m_damagedHash = DamagedLibrary::hash(m_damaged);
    m_sound = m_dir.filePath(u"sound.sqlite"_s);
    QCOMPARE(DamagedLibrary::create(m_sound, 20).size(), 20);
}

// A copy of the damaged library per test: damage is remembered per file for the process.
void TestLibraryCheck::checkFindsDamageOffTheUiThread()
{
    const QString path = m_dir.filePath(u"check.sqlite"_s);
    QVERIFY(QFile::copy(m_damaged, path));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(!(*db)->isDamaged());

    LibraryCheck check(path);
    QSignalSpy finished(&check, &LibraryCheck::finished);
    check.start();
    QVERIFY(check.isRunning());
    QVERIFY(finished.wait(30000));
    const QStringList problems = finished.constFirst().constFirst().toStringList();
    QVERIFY(!problems.isEmpty());
    QVERIFY((*db)->isDamaged()); // shared with this thread's connection
    const Status refused = ArticleStore(**db).setStarred(1, true);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"damaged"_s), qPrintable(refused.error()));
    db->reset();
    QCOMPARE(DamagedLibrary::hash(path), m_damagedHash);
}

void TestLibraryCheck::checkOfSoundLibrary()
{
    LibraryCheck check(m_sound);
    QSignalSpy finished(&check, &LibraryCheck::finished);
    check.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toStringList(), QStringList());
}

void TestLibraryCheck::windowShowsBannerOnDamage()
{
    const QString path = m_dir.filePath(u"window.sqlite"_s);
    QVERIFY(QFile::copy(m_damaged, path));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    NoUrlOpener opener;
    {
        MainWindow window(**db, &opener);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DamageBanner *banner = window.damageBanner();
        QVERIFY(banner);
        // Shown by the check after start, without anything being read from the damaged page.
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QVERIFY2(banner->text().contains(u"damaged"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"will not write"_s), qPrintable(banner->text()));
        QVERIFY(banner->findChild<QPushButton *>(u"damageExport"_s));
        QVERIFY(banner->findChild<QPushButton *>(u"damageRecover"_s));
        QVERIFY(window.findChild<QAction *>(u"recoverLibrary"_s));
        QVERIFY(window.findChild<QAction *>(u"exportLibrary"_s));
        window.close();
    }
    db->reset();
    QCOMPARE(DamagedLibrary::hash(path), m_damagedHash); // the window wrote nothing
}

void TestLibraryCheck::windowWithoutDamageHasNoBanner()
{
    auto db = Database::open(m_sound);
    QVERIFY2(db, qPrintable(db.error()));
    NoUrlOpener opener;
    MainWindow window(**db, &opener);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *check = window.findChild<LibraryCheck *>();
    QVERIFY(check);
    QSignalSpy finished(check, &LibraryCheck::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toStringList(), QStringList());
    QVERIFY(!window.damageBanner()->isVisible());
    window.close();
}

QTEST_MAIN(TestLibraryCheck)
#include "tst_librarycheck.moc"
