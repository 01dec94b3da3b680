// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importjob.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestImportJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    QString library() const { return m_dir.filePath(u"library.sqlite"_s); }

    int count() const
    {
        Result<std::unique_ptr<Database>> db = Database::open(library());
        if (!db)
            return -1;
        const Result<int> n = ArticleStore(**db).count({});
        return n ? *n : -1;
    }

    QList<ImportInput> inputs()
    {
        return { ImportInput::file(
                     write(u"one.txt"_s,
                           "Tide tables\n\nThe March tables were printed in the wrong "
                           "order and have been corrected.\n")),
                 ImportInput::file(write(u"empty.html"_s, {})),
                 ImportInput::text(u"Ferry news\n\nThe first ferry now leaves at six every "
                                   "morning from the north quay.\n"_s) };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(count(), 0);
    }

    void runsOnAWorkerThread()
    {
        QThread thread;
        auto *job = new ImportJob(library(), inputs());
        job->moveToThread(&thread);
        QSignalSpy progress(job, &ImportJob::progressChanged);
        QSignalSpy finished(job, &ImportJob::finished);
        QThread *ranOn = nullptr;
        connect(
            job, &ImportJob::finished, job, [&ranOn] { ranOn = QThread::currentThread(); },
            Qt::DirectConnection);
        thread.start();
        QMetaObject::invokeMethod(job, &ImportJob::run, Qt::QueuedConnection);
        QVERIFY(finished.wait(20000));
        thread.quit();
        thread.wait();
        QCOMPARE(ranOn, &thread);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.at(2).at(0).toInt(), 3);
        QCOMPARE(progress.at(2).at(1).toInt(), 3);
        const QList<ImportReport> reports = job->reports();
        QCOMPARE(reports.size(), 3);
        QVERIFY2(reports.at(0).ok(), qPrintable(reports.at(0).message));
        QCOMPARE(reports.at(1).describe(), u"empty.html: The file is empty"_s);
        QVERIFY2(reports.at(2).ok(), qPrintable(reports.at(2).message));
        QCOMPARE(count(), 2);
        delete job;
    }

    void cancelStopsBetweenItems()
    {
        const int before = count();
        ImportJob job(library(), inputs());
        connect(&job, &ImportJob::progressChanged, &job, [&job](int done) {
            if (done == 1)
                job.cancel();
        });
        job.run();
        QCOMPARE(job.reports().size(), 3);
        QCOMPARE(job.reports().at(1).status, ImportReport::Status::Cancelled);
        QCOMPARE(job.reports().at(2).status, ImportReport::Status::Cancelled);
        QCOMPARE(count(), before); // the first text was already stored: imported again, updated
    }

    void badLibraryFailsEveryItem()
    {
        ImportJob job(
            write(u"garbage.sqlite"_s, QByteArray("this is not a database\n").repeated(200)),
            inputs());
        job.run();
        QCOMPARE(job.reports().size(), 3);
        for (const ImportReport &report : job.reports()) {
            QVERIFY(!report.ok());
            QVERIFY(!report.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
