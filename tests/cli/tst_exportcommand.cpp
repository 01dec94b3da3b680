// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline export on a library with a page of its articles table overwritten: the file is written
// with every readable article, the skipped ones are listed, the exit status is 1.
#include "bylinerun.h"
#include "library/libraryimporter.h"

#include "../fixtures/damagedlibrary.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void damagedLibraryExportsReadableArticles_data();
    void damagedLibraryExportsReadableArticles();
};

void TestExportCommand::damagedLibraryExportsReadableArticles_data()
{
    QTest::addColumn<bool>("toStdout");
    QTest::newRow("file") << false;
    QTest::newRow("stdout") << true;
}

void TestExportCommand::damagedLibraryExportsReadableArticles()
{
    QFETCH(bool, toStdout);
    QTemporaryDir dir;
    const QString library = dir.filePath(u"damaged.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(library, 300);
    QCOMPARE(ids.size(), 300);
    const std::optional<DamagedLibrary::Damage> damage
        = DamagedLibrary::damageArticlesPage(library);
    QVERIFY(damage);
    const QByteArray before = DamagedLibrary::hash(library);

    const QString path = dir.filePath(u"out.jsonl"_s);
    const BylineRun run
        = runByline(dir.path(), { u"--library"_s, library, u"export"_s, toStdout ? u"-"_s : path });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(DamagedLibrary::hash(library), before);

    QByteArray exportedText = run.out;
    if (!toStdout) {
        QVERIFY2(run.out.startsWith("Exported "), run.out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        exportedText = file.readAll();
    }
    QBuffer buffer(&exportedText);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Result<QList<ExportedArticle>> read = LibraryImporter::parse(buffer, u"export"_s);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QSet<qint64> exported;
    for (const ExportedArticle &line : *read)
        exported.insert(line.article.id);
    QSet<qint64> expected(ids.cbegin(), ids.cend());
    expected.subtract(damage->lostIds);
    QCOMPARE(exported, expected);

    // One line per skipped run of ids, then the summary.
    QByteArrayList lines = run.err.split('\n');
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.takeLast(), QByteArray());
    const QByteArray summary = lines.takeLast();
    QVERIFY2(summary.contains("skipped"), summary.constData());
    QSet<qint64> reported;
    for (const QByteArray &line : std::as_const(lines)) {
        const QString text = QString::fromUtf8(line);
        const QRegularExpression pattern(u"^byline: Articles? (\\d+)(?: to (\\d+))? could not be "
                                         "read and (?:was|were) skipped: "_s);
        const QRegularExpressionMatch match = pattern.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const qint64 first = match.captured(1).toLongLong();
        const qint64 last = match.captured(2).isEmpty() ? first : match.captured(2).toLongLong();
        for (qint64 id = first; id <= last; ++id)
            reported.insert(id);
    }
    QCOMPARE(reported, damage->lostIds);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
