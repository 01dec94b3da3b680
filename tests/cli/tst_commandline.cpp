// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The byline executable, run as a user would: output, messages and exit status.
#include "../fixtures/hostileexport.h"
#include "commandline.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArrayList lines(const QByteArray &text)
{
    QByteArrayList list = text.split('\n');
    if (!list.isEmpty() && list.constLast().isEmpty())
        list.removeLast();
    return list;
}

QJsonObject withoutUpdated(const QByteArray &line)
{
    QJsonObject object = QJsonDocument::fromJson(line).object();
    object.remove(u"updated"_s);
    return object;
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wantsCommandLine_data();
    void wantsCommandLine();
    void exitStatus_data();
    void exitStatus();
    void listCreatesSampleLibrary();
    void libraryOptionAnywhere();
    void listHonoursLibraryPreference();
    void windowUsageError_data();
    void windowUsageError();
    void listJson_data();
    void listJson();
    void showPrintsArticle();
    void searchPrintsHits();
    void searchManyWords();
    void topPrintsTen();
    void exportImportRoundTrip();
    void importHostileExport();

private:
    // environment: "NAME=value" sets, "-NAME" removes (after the defaults below).
    Run run(const QStringList &arguments, const QStringList &environment = {}) const;
    QString m_sample;
    QString m_newer;
    QTemporaryDir m_dir;
};

Run TestCommandLine::run(const QStringList &arguments, const QStringList &environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's library or settings.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // a window would end at once: "no display"
    for (const QString &entry : environment) {
        if (entry.startsWith(u'-'))
            env.remove(entry.mid(1));
        else
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    }
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(BYLINE_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(BYLINE_BINARY)), BYLINE_BINARY);
    m_sample = m_dir.filePath(u"sample.sqlite"_s);
    const Run created = run({ u"list"_s, u"--library"_s, m_sample });
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFile::exists(m_sample));

    // A copy made "by a newer Byline".
    m_newer = m_dir.filePath(u"newer.sqlite"_s);
    QVERIFY(QFile::copy(m_sample, m_newer));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        sql.setDatabaseName(m_newer);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
        query.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);

    QFile page(m_dir.filePath(u"page.html"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<!doctype html><html><body><p>Hello</p></body></html>\n");
    page.close();
    QFile namedLikeCommand(m_dir.filePath(u"list"_s));
    QVERIFY(namedLikeCommand.open(QIODevice::WriteOnly));
    namedLikeCommand.close();
    QFile bad(m_dir.filePath(u"bad.jsonl"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"title\": \"Fine\", \"url\": \"https://a.example/1\"}\n{\"title\": 12}\n");
    bad.close();
}

void TestCommandLine::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    QTest::newRow("nothing") << QStringList {} << false;
    QTest::newRow("library-only") << QStringList { u"--library"_s, u"x.sqlite"_s } << false;
    QTest::newRow("library-equals") << QStringList { u"--library=x.sqlite"_s } << false;
    QTest::newRow("screenshots") << QStringList { u"--screenshot-dir"_s, u"shots"_s } << false;
    QTest::newRow("qt-platform") << QStringList { u"-platform"_s, u"offscreen"_s } << false;
    QTest::newRow("qt-style-double-dash") << QStringList { u"--style"_s, u"fusion"_s } << false;
    QTest::newRow("command") << QStringList { u"list"_s } << true;
    QTest::newRow("command-after-library")
        << QStringList { u"--library"_s, u"x.sqlite"_s, u"top"_s } << true;
    QTest::newRow("help") << QStringList { u"--help"_s } << true;
    QTest::newRow("version-short") << QStringList { u"-v"_s } << true;
    // A missing value is the command line's to report (usage error), never a window.
    QTest::newRow("library-missing-value") << QStringList { u"--library"_s } << true;
    QTest::newRow("library-twice-missing-value")
        << QStringList { u"--library"_s, u"x.sqlite"_s, u"--library"_s } << true;
    QTest::newRow("library-equals-empty") << QStringList { u"--library="_s } << true;
    QTest::newRow("screenshots-missing-value") << QStringList { u"--screenshot-dir"_s } << true;
    QTest::newRow("qt-option-missing-value") << QStringList { u"-platform"_s } << true;
    // Files and web addresses open in the window (relative to the folder byline runs in).
    QTest::newRow("file") << QStringList { u"page.html"_s } << false;
    QTest::newRow("url") << QStringList { u"https://example.org/a"_s } << false;
    QTest::newRow("files-urls-library")
        << QStringList { u"page.html"_s, u"--library"_s, u"x.sqlite"_s, u"http://example.org/b"_s }
        << false;
    QTest::newRow("missing-file") << QStringList { u"missing.html"_s } << true;
    QTest::newRow("other-scheme") << QStringList { u"ftp://example.org/a"_s } << true;
    QTest::newRow("file-then-nonsense") << QStringList { u"page.html"_s, u"nonsense"_s } << true;
    QTest::newRow("file-named-like-command") << QStringList { u"list"_s } << true;
    QTest::newRow("file-then-command") << QStringList { u"page.html"_s, u"top"_s } << true;
}

void TestCommandLine::wantsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    QList<QByteArray> storage { "byline" };
    for (const QString &argument : std::as_const(arguments))
        storage.append(argument.toUtf8());
    QList<char *> argv;
    for (QByteArray &argument : storage)
        argv.append(argument.data());
    argv.append(nullptr);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path())); // page.html and a file called "list" are there
    const bool wanted = CommandLine::wantsCommandLine(int(storage.size()), argv.data());
    QDir::setCurrent(before);
    QCOMPARE(wanted, commandLine);
}

