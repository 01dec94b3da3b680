// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `byline refresh`, run as a user would, against feeds served on 127.0.0.1.
#include "bylinerun.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "testhttpserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray rss(const QByteArray &title, int items)
{
    QByteArray body
        = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>";
    for (int i = 1; i <= items; ++i)
        body += "<item><title>Item " + QByteArray::number(i) + "</title><guid>" + title
            + QByteArray::number(i) + "</guid><description>Text.</description></item>";
    return TestHttpServer::response("200 OK", "Content-Type: application/rss+xml\r\n",
                                    body + "</channel></rss>");
}

} // namespace

class TestRefreshCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    TestHttpServer m_server;
    int m_items = 2; // what /grows.xml serves
    qint64 m_grows = 0;
    qint64 m_broken = 0;

    QString library() const { return m_home.filePath(u"library.sqlite"_s); }
    BylineRun refresh(const QStringList &arguments)
    {
        return runBylineAsync(m_home.path(),
                              QStringList { u"--library"_s, library(), u"refresh"_s } + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.isListening());
        m_server.route("/grows.xml", [this](QTcpSocket *socket, const QByteArray &) {
            socket->write(rss("Growing", m_items));
            socket->disconnectFromHost();
        });
        m_server.answer("/broken.xml",
                        TestHttpServer::response("500 Internal Server Error", {}, {}));
        auto db = Database::open(library());
        QVERIFY(db);
        FeedStore store(**db);
        // A new library: only these two feeds (the sample's come with the first command-line
        // start, which finds an existing library here).
        m_grows = store.subscribe(m_server.url(u"/grows.xml"_s).toString()).value();
        m_broken = store.subscribe(m_server.url(u"/broken.xml"_s).toString(), u"Broken"_s).value();
    }

    void refreshAll()
    {
        const BylineRun run = refresh({});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith("1 of 2 feeds refreshed; new articles: 2, updated: 0, "
                                    "failed: 1."),
                 run.out.constData());
        QVERIFY2(run.err.contains("Updating 1 of 2 feeds\n"), run.err.constData());
        QVERIFY(run.err.contains("Updating 2 of 2 feeds\n"));
        QVERIFY(
            run.err.contains("byline: Broken: The server answered 500 Internal Server Error\n"));
    }

    void refreshOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("id") << QString::number(m_grows);
        QTest::newRow("url") << m_server.url(u"/grows.xml"_s).toString();
        QTest::newRow("title") << u"growing"_s;
    }

    void refreshOne()
    {
        QFETCH(QString, name);
        m_server.clearLog();
        ++m_items;
        const BylineRun run = refresh({ name });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("1 of 1 feeds refreshed; new articles: 1, updated: 0.\n"));
        QCOMPARE(m_server.requestCount("/broken.xml"), 0);
        QCOMPARE(m_server.requestCount("/grows.xml"), 1);
    }

    void unknownFeed()
    {
        const BylineRun run = refresh({ u"No Such Feed"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("byline: "));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefreshCommand)
#include "tst_refreshcommand.moc"
