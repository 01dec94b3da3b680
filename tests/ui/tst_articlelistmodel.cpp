// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleListModel over a real 20,000-article library: pages come on demand, the cache stays
// bounded while a view scrolls end to end, filters and search, a refresh keeps the selection.

#include "articlelistdelegate.h"
#include "articlelistmodel.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/sourcestore.h"

#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArticleListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rowCountIsTheFilter();
    void pagesOnDemand();
    void cacheBoundedWhileScrolling();
    void filters_data();
    void filters();
    void searchResults();
    void setReadUpdatesRow();
    void refreshKeepsSelection();

private:
    static constexpr int total = 20000;
    static const QStringList sectionNames;
    static QString titleOf(int i) { return u"Article number %1"_s.arg(i); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sources[2] = {};
};

const QStringList TestArticleListModel::sectionNames
    = { u"News"_s, u"Editorial"_s, u"Sports"_s, u"Culture"_s };

void TestArticleListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(*db);

    SourceStore sources(*m_db);
    for (int s = 0; s < 2; ++s) {
        Source source;
        source.title = u"Source %1"_s.arg(s);
        source.url = u"https://source%1.example/"_s.arg(s);
        const auto id = sources.ensure(source);
        QVERIFY2(id, qPrintable(id.error()));
        m_sources[s] = *id;
    }
    // Article i is published i minutes before the base: row i in newest-first order.
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    QList<Article> articles;
    articles.reserve(total);
    for (int i = 0; i < total; ++i) {
        Article a;
        a.url = u"https://example.org/story/%1"_s.arg(i);
        a.canonicalUrl = a.url;
        a.title = titleOf(i);
        a.section = sectionNames.at(i % sectionNames.size());
        a.sourceId = m_sources[i % 2];
        a.published = base.addSecs(-60LL * i);
        a.language = u"en"_s;
        a.plainText = u"Body of story %1 about harbours and lighthouses."_s.arg(i);
        a.contentHtml = u"<p>"_s + a.plainText + u"</p>"_s;
        a.read = i % 3 == 0;
        a.starred = i % 50 == 0;
        articles.append(a);
    }
    const auto stored = ArticleStore(*m_db).insertBulk(articles);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(*stored, total);
}

void TestArticleListModel::rowCountIsTheFilter()
{
    ArticleListModel model(*m_db);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.idAt(0), model.index(0).data(ArticleListModel::IdRole).toLongLong());
    QCOMPARE(model.rowOf(model.idAt(12345)), 12345);
    QCOMPARE(model.rowOf(987654321), -1);
}

void TestArticleListModel::pagesOnDemand()
{
    ArticleListModel model(*m_db);
    QVERIFY(model.refresh());
    QCOMPARE(model.cachedRowCount(), 0);

    // No SQL in data(): a row not fetched yet is empty and asks for its page.
    const QModelIndex row150 = model.index(150);
    QVERIFY(!row150.data(Qt::DisplayRole).isValid());
    QCOMPARE(row150.data(ArticleListModel::LoadedRole).toBool(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(row150.data(ArticleListModel::LoadedRole).toBool());
    QCOMPARE(row150.data().toString(), titleOf(150));
    QCOMPARE(model.pagesFetched(), 1);
    QCOMPARE(model.cachedRowCount(), ArticleListModel::pageSize);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 100);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 199);

    // The rest of that page is there; the next page is not.
    QCOMPARE(model.index(199).data().toString(), titleOf(199));
    QCOMPARE(model.index(100).data(ArticleListModel::SectionRole).toString(),
             sectionNames.at(100 % sectionNames.size()));
    QVERIFY(!model.index(200).data().isValid());
    model.fetchPending();
    QCOMPARE(model.index(200).data().toString(), titleOf(200));
    QCOMPARE(model.pagesFetched(), 2);
    QCOMPARE(model.index(200).data(ArticleListModel::SourceRole).toString(), u"Source 0"_s);
}

void TestArticleListModel::cacheBoundedWhileScrolling()
{
    ArticleListModel model(*m_db);
    QVERIFY(model.refresh());
    QListView view;
    view.setUniformItemSizes(true);
    view.setItemDelegate(new ArticleListDelegate(&view));
    view.setModel(&model);
    view.resize(380, 640);
    view.show();
    QScrollBar *bar = view.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);

    int largestCache = 0;
    int steps = 0;
    for (int value = 0;; value = std::min(value + bar->pageStep(), bar->maximum())) {
        bar->setValue(value);
        view.viewport()->grab(); // paints the visible rows: data() asks for their pages
        model.fetchPending();
        largestCache = std::max(largestCache, model.cachedRowCount());
        const QModelIndex top = view.indexAt(QPoint(5, 5));
        QVERIFY(top.isValid());
        QVERIFY2(top.data(ArticleListModel::LoadedRole).toBool(),
                 qPrintable(QString::number(value)));
        ++steps;
        if (value == bar->maximum())
            break;
    }
    QVERIFY(steps > 100);
    const QModelIndex last = model.index(total - 1);
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(last)));
    QCOMPARE(last.data().toString(), titleOf(total - 1));
    QVERIFY2(largestCache <= ArticleListModel::maxCachedRows,
             qPrintable(QString::number(largestCache)));
    // Every page was fetched once on the way down, and no row was kept for long.
    QVERIFY(model.pagesFetched() >= total / ArticleListModel::pageSize);
    QVERIFY(model.cachedRowCount() <= ArticleListModel::maxCachedRows);
}

