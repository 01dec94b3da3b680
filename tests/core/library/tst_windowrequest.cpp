// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/windowrequest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestWindowRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void refuses_data();
    void refuses();
    void serverNameFollowsTheFile();
    void importable_data();
    void importable();
    void absolute();

private:
    QTemporaryDir m_dir;
};

void TestWindowRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile page(m_dir.filePath(u"page.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.close();
    QVERIFY(QDir(m_dir.path()).mkpath(u"folder"_s));
}

void TestWindowRequest::roundTrip_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::newRow("activate-only") << QStringList {};
    QTest::newRow("files-and-urls")
        << QStringList { u"/home/a/page.html"_s, u"https://example.org/a?b=c#d"_s,
                         u"http://example.org/"_s };
    QTest::newRow("unicode-and-newline-in-name")
        << QStringList { u"/home/a/골목 서점.html"_s, u"/home/a/two\nlines.txt"_s };
}

void TestWindowRequest::roundTrip()
{
    QFETCH(QStringList, items);
    const QByteArray line = WindowRequest::encode(items);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // one line on the socket, whatever the names hold
    const Result<QStringList> decoded = WindowRequest::decode(line);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(*decoded, items);
}

void TestWindowRequest::refuses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not-json") << QByteArray("hello\n");
    QTest::newRow("not-an-object") << QByteArray("[1,2]\n");
    QTest::newRow("no-activate") << QByteArray("{\"items\":[]}\n");
    QTest::newRow("relative-path") << QByteArray("{\"activate\":true,\"items\":[\"page.html\"]}\n");
    QTest::newRow("other-scheme") << QByteArray(
        "{\"activate\":true,\"items\":[\"javascript:alert(1)\"]}\n");
    QTest::newRow("not-a-string") << QByteArray("{\"activate\":true,\"items\":[12]}\n");
    QTest::newRow("too-long") << QByteArray("{\"activate\":true,\"items\":[\"/")
            + QByteArray(WindowRequest::maximumSize, 'a') + QByteArray("\"]}\n");
}

void TestWindowRequest::refuses()
{
    QFETCH(QByteArray, line);
    const Result<QStringList> decoded = WindowRequest::decode(line);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error().isEmpty());
}

void TestWindowRequest::serverNameFollowsTheFile()
{
    const QString library = m_dir.filePath(u"folder/library.sqlite"_s);
    const QString name = WindowRequest::serverName(library);
    QVERIFY(name.startsWith(u"byline-%1-"_s.arg(::getuid())));
    QVERIFY(name.size() < 64); // a socket path has ~100 bytes of room
    // Other spellings of the same (not yet created) file.
    QCOMPARE(WindowRequest::serverName(m_dir.filePath(u"folder/../folder/./library.sqlite"_s)),
             name);
    QVERIFY(QFile::link(m_dir.filePath(u"folder"_s), m_dir.filePath(u"link"_s)));
    QCOMPARE(WindowRequest::serverName(m_dir.filePath(u"link/library.sqlite"_s)), name);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const QString relative = WindowRequest::serverName(u"folder/library.sqlite"_s);
    QDir::setCurrent(before);
    QCOMPARE(relative, name);
    // Once it exists, still the same; another library, another name.
    QFile file(library);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(WindowRequest::serverName(library), name);
    QVERIFY(WindowRequest::serverName(m_dir.filePath(u"folder/other.sqlite"_s)) != name);
}

void TestWindowRequest::importable_data()
{
    QTest::addColumn<QString>("argument"); // {dir} is replaced
    QTest::addColumn<bool>("importable");
    QTest::newRow("file") << u"{dir}/page.html"_s << true;
    QTest::newRow("missing-file") << u"{dir}/missing.html"_s << false;
    QTest::newRow("folder") << u"{dir}/folder"_s << false;
    QTest::newRow("https") << u"https://example.org/a"_s << true;
    QTest::newRow("http-upper") << u"HTTP://example.org/a"_s << true;
    QTest::newRow("no-host") << u"https://"_s << false;
    QTest::newRow("ftp") << u"ftp://example.org/a"_s << false;
    QTest::newRow("word") << u"list"_s << false;
}

void TestWindowRequest::importable()
{
    QFETCH(QString, argument);
    QFETCH(bool, importable);
    QCOMPARE(WindowRequest::isImportable(argument.replace(u"{dir}"_s, m_dir.path())), importable);
}

void TestWindowRequest::absolute()
{
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const QString file = WindowRequest::absolute(u"page.html"_s);
    QDir::setCurrent(before);
    QCOMPARE(file, QDir(m_dir.path()).absoluteFilePath(u"page.html"_s));
    QCOMPARE(WindowRequest::absolute(u"https://example.org/a"_s), u"https://example.org/a"_s);
}

QTEST_APPLESS_MAIN(TestWindowRequest)
#include "tst_windowrequest.moc"
