// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../fixtures/hostileexport.h"
#include "importing/importjob.h"
#include "library/articlejson.h"
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

    // The window's job routes a Byline export to the library importer, as the command line
    // does: its articles are stored, not one article titled "export".
    void exportThroughTheJob()
    {
        const int before = count();
        QByteArray lines;
        for (int n = 1; n <= 3; ++n) {
            ExportedArticle e;
            e.article.title = u"Exported story %1"_s.arg(n);
            e.article.url = u"https://chronicle.example/job/%1"_s.arg(n);
            e.article.contentHtml = u"<p>Exported body %1.</p>"_s.arg(n);
            e.article.plainText = u"Exported body %1."_s.arg(n);
            lines += ArticleJson::toLine(e) + '\n';
        }
        ImportJob job(library(), { ImportInput::file(write(u"export.jsonl"_s, lines)) });
        job.run();
        QCOMPARE(job.reports().size(), 1);
        const ImportReport report = job.reports().first();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.libraryExport);
        QCOMPARE(report.stored.size(), 3);
        QCOMPARE(count(), before + 3);
        Result<std::unique_ptr<Database>> db = Database::open(library());
        QVERIFY(db.ok());
        for (int n = 0; n < 3; ++n) {
            const Result<Article> article = ArticleStore(**db).get(report.stored.at(n).id);
            QVERIFY(article.ok());
            QCOMPARE(article->title, u"Exported story %1"_s.arg(n + 1));
            QCOMPARE(article->contentHtml, u"<p>Exported body %1.</p>"_s.arg(n + 1));
        }
        const Result<QList<qint64>> ids = ArticleStore(**db).listIds({}, ArticleOrder::Added);
        QVERIFY(ids.ok());
        const Result<QList<ArticleSummary>> summaries = ArticleStore(**db).summaries(*ids);
        QVERIFY(summaries.ok());
        for (const ArticleSummary &summary : *summaries)
            QVERIFY(summary.title != u"export"_s);
    }

    void hostileExportThroughTheJob()
    {
        ImportJob job(library(),
                      { ImportInput::file(write(u"hostile.jsonl"_s, HostileExport::file())) });
        job.run();
        const ImportReport report = job.reports().value(0);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.stored.size(), 2);
        Result<std::unique_ptr<Database>> db = Database::open(library());
        QVERIFY(db.ok());
        for (const StoredArticle &stored : report.stored) {
            const Result<Article> article = ArticleStore(**db).get(stored.id);
            QVERIFY(article.ok());
            QVERIFY(HostileExport::titles().contains(article->title));
            for (const QString &field : { article->contentHtml, article->url, article->canonicalUrl,
                                          article->leadImageUrl }) {
                const QString bad = HostileExport::firstForbidden(field);
                QVERIFY2(bad.isEmpty(), qPrintable(bad + u" in "_s + field));
            }
            QVERIFY(article->contentHtml.contains(HostileExport::kept()));
        }
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
