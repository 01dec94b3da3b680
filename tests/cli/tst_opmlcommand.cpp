// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline opml import FILE / export [FILE]: folders and feeds go in and out; a malformed file is
// refused whole with its line.
#include "bylinerun.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOpmlCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importThenExport();
    void malformedImportsNothing();
    void usage_data();
    void usage();

private:
    QString write(const QString &name, const QByteArray &data);
    int feedCount();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

namespace {

const QByteArray opml = R"(<?xml version="1.0"?>
<opml version="1.0"><head><title>t</title></head><body>
  <outline text="News">
    <outline text="City Desk" xmlUrl="https://city.example/rss"/>
  </outline>
  <outline text="Known" xmlUrl="https://known.example/rss"/>
</body></opml>)";

} // namespace

void TestOpmlCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(u"library.sqlite"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(FeedStore(**db).subscribe(u"https://known.example/rss"_s, u"Known"_s).ok());
}

QString TestOpmlCommand::write(const QString &name, const QByteArray &data)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return file.fileName();
}

int TestOpmlCommand::feedCount()
{
    auto db = Database::open(m_library);
    return db.ok() ? int(FeedStore(**db).list()->size()) : -1;
}

void TestOpmlCommand::importThenExport()
{
    const QString file = write(u"in.opml"_s, opml);
    const BylineRun imported
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"opml"_s, u"import"_s, file });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("Subscribed to 1 feed"), imported.out.constData());
    QVERIFY2(imported.out.contains("skipped 1 already followed"), imported.out.constData());
    QCOMPARE(feedCount(), 2);

    const BylineRun exported
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"opml"_s, u"export"_s });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.startsWith("<?xml"));
    QVERIFY(exported.out.contains("<outline text=\"News\" title=\"News\">"));
    QVERIFY(exported.out.contains("xmlUrl=\"https://city.example/rss\""));

    const QString out = m_dir->filePath(u"out.opml"_s);
    const BylineRun toFile
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"opml"_s, u"export"_s, out });
    QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
    QVERIFY(toFile.out.contains("Exported 2 feeds"));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), exported.out);
}

void TestOpmlCommand::malformedImportsNothing()
{
    QByteArray broken = opml;
    broken.replace("</body>", "");
    const QString file = write(u"broken.opml"_s, broken);
    const BylineRun run
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"opml"_s, u"import"_s, file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 7"), run.err.constData());
    QCOMPARE(feedCount(), 1);
}

void TestOpmlCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList();
    QTest::newRow("unknown action") << QStringList { u"merge"_s };
    QTest::newRow("import without file") << QStringList { u"import"_s };
    QTest::newRow("export two files") << QStringList { u"export"_s, u"a"_s, u"b"_s };
}

void TestOpmlCommand::usage()
{
    QFETCH(QStringList, arguments);
    const BylineRun run = runByline(
        m_dir->path(), QStringList { u"--library"_s, m_library, u"opml"_s } + arguments);
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestOpmlCommand)
#include "tst_opmlcommand.moc"
