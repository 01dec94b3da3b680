// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading position in the real window (real WebEngine reader): an article left half way
// opens half way again, after another article and in a new window on the same library; one
// left at its end opens at the top; one left at the top forgets its position.

#include "mainwindowfixture.h"
#include "readingposition.h"
#include "readingprogress.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/positionstore.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

namespace {
Article longArticle(const QString &name)
{
    Article a;
    a.url = u"https://example.org/"_s + name;
    a.title = u"A long read: "_s + name;
    a.language = u"en"_s;
    for (int i = 0; i < 80; ++i) {
        a.contentHtml += u"<p>Paragraph %1. Talks stand at a crossroads after Pyongyang said "
                         "Friday that it is considering suspending negotiations.</p>"_s.arg(i);
    }
    a.plainText = a.title;
    return a;
}
} // namespace

class TestReadingPosition : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void restoredAfterAnotherArticle();
    void restoredInANewWindow();
    void readToTheEndOpensAtTheTop();
    void leftAtTheTopIsForgotten();
    void savedWhileReading();

private:
    MainWindow *window(); // the open window, or a new one
    bool open(qint64 id); // and wait until it has loaded and scrolled to its place
    bool scrollTo(double fraction); // and wait until the progress line shows it
    double pageFraction(); // as the page itself reports it
    double stored(qint64 id);

    MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestReadingPosition::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    ArticleStore articles(m_fixture.db());
    const auto first = articles.upsert(longArticle(u"first"_s));
    const auto second = articles.upsert(longArticle(u"second"_s));
    QVERIFY(first.ok() && second.ok());
    m_first = first->id;
    m_second = second->id;
}

void TestReadingPosition::cleanupTestCase()
{
    m_fixture.close();
}

MainWindow *TestReadingPosition::window()
{
    if (!m_window) {
        m_window = m_fixture.create({ 1024, 700 });
        const auto *position = m_window->findChild<ReadingPosition *>();
        if (!position || !QTest::qWaitFor([position] { return !position->isRestoring(); }, 20000))
            qWarning("The article opened at start did not load");
    }
    return m_window;
}

bool TestReadingPosition::open(qint64 id)
{
    MainWindow *w = window();
    const auto *position = w->findChild<ReadingPosition *>();
    if (!position)
        return false;
    if (w->currentArticleId() != id) {
        QSignalSpy loaded(w->readerPane(), &ReaderPane::loadFinished);
        w->openArticle(id);
        if (w->currentArticleId() != id || !loaded.wait(20000)) {
            qWarning("article %lld did not load", id);
            return false;
        }
    }
    const ReadingProgress *progress = w->readerPane()->readingProgress();
    if (!QTest::qWaitFor([&] { return !position->isRestoring() && progress->fraction() >= 0; },
                         10000)) {
        qWarning("article %lld: restoring %d, progress %f", id, position->isRestoring(),
                 progress->fraction());
        return false;
    }
    return true;
}

bool TestReadingPosition::scrollTo(double fraction)
{
    m_fixture.js(u"window.scrollTo(0, (document.documentElement.scrollHeight"
                 " - window.innerHeight) * %1)"_s.arg(fraction));
    const ReadingProgress *progress = window()->readerPane()->readingProgress();
    return QTest::qWaitFor([&] { return qAbs(progress->fraction() - fraction) < 0.01; }, 5000);
}

double TestReadingPosition::pageFraction()
{
    return m_fixture
        .js(u"window.scrollY / (document.documentElement.scrollHeight - window.innerHeight)"_s)
        .toDouble();
}

double TestReadingPosition::stored(qint64 id)
{
    const auto position = PositionStore(m_fixture.db()).position(id);
    return position.ok() ? *position : -1;
}

void TestReadingPosition::restoredAfterAnotherArticle()
{
    QVERIFY(open(m_first));
    QCOMPARE(pageFraction(), 0.0); // never opened: the top
    QVERIFY(scrollTo(0.5));
    QVERIFY(open(m_second));
    QCOMPARE(pageFraction(), 0.0);
    QVERIFY2(qAbs(stored(m_first) - 0.5) < 0.01, qPrintable(QString::number(stored(m_first))));

    QVERIFY(open(m_first));
    QVERIFY2(qAbs(pageFraction() - 0.5) < 0.02, qPrintable(QString::number(pageFraction())));
    const ReadingProgress *progress = window()->readerPane()->readingProgress();
    QTRY_VERIFY2(qAbs(progress->fraction() - 0.5) < 0.02,
                 qPrintable(QString::number(progress->fraction())));
}

void TestReadingPosition::restoredInANewWindow()
{
    QVERIFY(open(m_first));
    QVERIFY(scrollTo(0.3));
    QVERIFY(open(m_second));
    QVERIFY(scrollTo(0.7));
    m_fixture.close(); // quitting saves the open article's position too
    m_window = nullptr;
    QVERIFY2(qAbs(stored(m_second) - 0.7) < 0.01, qPrintable(QString::number(stored(m_second))));

    // The new window reopens the article it was left on, at its place.
    MainWindow *w = window();
    QCOMPARE(w->currentArticleId(), m_second);
    QTRY_VERIFY2(qAbs(pageFraction() - 0.7) < 0.02, qPrintable(QString::number(pageFraction())));
    QVERIFY(open(m_first));
    QVERIFY2(qAbs(pageFraction() - 0.3) < 0.02, qPrintable(QString::number(pageFraction())));
}

void TestReadingPosition::readToTheEndOpensAtTheTop()
{
    QVERIFY(open(m_first));
    QVERIFY(scrollTo(1.0));
    QVERIFY(open(m_second));
    QVERIFY(stored(m_first) > ReadingPosition::endThreshold);
    QVERIFY(open(m_first));
    QCOMPARE(pageFraction(), 0.0);
}

void TestReadingPosition::leftAtTheTopIsForgotten()
{
    QVERIFY(open(m_first));
    QVERIFY(scrollTo(0.4));
    QVERIFY(open(m_second));
    QVERIFY(stored(m_first) > 0.3);
    QVERIFY(open(m_first));
    QVERIFY(scrollTo(0.0));
    QVERIFY(open(m_second));
    QCOMPARE(stored(m_first), 0.0);
    QVERIFY(open(m_first));
    QCOMPARE(pageFraction(), 0.0);
}

// A crash must not lose the open article's place: it is saved a moment after scrolling stops,
// without leaving the article. Read through a second connection, as another process would.
void TestReadingPosition::savedWhileReading()
{
    QVERIFY(open(m_first));
    QVERIFY(scrollTo(0.65));
    auto other = Database::open(m_fixture.db().path());
    QVERIFY2(other, qPrintable(other.error()));
    PositionStore positions(**other);
    QTRY_VERIFY_WITH_TIMEOUT(positions.position(m_first).ok()
                                 && qAbs(*positions.position(m_first) - 0.65) < 0.01,
                             15000);
    QCOMPARE(window()->currentArticleId(), m_first); // never left
}

QTEST_MAIN(TestReadingPosition)
#include "tst_readingposition.moc"