void TestCommandLine::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments"); // {sample}, {newer}, {dir} are replaced
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err"); // the whole of stderr; "~text" means "contains"
    QTest::addColumn<QString>("out"); // stdout contains this

    const QString tryHelp = u"Try 'byline --help'.\n"_s;
    QTest::newRow("help") << QStringList { u"--help"_s } << 0 << QString() << u"Usage: byline"_s;
    QTest::newRow("help-short") << QStringList { u"-h"_s } << 0 << QString() << u"byline top"_s;
    QTest::newRow("command-help") << QStringList { u"list"_s, u"--help"_s } << 0 << QString()
                                  << u"Usage: byline list [--json]"_s;
    QTest::newRow("version") << QStringList { u"--version"_s } << 0 << QString()
                             << u"byline " BYLINE_VERSION "\n"_s;
    QTest::newRow("unknown-command")
        << QStringList { u"frobnicate"_s } << 2
        << u"byline: unknown command 'frobnicate'\n"_s + tryHelp << QString();
    QTest::newRow("unknown-option")
        << QStringList { u"list"_s, u"--bogus"_s } << 2
        << u"byline: unknown option '--bogus' for list\n"_s + tryHelp << QString();
    QTest::newRow("unknown-global-option")
        << QStringList { u"--bogus"_s, u"list"_s } << 2
        << u"byline: unknown option '--bogus'\n"_s + tryHelp << QString();
    QTest::newRow("library-without-path")
        << QStringList { u"list"_s, u"--library"_s } << 2
        << u"byline: --library needs a path\n"_s + tryHelp << QString();
    QTest::newRow("library-missing-after-library")
        << QStringList { u"--library"_s, u"{sample}"_s, u"--library"_s } << 2
        << u"byline: --library needs a path\n"_s + tryHelp << QString();
    QTest::newRow("library-equals-empty")
        << QStringList { u"--library="_s } << 2 << u"byline: --library needs a path\n"_s + tryHelp
        << QString();
    QTest::newRow("window-option-missing-value")
        << QStringList { u"--library"_s, u"{sample}"_s, u"--screenshot-dir"_s } << 2
        << u"byline: --screenshot-dir needs a value\n"_s + tryHelp << QString();
    QTest::newRow("qt-option-missing-value")
        << QStringList { u"-platform"_s } << 2 << u"byline: -platform needs a value\n"_s + tryHelp
        << QString();
    QTest::newRow("window-without-display") << QStringList { u"--library"_s, u"{sample}"_s } << 1
                                            << u"~no display to open the window on"_s << QString();
    QTest::newRow("window-file-without-display")
        << QStringList { u"{dir}/page.html"_s, u"--library"_s, u"{sample}"_s } << 1
        << u"~no display to open the window on"_s << QString();
    QTest::newRow("window-file-and-nonsense")
        << QStringList { u"{dir}/page.html"_s, u"nonsense"_s } << 2
        << u"byline: nonsense is neither a file nor a web address\n"_s + tryHelp << QString();
    QTest::newRow("window-file-then-command")
        << QStringList { u"{dir}/page.html"_s, u"top"_s } << 2
        << u"byline: the command top must come first\n"_s + tryHelp << QString();
    QTest::newRow("missing-id") << QStringList { u"show"_s, u"--library"_s, u"{sample}"_s } << 2
                                << u"byline: show needs an article id\n"_s + tryHelp << QString();
    QTest::newRow("bad-id") << QStringList { u"show"_s, u"abc"_s } << 2
                            << u"byline: 'abc' is not an article id\n"_s + tryHelp << QString();
    QTest::newRow("negative-id") << QStringList { u"show"_s, u"--"_s, u"-3"_s } << 2
                                 << u"byline: '-3' is not an article id\n"_s + tryHelp << QString();
    QTest::newRow("no-such-article")
        << QStringList { u"show"_s, u"4242"_s, u"--library"_s, u"{sample}"_s } << 1
        << u"byline: no article with id 4242\n"_s << QString();
    QTest::newRow("bad-limit") << QStringList { u"list"_s, u"--limit"_s, u"zero"_s } << 2
                               << u"byline: --limit needs a positive number, not 'zero'\n"_s
            + tryHelp << QString();
    QTest::newRow("list-argument")
        << QStringList { u"list"_s, u"News"_s } << 2
        << u"byline: list takes no arguments, not 'News'\n"_s + tryHelp << QString();
    QTest::newRow("search-without-query")
        << QStringList { u"search"_s } << 2
        << u"byline: search needs some words to look for\n"_s + tryHelp << QString();
    QTest::newRow("export-two-files")
        << QStringList { u"export"_s, u"a"_s, u"b"_s } << 2
        << u"byline: export writes one file, not 2\n"_s + tryHelp << QString();
    QTest::newRow("import-nothing")
        << QStringList { u"import"_s } << 2
        << u"byline: import needs at least one file\n"_s + tryHelp << QString();
    QTest::newRow("newer-library-refused")
        << QStringList { u"list"_s, u"--library"_s, u"{newer}"_s } << 1
        << u"~made by a newer version of Byline"_s << QString();
    QTest::newRow("import-missing-file")
        << QStringList { u"--library"_s, u"{sample}"_s, u"import"_s, u"{dir}/missing.jsonl"_s } << 1
        << u"byline: {dir}/missing.jsonl: The file does not exist\n"_s << QString();
    // Not an export: Importer hands it to the page importer. One line naming the file, exit 1.
    QTest::newRow("import-not-an-export")
        << QStringList { u"import"_s, u"{dir}/page.html"_s, u"--library"_s, u"{sample}"_s } << 1
        << u"~byline: {dir}/page.html"_s << QString();
    QTest::newRow("import-malformed-line")
        << QStringList { u"import"_s, u"{dir}/bad.jsonl"_s, u"--library"_s, u"{sample}"_s } << 1
        << u"byline: {dir}/bad.jsonl: line 2: field \"title\" must be a string\n"_s << QString();
}

