// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One window per library: a second start hands its files and URLs to the first and ends. In
// process (a server and a client thread) and with the real byline executable, twice.

#include "library/windowrequest.h"
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What a window that crashed leaves behind: a socket file nobody listens on.
bool leaveStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address {};
    if (size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()) + 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFileInfo::exists(path);
}

// start() of a second SingleInstance on another thread (it blocks until the answer).
struct Client {
    std::unique_ptr<QThread> thread;
    std::atomic<int> outcome { -1 };
    QString error;
};

std::unique_ptr<Client> startClient(const QString &library, const QStringList &items,
                                    int answerTimeout = 10000)
{
    auto client = std::make_unique<Client>();
    Client *raw = client.get();
    client->thread.reset(QThread::create([raw, library, items, answerTimeout] {
        SingleInstance second(library);
        second.setAnswerTimeout(answerTimeout);
        const SingleInstance::Outcome outcome = second.start(items);
        raw->error = second.errorString();
        raw->outcome = int(outcome);
    }));
    client->thread->start();
    return client;
}

QString articlePage(const QString &title)
{
    QString body;
    for (int i = 1; i <= 6; ++i)
        body += u"<p>Paragraph %1: the council met on Tuesday evening, heard from residents, "
                "engineers and the ferry company, and agreed after a long and careful debate "
                "that the old pier should reopen to walkers in the spring.</p>"_s.arg(i);
    return u"<!doctype html><html lang=en><head><title>"_s + title
        + u"</title></head><body><article><h1>"_s + title + u"</h1>"_s + body
        + u"</article></body></html>"_s;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void secondHandsItemsToFirst();
    void staleSocketDoesNotBlock();
    void silentWindowFails();
    void manyAtOnceEndAsOne();
    void waitsForAWindowThatIsDeciding();
    void binarySecondStartImportsInFirst();
    void binaryTwoAtOnceEndAsOne();

private:
    QProcessEnvironment environment() const;
    QProcess *startWindow(const QStringList &arguments);
    bool waitUntilListening(const QString &library, QProcess *window);
    QByteArray listJson(const QString &library);
    bool waitForTitle(const QString &library, const QString &title);

    QTemporaryDir m_dir;
    QList<QProcess *> m_windows; // ended by the guard of each binary test
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestSingleInstance::secondHandsItemsToFirst()
{
    const QString library = m_dir.filePath(u"handoff/library.sqlite"_s);
    SingleInstance first(library);
    QCOMPARE(first.start({}), SingleInstance::Outcome::Primary);
    QVERIFY2(first.isListening(), qPrintable(first.errorString()));
    QSignalSpy requests(&first, &SingleInstance::activationRequested);

    const QStringList items { u"/srv/pages/page.html"_s, u"https://example.org/a"_s };
    const std::unique_ptr<Client> client = startClient(library, items);
    QTRY_VERIFY_WITH_TIMEOUT(client->thread->isFinished(), 30000);
    QCOMPARE(SingleInstance::Outcome(client->outcome.load()), SingleInstance::Outcome::HandedOff);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().first().toStringList(), items);

    // A bare second start (no items) only brings the window to the front.
    const std::unique_ptr<Client> bare = startClient(library, {});
    QTRY_VERIFY_WITH_TIMEOUT(bare->thread->isFinished(), 30000);
    QCOMPARE(SingleInstance::Outcome(bare->outcome.load()), SingleInstance::Outcome::HandedOff);
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(1).first().toStringList().isEmpty());
}

void TestSingleInstance::staleSocketDoesNotBlock()
{
    const QString library = m_dir.filePath(u"stale/library.sqlite"_s);
    const QString name = WindowRequest::serverName(library);
    QVERIFY(leaveStaleSocket(QDir::tempPath() + u'/' + name));
    auto cleanup = qScopeGuard([name] { QLocalServer::removeServer(name); });

    SingleInstance window(library);
    QCOMPARE(window.start({}), SingleInstance::Outcome::Primary);
    QVERIFY2(window.isListening(), qPrintable(window.errorString()));
    QSignalSpy requests(&window, &SingleInstance::activationRequested);
    const std::unique_ptr<Client> client = startClient(library, { u"https://example.org/b"_s });
    QTRY_VERIFY_WITH_TIMEOUT(client->thread->isFinished(), 30000);
    QCOMPARE(SingleInstance::Outcome(client->outcome.load()), SingleInstance::Outcome::HandedOff);
    QCOMPARE(requests.size(), 1);
}