void TestArticleListModel::filters_data()
{
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("starred");
    QTest::addColumn<int>("source"); // -1: any
    QTest::addColumn<QString>("section");

    QTest::newRow("all") << false << false << -1 << QString();
    QTest::newRow("unread") << true << false << -1 << QString();
    QTest::newRow("starred") << false << true << -1 << QString();
    QTest::newRow("source-1") << false << false << 1 << QString();
    QTest::newRow("section-editorial") << false << false << -1 << u"Editorial"_s;
    QTest::newRow("unread-sports-source-0") << true << false << 0 << u"Sports"_s;
}

void TestArticleListModel::filters()
{
    QFETCH(bool, unread);
    QFETCH(bool, starred);
    QFETCH(int, source);
    QFETCH(QString, section);

    int expected = 0;
    for (int i = 0; i < total; ++i) {
        if ((unread && i % 3 == 0) || (starred && i % 50 != 0) || (source >= 0 && i % 2 != source)
            || (!section.isEmpty() && sectionNames.at(i % sectionNames.size()) != section))
            continue;
        ++expected;
    }
    ArticleListModel model(*m_db);
    ArticleFilter filter;
    filter.unreadOnly = unread;
    filter.starredOnly = starred;
    filter.sourceId = source >= 0 ? m_sources[source] : 0;
    filter.section = section;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(expected > 0);

    // The rows of the first page all pass the filter.
    model.index(0).data();
    model.fetchPending();
    for (int row = 0; row < std::min(expected, int(ArticleListModel::pageSize)); ++row) {
        const QModelIndex index = model.index(row);
        QVERIFY(index.data(ArticleListModel::LoadedRole).toBool());
        if (unread)
            QVERIFY(!index.data(ArticleListModel::ReadRole).toBool());
        if (starred)
            QVERIFY(index.data(ArticleListModel::StarredRole).toBool());
        if (!section.isEmpty())
            QCOMPARE(index.data(ArticleListModel::SectionRole).toString(), section);
        if (source >= 0)
            QCOMPARE(index.data(ArticleListModel::SourceRole).toString(),
                     u"Source %1"_s.arg(source));
    }
}

void TestArticleListModel::searchResults()
{
    ArticleListModel model(*m_db);
    QVERIFY(model.refresh());
    const auto hits = ArticleStore(*m_db).search(u"number 4242"_s, 50);
    QVERIFY2(hits, qPrintable(hits.error()));
    QVERIFY(!hits->isEmpty());

    model.setSearchResults(*hits);
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), hits->size());
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), titleOf(4242));
    QVERIFY(first.data(ArticleListModel::LoadedRole).toBool());
    QVERIFY2(
        first.data(ArticleListModel::TitleHtmlRole).toString().contains(u"<mark>4242</mark>"_s),
        qPrintable(first.data(ArticleListModel::TitleHtmlRole).toString()));
    QVERIFY(first.data(ArticleListModel::SnippetHtmlRole).isValid());

    // A filter applies to the hits too; clearing goes back to the whole list.
    ArticleFilter starredOnly;
    starredOnly.starredOnly = true;
    QVERIFY(model.setFilter(starredOnly));
    QVERIFY(model.isSearching());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data(ArticleListModel::StarredRole).toBool());
    QVERIFY(model.rowCount() < hits->size());
    QVERIFY(model.setFilter({}));
    model.clearSearch();
    QVERIFY(!model.isSearching());
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.index(0).data(ArticleListModel::TitleHtmlRole).isValid());
}

void TestArticleListModel::setReadUpdatesRow()
{
    ArticleListModel model(*m_db);
    QVERIFY(model.refresh());
    model.index(1).data();
    model.fetchPending();
    const qint64 id = model.idAt(1);
    QCOMPARE(model.index(1).data(ArticleListModel::ReadRole).toBool(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setRead(id, true));
    QCOMPARE(model.index(1).data(ArticleListModel::ReadRole).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(ArticleStore(*m_db).get(id)->read);
    QVERIFY(model.setStarred(id, true));
    QVERIFY(ArticleStore(*m_db).get(id)->starred);
    QVERIFY(model.setRead(id, false));
    QVERIFY(model.setStarred(id, false));
    QVERIFY(!ArticleStore(*m_db).get(id)->read);
}

void TestArticleListModel::refreshKeepsSelection()
{
    ArticleListModel model(*m_db);
    ArticleFilter unread;
    unread.unreadOnly = true;
    QVERIFY(model.setFilter(unread));
    QListView view;
    view.setUniformItemSizes(true);
    view.setModel(&model);
    view.selectionModel()->setCurrentIndex(model.index(500), QItemSelectionModel::ClearAndSelect);
    const qint64 selected = model.idAt(500);

    // Five newer unread articles arrive: the selected article moves down five rows, still selected.
    ArticleStore store(*m_db);
    for (int i = 0; i < 5; ++i) {
        Article a;
        a.url = u"https://example.org/new/%1"_s.arg(i);
        a.title = u"Fresh story %1"_s.arg(i);
        a.published = QDateTime::currentDateTimeUtc().addSecs(-i);
        a.plainText = a.title;
        QVERIFY(store.upsert(a));
    }
    const int before = model.rowCount();
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), before + 5);
    QCOMPARE(view.currentIndex().row(), 505);
    QCOMPARE(view.currentIndex().data(ArticleListModel::IdRole).toLongLong(), selected);
    QVERIFY(view.selectionModel()->isSelected(model.index(505)));

    // Once read, it leaves the unread list on refresh, and the selection with it.
    QVERIFY(store.setRead(selected, true));
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), before + 4);
    QVERIFY(!view.selectionModel()->hasSelection());
    QCOMPARE(model.rowOf(selected), -1);
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