void TestCommandLine::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    QFETCH(QString, out);
    const auto expand = [this](QString text) {
        return text.replace(u"{sample}"_s, m_sample)
            .replace(u"{newer}"_s, m_newer)
            .replace(u"{dir}"_s, m_dir.path());
    };
    for (QString &argument : arguments)
        argument = expand(argument);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (err.startsWith(u'~')) {
        QVERIFY2(QString::fromUtf8(result.err).contains(expand(err.mid(1))),
                 result.err.constData());
        QVERIFY(result.err.startsWith("byline: "));
        QCOMPARE(result.err.count('\n'), 1); // one line
    } else {
        QCOMPARE(QString::fromUtf8(result.err), expand(err));
    }
    QVERIFY2(QString::fromUtf8(result.out).contains(out), result.out.constData());
}

void TestCommandLine::listCreatesSampleLibrary()
{
    const QString path = m_dir.filePath(u"x/new.sqlite"_s);
    QVERIFY(!QFile::exists(path));
    const Run result = run({ u"list"_s, u"--library"_s, path });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFile::exists(path));
    const QByteArrayList rows = lines(result.out);
    QVERIFY(rows.size() >= 12);
    // id, date, section (padded), title: the titles start in one column.
    const QRegularExpression row(u"^( *\\d+  \\d{4}-\\d\\d-\\d\\d  \\S+ *  )\\S.*$"_s);
    qsizetype titleColumn = -1;
    for (const QByteArray &line : rows) {
        const QRegularExpressionMatch match = row.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        if (titleColumn < 0)
            titleColumn = match.capturedLength(1);
        QCOMPARE(match.capturedLength(1), titleColumn);
    }
    // Korean arrives as UTF-8.
    QVERIFY(result.out.contains(u"골목 서점들이 겨울을 나는 법"_s.toUtf8()));
}