// Something listens but never answers: the second start says so instead of waiting forever or
// opening a second window.
void TestSingleInstance::silentWindowFails()
{
    const QString library = m_dir.filePath(u"silent/library.sqlite"_s);
    QLocalServer silent;
    QVERIFY(silent.listen(WindowRequest::serverName(library)));
    const std::unique_ptr<Client> client
        = startClient(library, { u"https://example.org/c"_s }, 300);
    QTRY_VERIFY_WITH_TIMEOUT(client->thread->isFinished(), 30000);
    QCOMPARE(SingleInstance::Outcome(client->outcome.load()), SingleInstance::Outcome::Failed);
    QVERIFY(client->error.contains(u"did not answer"_s));
}

// Four starts at the same moment, each on its own thread (the one that wins serves the others
// from its thread's event loop): one window, three hand-offs.
void TestSingleInstance::manyAtOnceEndAsOne()
{
    const QString library = m_dir.filePath(u"many/library.sqlite"_s);
    constexpr int count = 4;
    std::atomic<int> primaries { 0 };
    std::atomic<int> handedOff { 0 };
    std::atomic<int> done { 0 };
    std::atomic<int> requests { 0 };
    std::atomic<bool> go { false };
    QList<QThread *> threads;
    QList<SingleInstance *> instances;
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        auto *instance = new SingleInstance(library);
        instance->moveToThread(thread);
        connect(instance, &SingleInstance::activationRequested, instance,
                [&requests] { ++requests; });
        connect(thread, &QThread::finished, instance, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(instance, [&, instance] {
            while (!go)
                QThread::yieldCurrentThread();
            const SingleInstance::Outcome outcome = instance->start({});
            primaries += outcome == SingleInstance::Outcome::Primary ? 1 : 0;
            handedOff += outcome == SingleInstance::Outcome::HandedOff ? 1 : 0;
            ++done;
        });
        threads.append(thread);
        instances.append(instance);
    }
    auto cleanup = qScopeGuard([&threads] {
        for (QThread *thread : std::as_const(threads)) {
            thread->quit();
            thread->wait();
            delete thread;
        }
    });
    go = true;
    QTRY_COMPARE_WITH_TIMEOUT(done.load(), count, 60000);
    QCOMPARE(primaries.load(), 1);
    QCOMPARE(handedOff.load(), count - 1);
    QCOMPARE(requests.load(), count - 1);
}

// Another window is between "nobody answers" and "listening" (it holds the lock): a start now
// waits for it and hands off, instead of listening too and leaving two windows.
void TestSingleInstance::waitsForAWindowThatIsDeciding()
{
    const QString library = m_dir.filePath(u"deciding/library.sqlite"_s);
    const QString name = WindowRequest::serverName(library);
    QLockFile deciding(QDir::tempPath() + u'/' + name + u".lock"_s);
    QVERIFY(deciding.tryLock(0));
    const std::unique_ptr<Client> client = startClient(library, { u"https://example.org/d"_s });
    QTest::qWait(300); // lets the client reach the lock; the outcome does not depend on it
    QVERIFY(!client->thread->isFinished());

    QLocalServer window; // what the deciding window does, then it lets go
    QVERIFY(window.listen(name));
    deciding.unlock();
    QTRY_VERIFY_WITH_TIMEOUT(window.hasPendingConnections() || client->thread->isFinished(), 30000);
    QLocalSocket *socket = window.nextPendingConnection();
    QVERIFY2(socket, "the client did not come to the window that was deciding");
    QTRY_VERIFY_WITH_TIMEOUT(socket->canReadLine(), 30000);
    QCOMPARE(WindowRequest::decode(socket->readLine()).value(),
             QStringList { u"https://example.org/d"_s });
    socket->write(WindowRequest::answer());
    socket->flush();
    QTRY_VERIFY_WITH_TIMEOUT(client->thread->isFinished(), 30000);
    QCOMPARE(SingleInstance::Outcome(client->outcome.load()), SingleInstance::Outcome::HandedOff);
}

QProcessEnvironment TestSingleInstance::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path()); // never the user's library or settings
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QTWEBENGINE_CHROMIUM_FLAGS"_s, u"--no-sandbox --disable-gpu"_s);
    env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

