// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/compactor.h"
#include "store/database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCompactor : public QObject {
    Q_OBJECT

private slots:
    void givesSpaceBack();
    void refusedWhenReadOnly();
};

void TestCompactor::givesSpaceBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ArticleStore store(**db);
    QList<Article> articles;
    for (int i = 0; i < 400; ++i) {
        Article article;
        article.url = u"https://example.org/%1"_s.arg(i);
        article.title = u"Article %1"_s.arg(i);
        article.plainText = u"Words of article %1. "_s.arg(i).repeated(200);
        articles.append(article);
    }
    QVERIFY(store.insertBulk(articles).ok());
    const auto ids = store.listIds({}, ArticleOrder::Added);
    QVERIFY(store.take(ids->mid(0, 390)).ok());
    Compactor compactor(**db);
    const qint64 before = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    const Status compacted = compactor.compact();
    QVERIFY2(compacted.ok(), qPrintable(compacted.error()));
    const qint64 after = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    QVERIFY2(after < before / 2, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QCOMPARE(*store.count({}), 10);
    QCOMPARE(store.search(u"Words"_s)->size(), 10);
}

void TestCompactor::refusedWhenReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QVERIFY(Database::open(path).ok());
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Status compacted = Compactor(**db).compact();
    QVERIFY(!compacted.ok());
    QVERIFY(compacted.error().contains(u"unchanged"_s));
}

QTEST_GUILESS_MAIN(TestCompactor)
#include "tst_compactor.moc"