void TestCommandLine::libraryOptionAnywhere()
{
    const Run before = run({ u"--library"_s, m_sample, u"list"_s, u"--limit"_s, u"5"_s });
    const Run after = run({ u"list"_s, u"--limit=5"_s, u"--library="_s + m_sample });
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(lines(before.out).size(), 5);
    QCOMPARE(before.out, after.out);
}

// The library chosen in the window's Preferences (the settings file) is the command line's too;
// --library still wins.
void TestCommandLine::listHonoursLibraryPreference()
{
    const QString preferred = m_dir.filePath(u"preferred/library.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(preferred).path()));
    {
        Result<std::unique_ptr<Database>> db = Database::open(preferred); // empty, no sample
        QVERIFY2(db.ok(), qPrintable(db.error()));
    }
    const QString config = m_dir.filePath(u"preference-config"_s);
    const QString data = m_dir.filePath(u"preference-data"_s);
    {
        QSettings settings(config + u"/Byline/Byline.conf"_s, QSettings::IniFormat);
        settings.setValue(u"library/path"_s, preferred);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    const QStringList environment { u"XDG_CONFIG_HOME="_s + config, u"XDG_DATA_HOME="_s + data };

    const Run preference = run({ u"list"_s, u"--json"_s }, environment);
    QCOMPARE(preference.exitCode, 0);
    QVERIFY2(preference.err.isEmpty(), preference.err.constData());
    QVERIFY(preference.out.isEmpty()); // the preferred library is empty
    QVERIFY(!QFile::exists(data + u"/Byline/Byline/library.sqlite"_s)); // the default: untouched

    const Run override = run({ u"list"_s, u"--library"_s, m_sample }, environment);
    QCOMPARE(override.exitCode, 0);
    QVERIFY(lines(override.out).size() >= 12);
}

// With a display, the window's own options are checked before any window opens.
void TestCommandLine::windowUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("err"); // the first line of stderr contains this
    QTest::newRow("unknown-option") << QStringList { u"--bogus"_s } << u"'bogus'"_s;
    QTest::newRow("unknown-option-after-library")
        << QStringList { u"--library"_s, u"{sample}"_s, u"--frobnicate=1"_s } << u"'frobnicate'"_s;
}

void TestCommandLine::windowUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, err);
    arguments.replaceInStrings(u"{sample}"_s, m_sample);
    const Run result = run(arguments, { u"QT_QPA_PLATFORM=offscreen"_s });
    QCOMPARE(result.exitCode, 2);
    const QByteArrayList errLines = lines(result.err);
    QByteArray first;
    for (const QByteArray &line : errLines) {
        if (line.startsWith("byline: ")) {
            first = line;
            break;
        }
    }
    QVERIFY2(QString::fromUtf8(first).contains(err), result.err.constData());
}