QProcess *TestSingleInstance::startWindow(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->setWorkingDirectory(m_dir.path());
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(QStringLiteral(BYLINE_BINARY), arguments);
    m_windows.append(process);
    return process;
}

bool TestSingleInstance::waitUntilListening(const QString &library, QProcess *window)
{
    const QString name = WindowRequest::serverName(library);
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && window->state() != QProcess::NotRunning) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

QByteArray TestSingleInstance::listJson(const QString &library)
{
    QProcess list;
    list.setProcessEnvironment(environment());
    list.setStandardInputFile(QProcess::nullDevice());
    list.start(QStringLiteral(BYLINE_BINARY), { u"list"_s, u"--json"_s, u"--library"_s, library });
    if (!list.waitForFinished(60000) || list.exitCode() != 0)
        return {};
    return list.readAllStandardOutput();
}

bool TestSingleInstance::waitForTitle(const QString &library, const QString &title)
{
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        const QByteArrayList rows = listJson(library).split('\n');
        for (const QByteArray &row : rows) {
            if (QJsonDocument::fromJson(row).object().value(u"title"_s).toString() == title)
                return true;
        }
        QTest::qWait(200);
    }
    return false;
}

void TestSingleInstance::binarySecondStartImportsInFirst()
{
    auto cleanup = qScopeGuard([this] {
        for (QProcess *window : std::as_const(m_windows)) {
            window->kill();
            window->waitForFinished();
        }
        qDeleteAll(m_windows);
        m_windows.clear();
    });
    const QString library = m_dir.filePath(u"binary/library.sqlite"_s);
    auto removeSocket = qScopeGuard(
        [library] { QLocalServer::removeServer(WindowRequest::serverName(library)); });
    QFile page(m_dir.filePath(u"pier.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write(articlePage(u"Pier reopens to walkers"_s).toUtf8());
    page.close();

    QProcess *first = startWindow({ u"--library"_s, library });
    QVERIFY2(waitUntilListening(library, first), first->readAllStandardError().constData());

    // Relative to the second process's folder; the first has to get it absolute.
    QProcess *second = startWindow({ u"--library"_s, library, u"pier.html"_s });
    QVERIFY(second->waitForFinished(60000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
    QCOMPARE(first->state(), QProcess::Running); // still the one window

    QVERIFY2(waitForTitle(library, u"Pier reopens to walkers"_s),
             first->readAllStandardError().constData());
    QCOMPARE(first->state(), QProcess::Running);
}

void TestSingleInstance::binaryTwoAtOnceEndAsOne()
{
    auto cleanup = qScopeGuard([this] {
        for (QProcess *window : std::as_const(m_windows)) {
            window->kill();
            window->waitForFinished();
        }
        qDeleteAll(m_windows);
        m_windows.clear();
    });
    const QString library = m_dir.filePath(u"race/library.sqlite"_s); // not created yet
    auto removeSocket = qScopeGuard(
        [library] { QLocalServer::removeServer(WindowRequest::serverName(library)); });
    QFile page(m_dir.filePath(u"lanterns.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write(articlePage(u"Lanterns along the quay"_s).toUtf8());
    page.close();

    QProcess *a = startWindow({ u"--library"_s, library });
    QProcess *b = startWindow({ u"--library"_s, library });
    QTRY_VERIFY_WITH_TIMEOUT(
        a->state() == QProcess::NotRunning || b->state() == QProcess::NotRunning, 120000);
    QProcess *ended = a->state() == QProcess::NotRunning ? a : b;
    QProcess *window = ended == a ? b : a;
    QCOMPARE(ended->exitStatus(), QProcess::NormalExit);
    QVERIFY2(ended->exitCode() == 0, ended->readAllStandardError().constData());
    QCOMPARE(window->state(), QProcess::Running);

    // The one left is the library's window: a third start hands it a page.
    QProcess *third = startWindow({ u"--library"_s, library, m_dir.filePath(u"lanterns.html"_s) });
    QVERIFY(third->waitForFinished(60000));
    QVERIFY2(third->exitCode() == 0, third->readAllStandardError().constData());
    QVERIFY2(waitForTitle(library, u"Lanterns along the quay"_s),
             window->readAllStandardError().constData());
    QCOMPARE(window->state(), QProcess::Running);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
