// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline delete ID...: the articles go with their search entries and reads; an unknown id is a
// one-line error (exit 1) and the other ids are still deleted; a bad id is a usage error.
#include "bylinerun.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDeleteCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void deletesArticlesSearchAndReads();
    void unknownIdFailsOthersDeleted();
    void badIdIsUsageError_data();
    void badIdIsUsageError();

private:
    qint64 add(const QString &title);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestDeleteCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(u"library.sqlite"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
}

qint64 TestDeleteCommand::add(const QString &title)
{
    auto db = Database::open(m_library);
    Article a;
    a.url = u"https://delete.example/"_s + title;
    a.title = title;
    a.plainText = u"Text about "_s + title;
    const auto stored = ArticleStore(**db).upsert(a);
    return stored.ok() ? stored->id : 0;
}

void TestDeleteCommand::deletesArticlesSearchAndReads()
{
    const qint64 one = add(u"Narwhal"_s);
    const qint64 two = add(u"Axolotl"_s);
    const qint64 kept = add(u"Capybara"_s);
    {
        auto db = Database::open(m_library);
        QVERIFY(*ReadStore(**db).recordRead(one, 30));
    }
    const BylineRun run = runByline(
        m_dir->path(),
        { u"--library"_s, m_library, u"delete"_s, QString::number(one), QString::number(two) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Narwhal") && run.out.contains("Axolotl"), run.out.constData());

    auto db = Database::open(m_library);
    ArticleStore store(**db);
    QVERIFY(!store.get(one).ok());
    QVERIFY(!store.get(two).ok());
    QVERIFY(store.get(kept).ok());
    QVERIFY(store.search(u"narwhal"_s)->isEmpty());
    QVERIFY(ReadStore(**db).allReads()->isEmpty());
}

void TestDeleteCommand::unknownIdFailsOthersDeleted()
{
    const qint64 one = add(u"Pangolin"_s);
    const qint64 two = add(u"Okapi"_s);
    const qint64 unknown = two + 100;
    const BylineRun run = runByline(m_dir->path(),
                                    { u"--library"_s, m_library, u"delete"_s, QString::number(one),
                                      QString::number(unknown), QString::number(two) });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY2(run.err.contains(QByteArray::number(unknown)), run.err.constData());
    auto db = Database::open(m_library);
    QCOMPARE(*ArticleStore(**db).count({}), 0);
}

void TestDeleteCommand::badIdIsUsageError_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("none") << QStringList();
    QTest::newRow("word") << QStringList { u"seven"_s };
    QTest::newRow("zero") << QStringList { u"0"_s };
}

void TestDeleteCommand::badIdIsUsageError()
{
    QFETCH(QStringList, ids);
    const qint64 id = add(u"Quokka"_s);
    const BylineRun run
        = runByline(m_dir->path(), QStringList { u"--library"_s, m_library, u"delete"_s } + ids);
    QCOMPARE(run.exitCode, 2);
    auto db = Database::open(m_library);
    QVERIFY(ArticleStore(**db).get(id).ok());
}

QTEST_GUILESS_MAIN(TestDeleteCommand)
#include "tst_deletecommand.moc"