void TestCommandLine::listJson_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("expected"); // -1: the whole library
    QTest::newRow("all") << QStringList {} << -1;
    QTest::newRow("limit") << QStringList { u"--limit"_s, u"3"_s } << 3;
    QTest::newRow("starred") << QStringList { u"--starred"_s } << 1;
    QTest::newRow("unread") << QStringList { u"--unread"_s } << -3; // all but the two read
}

void TestCommandLine::listJson()
{
    QFETCH(QStringList, options);
    QFETCH(int, expected);
    const Run all = run({ u"list"_s, u"--library"_s, m_sample });
    const int total = int(lines(all.out).size());
    const Run result
        = run(QStringList { u"list"_s, u"--json"_s, u"--library"_s, m_sample } + options);
    QCOMPARE(result.exitCode, 0);
    const QByteArrayList rows = lines(result.out);
    QCOMPARE(int(rows.size()), expected == -1 ? total : expected == -3 ? total - 2 : expected);
    QDateTime previous;
    for (const QByteArray &line : rows) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        QVERIFY(object.value(u"id"_s).toInteger() > 0);
        QVERIFY(!object.value(u"title"_s).toString().isEmpty());
        const QDateTime published
            = QDateTime::fromString(object.value(u"published"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(published.isValid());
        if (previous.isValid())
            QVERIFY(published <= previous); // newest first
        previous = published;
        if (options.contains(u"--starred"_s))
            QVERIFY(object.value(u"starred"_s).toBool());
        if (options.contains(u"--unread"_s))
            QVERIFY(!object.value(u"read"_s).toBool());
    }
}

void TestCommandLine::showPrintsArticle()
{
    const Run list = run({ u"list"_s, u"--json"_s, u"--library"_s, m_sample });
    qint64 korean = 0;
    for (const QByteArray &line : lines(list.out)) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"title"_s).toString() == u"골목 서점들이 겨울을 나는 법"_s)
            korean = object.value(u"id"_s).toInteger();
    }
    QVERIFY(korean > 0);
    const Run result = run({ u"show"_s, QString::number(korean), u"--library"_s, m_sample });
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.startsWith(u"골목 서점들이 겨울을 나는 법\n손님이 줄어드는 계절"_s));
    QVERIFY(out.contains(u"Section: Culture\n"_s));
    QVERIFY(out.contains(u"Author:  김서연\n"_s));
    QVERIFY(out.contains(
        u"URL:     https://hanbit.example/culture/2026/11/alley-bookshops-winter\n"_s));
    QVERIFY(out.contains(u"\n\n오후 네 시가 조금 넘으면 망원동 골목에는"_s));
    QVERIFY(!out.contains(u"<p>"_s));
}

void TestCommandLine::searchPrintsHits()
{
    const Run result = run({ u"search"_s, u"lanterns"_s, u"pier"_s, u"--library"_s, m_sample });
    QCOMPARE(result.exitCode, 0);
    const QByteArrayList rows = lines(result.out);
    QVERIFY(rows.size() >= 2);
    QVERIFY2(
        QRegularExpression(u"^\\d+  .*[Pp]ier"_s).match(QString::fromUtf8(rows.first())).hasMatch(),
        rows.first().constData());
    QVERIFY(result.out.contains("[lanterns]") || result.out.contains("[pier]"));
    QVERIFY(!result.out.contains('\x1b')); // no ANSI codes when not a terminal
    const Run none = run({ u"search"_s, u"xylophonequartz"_s, u"--library"_s, m_sample });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
}

// 5,000 words: searched with the first 64, a one-line note on stderr, hits on stdout.
void TestCommandLine::searchManyWords()
{
    QStringList arguments { u"search"_s, u"--library"_s, m_sample };
    for (int i = 0; i < 5000; ++i)
        arguments.append(u"lanterns"_s);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray("byline: Only the first 64 words were searched for.\n"));
    QVERIFY2(result.out.contains("[lanterns]"), result.out.constData());
}

