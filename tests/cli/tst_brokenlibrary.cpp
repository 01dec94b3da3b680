// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Broken, locked, read-only and full libraries, met by the real byline executable: the exit
// status, the message the user reads, and a file left byte for byte as it was wherever Byline
// must not write.
#include "../fixtures/rawconnection.h"
#include "bylinerun.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QVariant scalar(const QString &path, const QString &statement)
{
    RawConnection raw(path);
    return raw.scalar(statement);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestBrokenLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void damagedPage();
    void emptyFileBecomesALibrary();
    void truncated();
    void readOnly_data();
    void readOnly();
    void lockedWal();
    void lockedRollbackJournal();
    void diskFullTmpfs();
    void fileSizeLimit();

private:
    // Runs byline; as the unprivileged user `nobody` when asked (root ignores permissions).
    Run run(const QStringList &arguments, bool unprivileged = false,
            const QString &shellPrefix = QString()) const;
    QString makeLibrary(const QString &name) const;
    QString bigText(const QString &name, int kilobytes) const;
    QTemporaryDir m_dir;
    QString m_template;
};

Run TestBrokenLibrary::run(const QStringList &arguments, bool unprivileged,
                           const QString &shellPrefix) const
{
    QProcess process;
    process.setProcessEnvironment(bylineEnvironment(m_dir.path()));
    process.setStandardInputFile(QProcess::nullDevice());
    QString program = QStringLiteral(BYLINE_BINARY);
    QStringList args = arguments;
    if (!shellPrefix.isEmpty()) {
        // e.g. "ulimit -f 64; trap '' XFSZ;" before exec.
        QString command = shellPrefix + u" exec \"$0\" \"$@\""_s;
        args = QStringList { u"-c"_s, command, program } + arguments;
        program = u"/bin/bash"_s;
    }
    if (unprivileged && isRoot()) {
        args = QStringList { u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s,
                             program }
            + args;
        program = QStandardPaths::findExecutable(u"setpriv"_s);
    }
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestBrokenLibrary::makeLibrary(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_template, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                              | QFile::ReadOther);
    return path;
}

QString TestBrokenLibrary::bigText(const QString &name, int kilobytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("A long article for a full disk\n\n");
        for (int i = 0; i < kilobytes * 8; ++i)
            file.write(QByteArray("Paragraph %1 of words that fill the disk quite quickly. ")
                           .replace("%1", QByteArray::number(i))
                       + (i % 10 == 9 ? "\n\n" : ""));
    }
    return path;
}

void TestBrokenLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BYLINE_BINARY)));
    // `nobody` must reach the files of the read-only rows.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                              | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                              | QFile::ExeGroup);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    const Run created = run({ u"--library"_s, m_template, u"list"_s });
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(scalar(m_template, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestBrokenLibrary::refused_data()
{
    QTest::addColumn<QByteArray>("bytes"); // the file's content; empty: see `statements`
    QTest::addColumn<QStringList>("statements"); // run on a copy of a good library
    QTest::addColumn<QString>("message");

    QTest::newRow("text") << QByteArray("Dear diary,\nnot a database at all.\n") << QStringList()
                          << u"not a SQLite database"_s;
    QTest::newRow("binary-junk") << QByteArray(8192, '\x01') << QStringList()
                                 << u"not a SQLite database"_s;
    QTest::newRow("newer-schema") << QByteArray() << QStringList { u"PRAGMA user_version = 999"_s }
                                  << u"newer version of Byline"_s;
    QTest::newRow("foreign-sqlite")
        << QByteArray()
        << QStringList { u"DROP TABLE IF EXISTS articles_fts"_s, u"PRAGMA user_version = 0"_s }
        << u"not a Byline library"_s;
}

void TestBrokenLibrary::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    QString path;
    if (statements.isEmpty()) {
        path = m_dir.filePath(u"refused.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    } else {
        path = makeLibrary(u"refused.sqlite"_s);
        RawConnection raw(path);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(raw.exec(statement), qPrintable(statement));
    }
    const QByteArray before = fileHash(path);
    for (const QStringList &command :
         { QStringList { u"list"_s }, QStringList { u"import"_s, bigText(u"a.txt"_s, 2) } }) {
        const Run result = run(QStringList { u"--library"_s, path } + command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"not changed"_s), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1); // one line
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }
}

// Pages of the article table overwritten: reading them says "damaged" and nothing is written.
void TestBrokenLibrary::damagedPage()
{
    const QString path = makeLibrary(u"damaged.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const int pageSize = scalar(path, u"PRAGMA page_size"_s).toInt();
    const qint64 pages = QFileInfo(path).size() / pageSize;
    QVERIFY(pages > 4);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = 2; page <= pages; ++page) {
            QVERIFY(file.seek((page - 1) * pageSize));
            file.write(QByteArray(pageSize, '\x33'));
        }
    }
    const QByteArray before = fileHash(path);
    const Run listed = run({ u"--library"_s, path, u"list"_s });
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(u"damaged"_s), qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(u"FTS5"_s), qPrintable(listed.err));
    const Run imported = run({ u"--library"_s, path, u"import"_s, bigText(u"d.txt"_s, 2) });
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"damaged"_s), qPrintable(imported.err));
    QCOMPARE(fileHash(path), before);
}

