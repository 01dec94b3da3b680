// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `byline import` under stress, as the real executable: killed with SIGKILL at random moments
// (nothing it said it stored is lost, the file stays sound) and run eight at a time beside
// searches (nobody fails with "database is locked").
#include "../fixtures/rawconnection.h"
#include "bylinerun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportStress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLoseNothing();
    void concurrentImportsAndSearches();

private:
    QStringList writeArticles(const QString &folder, const QString &prefix, int count) const;
    QProcess *start(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void TestImportStress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BYLINE_BINARY)));
}

QStringList TestImportStress::writeArticles(const QString &folder, const QString &prefix,
                                            int count) const
{
    QDir().mkpath(folder);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = folder + u"/%1-%2.txt"_s.arg(prefix).arg(i, 4, 10, QChar(u'0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "Stress article " + prefix.toUtf8() + ' ' + QByteArray::number(i)
            + "\n\n";
        for (int p = 0; p < 12; ++p)
            text += "Paragraph " + QByteArray::number(p) + " of article " + QByteArray::number(i)
                + ", long enough to read like an article about the harbour, the weather and "
                  "the city council's plans for the coming winter.\n\n";
        file.write(text);
        files.append(path);
    }
    return files;
}

QProcess *TestImportStress::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(bylineEnvironment(m_dir.path()));
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(QStringLiteral(BYLINE_BINARY), arguments);
    return process;
}

// A child imports a few hundred articles and is killed at random moments, 24 times. After each
// kill the library passes integrity_check, its full-text index matches the articles, and every
// article the child printed (it prints each one after its transaction commits) is there.
void TestImportStress::killedImportsLoseNothing()
{
    const QString library = m_dir.filePath(u"killed.sqlite"_s);
    const QStringList files = writeArticles(m_dir.filePath(u"killed"_s), u"k"_s, 300);
    QCOMPARE(files.size(), 300);
    // BYLINE_STRESS_SEED repeats a run's kill times.
    bool seeded = false;
    const quint32 given = qEnvironmentVariable("BYLINE_STRESS_SEED").toUInt(&seeded);
    const quint32 seed = seeded ? given : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    static const QRegularExpression storedLine(u"^(?:added|updated) (\\d+): (.*)$"_s);

    int killedMidway = 0;
    int printedInKilledRuns = 0;
    for (int round = 0; round < 80 && killedMidway < 24; ++round) {
        // Each round starts at another place in the list, so new articles keep coming.
        QStringList arguments { u"--library"_s, library, u"import"_s };
        const int offset = int(random.bounded(files.size()));
        arguments += files.mid(offset) + files.mid(0, offset);
        QProcess *child = start(arguments);
        QVERIFY(child->waitForStarted());
        QTest::qWait(int(random.bounded(20, 900)));
        const bool killed = child->state() == QProcess::Running;
        if (killed) {
            ++killedMidway;
            child->kill(); // SIGKILL
        } else {
            QVERIFY2(child->exitCode() == 0, child->readAllStandardError().constData());
        }
        if (child->state() != QProcess::NotRunning)
            QVERIFY(child->waitForFinished(60000));
        const QString out = QString::fromUtf8(child->readAllStandardOutput());
        delete child;

        QHash<qint64, QString> printed;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch match = storedLine.match(line);
            if (match.hasMatch())
                printed.insert(match.captured(1).toLongLong(), match.captured(2));
        }
        if (killed)
            printedInKilledRuns += int(printed.size());

        const RawConnection db(library);
        QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        if (db.scalar(u"SELECT count(*) FROM sqlite_master"_s).toInt() == 0) {
            // Killed while creating the library: nothing half-made, nothing claimed.
            QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 0);
            QVERIFY(printed.isEmpty());
            continue;
        }
        QSqlQuery fts = db.query();
        QVERIFY2(fts.exec(u"INSERT INTO articles_fts (articles_fts, rank) "
                          "VALUES ('integrity-check', 1)"_s),
                 qPrintable(u"round %1: the full-text index does not match (%2)"_s.arg(round).arg(
                     fts.lastError().text())));
        for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
            QSqlQuery query = db.query();
            query.prepare(u"SELECT title FROM articles WHERE id = :id"_s);
            query.bindValue(u":id"_s, it.key());
            QVERIFY(query.exec());
            QVERIFY2(query.next(),
                     qPrintable(u"round %1: article %2 was printed but is not stored"_s.arg(round)
                                    .arg(it.key())));
            QVERIFY2(it.value().contains(query.value(0).toString()),
                     qPrintable(it.value() + u" vs "_s + query.value(0).toString()));
        }
        // Nothing stored twice by a re-run.
        QCOMPARE(db.scalar(u"SELECT count(*) FROM articles WHERE title LIKE 'Stress article %'"_s)
                     .toInt(),
                 db.scalar(u"SELECT count(DISTINCT title) FROM articles "
                           "WHERE title LIKE 'Stress article %'"_s)
                     .toInt());
    }
    QVERIFY2(killedMidway >= 24, qPrintable(u"only %1 kills mid-import"_s.arg(killedMidway)));
    QVERIFY(printedInKilledRuns > 0); // the kills came while articles were going in
}

// Eight imports at once on one library, with searches beside them: no failure at all.
void TestImportStress::concurrentImportsAndSearches()
{
    const QString library = m_dir.filePath(u"concurrent.sqlite"_s);
    QProcess *first = start({ u"--library"_s, library, u"list"_s });
    QVERIFY(first->waitForFinished(60000));
    QCOMPARE(first->exitCode(), 0);
    delete first;

    constexpr int importers = 8;
    constexpr int perImporter = 40;
    QList<QProcess *> running;
    for (int i = 0; i < importers; ++i) {
        const QStringList files = writeArticles(m_dir.filePath(u"concurrent"_s),
                                                u"c%1"_s.arg(i), perImporter);
        running.append(start(QStringList { u"--library"_s, library, u"import"_s } + files));
    }
    for (int i = 0; i < 4; ++i) {
        running.append(start({ u"--library"_s, library, u"search"_s, u"harbour"_s }));
        running.append(start({ u"--library"_s, library, u"list"_s, u"--limit"_s, u"50"_s }));
    }
    int failures = 0;
    QString errors;
    for (QProcess *process : std::as_const(running)) {
        QVERIFY(process->waitForFinished(300000));
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            ++failures;
            errors += QString::fromUtf8(process->readAllStandardError());
        }
        delete process;
    }
    QVERIFY2(failures == 0, qPrintable(errors));
    const RawConnection db(library);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM articles WHERE title LIKE 'Stress article c%'"_s)
                 .toInt(),
             importers * perImporter);
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestImportStress)
#include "tst_importstress.moc"