void TestCommandLine::topPrintsTen()
{
    const Run result = run({ u"top"_s, u"--library"_s, m_sample });
    QCOMPARE(result.exitCode, 0);
    const QByteArrayList rows = lines(result.out);
    QCOMPARE(rows.size(), 10);
    int previousReads = INT_MAX;
    for (int i = 0; i < 10; ++i) {
        const QRegularExpressionMatch match
            = QRegularExpression(u"^ ?(\\d+)\\. (\\d+) reads? +\\S"_s)
                  .match(QString::fromUtf8(rows.at(i)));
        QVERIFY2(match.hasMatch(), rows.at(i).constData());
        QCOMPARE(match.captured(1).toInt(), i + 1);
        const int reads = match.captured(2).toInt();
        QVERIFY(reads > 0 && reads <= previousReads);
        previousReads = reads;
    }
    QVERIFY(rows.first().contains("Harbour lights"));
}

void TestCommandLine::exportImportRoundTrip()
{
    const Run toStdout = run({ u"export"_s, u"--library"_s, m_sample });
    QCOMPARE(toStdout.exitCode, 0);
    const QString file = m_dir.filePath(u"export.jsonl"_s);
    const Run toFile = run({ u"export"_s, file, u"--library"_s, m_sample });
    QCOMPARE(toFile.exitCode, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray first = exported.readAll();
    QCOMPARE(first, toStdout.out);
    QVERIFY(lines(first).size() >= 12);

    // An empty library (not the sample): made by the store directly.
    const QString empty = m_dir.filePath(u"empty.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(empty);
        QVERIFY2(db.ok(), qPrintable(db.error()));
    }
    const Run imported = run({ u"import"_s, file, u"--library"_s, empty });
    QCOMPARE(imported.exitCode, 0);
    // A line per article once the transaction that stored them committed, then the file's.
    const QByteArrayList importedLines = lines(imported.out);
    QCOMPARE(importedLines.size(), lines(first).size() + 1);
    for (qsizetype i = 0; i < lines(first).size(); ++i) {
        const QJsonObject article = QJsonDocument::fromJson(lines(first).at(i)).object();
        QCOMPARE(QString::fromUtf8(importedLines.at(i)),
                 u"added %1: %2"_s.arg(i + 1).arg(article.value(u"title"_s).toString()));
    }
    QCOMPARE(QString::fromUtf8(importedLines.constLast()),
             u"%1: %2 articles (%2 new)"_s.arg(file).arg(lines(first).size()));
    const Run again = run({ u"export"_s, u"--library"_s, empty });
    QCOMPARE(again.exitCode, 0);
    const QByteArrayList before = lines(first);
    const QByteArrayList after = lines(again.out);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        QCOMPARE(withoutUpdated(after.at(i)), withoutUpdated(before.at(i)));
    QCOMPARE(after, before);

    // Importing the same file again adds nothing.
    const Run twice = run({ u"import"_s, file, u"--library"_s, empty });
    QCOMPARE(twice.exitCode, 0);
    QVERIFY(twice.out.endsWith("(0 new)\n"));
}

// `byline import` of a hostile export stores every article sanitised, and tells each one.
void TestCommandLine::importHostileExport()
{
    const QString file = m_dir.filePath(u"hostile.jsonl"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(HostileExport::file());
    }
    const QString library = m_dir.filePath(u"hostile.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(library);
        QVERIFY2(db.ok(), qPrintable(db.error()));
    }
    const Run imported = run({ u"import"_s, file, u"--library"_s, library });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QString::fromUtf8(imported.out),
             u"added 1: %1\nadded 2: %2\n%3: 2 articles (2 new)\n"_s.arg(
                 HostileExport::titles().at(0), HostileExport::titles().at(1), file));

    Result<std::unique_ptr<Database>> db = Database::open(library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    for (qint64 id : { 1, 2 }) {
        const Result<Article> article = ArticleStore(**db).get(id);
        QVERIFY2(article.ok(), qPrintable(article.error()));
        for (const QString &field :
             { article->contentHtml, article->url, article->canonicalUrl, article->leadImageUrl }) {
            const QString bad = HostileExport::firstForbidden(field);
            QVERIFY2(bad.isEmpty(), qPrintable(bad + u" in "_s + field));
        }
        QVERIFY(article->contentHtml.contains(HostileExport::kept()));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