// An empty file is a library not made yet: it gets the schema and the sample.
void TestBrokenLibrary::emptyFileBecomesALibrary()
{
    const QString path = m_dir.filePath(u"empty.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    const Run listed = run({ u"--library"_s, path, u"list"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY(scalar(path, u"SELECT count(*) FROM articles"_s).toInt() > 0);
}

// A library cut short (a copy that stopped half-way): damaged, said so, never written.
void TestBrokenLibrary::truncated()
{
    const QString path = makeLibrary(u"truncated.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    {
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    }
    const QByteArray before = fileHash(path);
    const Run listed = run({ u"--library"_s, path, u"list"_s });
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(u"damaged"_s), qPrintable(listed.err));
    const Run imported = run({ u"--library"_s, path, u"import"_s, bigText(u"t.txt"_s, 2) });
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"damaged"_s), qPrintable(imported.err));
    QCOMPARE(fileHash(path), before);
}

void TestBrokenLibrary::readOnly_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::newRow("read-only-file") << true;
    QTest::newRow("read-only-folder") << false;
}

// A library Byline may not write is opened for reading: list works, import says why not.
void TestBrokenLibrary::readOnly()
{
    QFETCH(bool, folderWritable);
    if (isRoot() && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        QSKIP("running as root without setpriv: permissions cannot be tested");
    const QString folder = m_dir.filePath(folderWritable ? u"rofile"_s : u"rofolder"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/library.sqlite"_s;
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    if (folderWritable) {
        QVERIFY(QFile::setPermissions(path, readable));
        QVERIFY(QFile::setPermissions(folder,
                                      readable | enterable | QFile::WriteOwner | QFile::WriteGroup
                                          | QFile::WriteOther));
    } else {
        QVERIFY(QFile::setPermissions(path, readable | QFile::WriteOwner | QFile::WriteGroup
                                          | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(folder, readable | enterable));
    }
    const QByteArray before = fileHash(path);
    const int articles = scalar(path, u"SELECT count(*) FROM articles"_s).toInt();

    const Run listed = run({ u"--library"_s, path, u"list"_s, u"--limit"_s, u"3"_s }, true);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const Run imported =
        run({ u"--library"_s, path, u"import"_s, bigText(u"ro.txt"_s, 2) }, true);
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"read-only"_s), qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(u"not a Byline library"_s), qPrintable(imported.err));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM articles"_s).toInt(), articles);
    QFile::setPermissions(folder, readable | enterable | QFile::WriteOwner);
}

// Another program holds the write lock of a WAL library: reading goes on, a write waits for the
// busy timeout, then says who is in the way.
void TestBrokenLibrary::lockedWal()
{
    const QString path = makeLibrary(u"lockedwal.sqlite"_s);
    RawConnection locker(path);
    QVERIFY(locker.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(locker.exec(u"UPDATE articles SET starred = 1 - starred WHERE id = 1"_s));
    const Run listed = run({ u"--library"_s, path, u"list"_s, u"--limit"_s, u"3"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const Run imported = run({ u"--library"_s, path, u"import"_s, bigText(u"l.txt"_s, 2) });
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"locked"_s), qPrintable(imported.err));
    QVERIFY(locker.exec(u"ROLLBACK"_s));
}

void TestBrokenLibrary::lockedRollbackJournal()
{
    const QString path = makeLibrary(u"lockeddelete.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA journal_mode = DELETE"_s));
    }
    RawConnection locker(path);
    QVERIFY(locker.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(locker.exec(u"UPDATE articles SET starred = 1 - starred WHERE id = 1"_s));
    const Run listed = run({ u"--library"_s, path, u"list"_s });
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(u"locked by another program"_s), qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(u"not a Byline library"_s), qPrintable(listed.err));
    QVERIFY(locker.exec(u"ROLLBACK"_s));
}

// A real full disk: a small tmpfs (where this machine lets the test mount one).
void TestBrokenLibrary::diskFullTmpfs()
{
    if (!isRoot())
        QSKIP("mounting a tmpfs needs root");
    const QString mountPoint = m_dir.filePath(u"small"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    if (QProcess::execute(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=3m"_s, u"tmpfs"_s,
                                        mountPoint })
        != 0)
        QSKIP("this machine does not allow mounting a tmpfs");
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, { mountPoint }); });
    const QString path = mountPoint + u"/library.sqlite"_s;
    QVERIFY(QFile::copy(m_template, path));
    const int articles = scalar(path, u"SELECT count(*) FROM articles"_s).toInt();
    {
        // Fill the rest of the disk.
        QFile filler(mountPoint + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    const Run imported = run({ u"--library"_s, path, u"import"_s, bigText(u"full.txt"_s, 600) });
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"disk is full"_s), qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(u"FOREIGN KEY"_s), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(u"Nothing was lost"_s), qPrintable(imported.err));
    QFile::remove(mountPoint + u"/filler"_s);
    QCOMPARE(scalar(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM articles"_s).toInt(), articles);
}

// The same through a file-size limit, which any user can set.
void TestBrokenLibrary::fileSizeLimit()
{
    const QString path = makeLibrary(u"limited.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const int articles = scalar(path, u"SELECT count(*) FROM articles"_s).toInt();
    const Run imported = run({ u"--library"_s, path, u"import"_s, bigText(u"limit.txt"_s, 600) },
                             false, u"ulimit -f 256; trap '' XFSZ;"_s);
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"disk is full"_s), qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(u"FOREIGN KEY"_s), qPrintable(imported.err));
    QCOMPARE(scalar(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM articles"_s).toInt(), articles);
}

QTEST_GUILESS_MAIN(TestBrokenLibrary)
#include "tst_brokenlibrary.moc"
