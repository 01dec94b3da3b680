// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "accountcommand.h"
#include "accountscommand.h"
#include "checkcommand.h"
#include "command.h"
#include "commandcontext.h"
#include "deletecommand.h"
#include "exportcommand.h"
#include "extractcommand.h"
#include "feedcommand.h"
#include "feedscommand.h"
#include "importcommand.h"
#include "library/library.h"
#include "library/windowrequest.h"
#include "listcommand.h"
#include "opmlcommand.h"
#include "recovercommand.h"
#include "refreshcommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "subscribecommand.h"
#include "synccommand.h"
#include "terminaltext.h"
#include "topcommand.h"
#include "unsubscribecommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The subcommands: one row each.
const Command commands[] = {
    { "list", "[--json] [--unread] [--starred] [--limit N]",
      QT_TRANSLATE_NOOP("CommandLine", "List articles, newest first"), &ListCommand::run },
    { "show", "ID", QT_TRANSLATE_NOOP("CommandLine", "Print an article"), &ShowCommand::run },
    { "search", "QUERY...", QT_TRANSLATE_NOOP("CommandLine", "Search titles, authors and text"),
      &SearchCommand::run },
    { "delete", "ID...",
      QT_TRANSLATE_NOOP("CommandLine", "Delete articles, with their search entries and reads"),
      &DeleteCommand::run },
    { "top", "[--stories | --most-read]",
      QT_TRANSLATE_NOOP("CommandLine",
                        "The ten most read articles of the week (default), or with --stories "
                        "the unread stories of the last 48 hours most of your feeds carry"),
      &TopCommand::run },
    { "export", "[FILE]",
      QT_TRANSLATE_NOOP("CommandLine", "Write the library as JSON lines (to stdout without FILE)"),
      &ExportCommand::run },
    { "import", "FILE|URL|-...",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Add articles from Byline exports, saved pages, text files or URLs"),
      &ImportCommand::run },
    { "extract", "[--json] [--whole-page] FILE|URL|-...",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Print the article in saved pages, text files or URLs; "
                        "store nothing"),
      &ExtractCommand::run },
    { "feed", "[--json] FILE|URL|-",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Print the items of one RSS, Atom or JSON feed; store nothing"),
      &FeedCommand::run },
    { "subscribe", "[--folder NAME] [--first] URL",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Follow a feed, given its address or its site's, and fetch its articles"),
      &SubscribeCommand::run },
    { "refresh", "[FEED...]",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Fetch the new articles of the feeds named (id, URL or title), else of "
                        "all"),
      &RefreshCommand::run },
    { "feeds", "[--json]",
      QT_TRANSLATE_NOOP("CommandLine",
                        "List the feeds followed: unread count, last refresh, folder, title, "
                        "URL and last error"),
      &FeedsCommand::run },
    { "unsubscribe", "FEED",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Stop following a feed (its id, URL or title); its articles go, starred "
                        "ones stay"),
      &UnsubscribeCommand::run },
    { "opml", "import FILE | export [FILE]",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Follow the feeds of an OPML file, or write the feeds followed as OPML "
                        "(to stdout without FILE)"),
      &OpmlCommand::run },
    { "account", "add ttrss URL --user NAME [--password-file FILE]",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Add a Tiny Tiny RSS account; the password is asked for, or read from "
                        "FILE"),
      &AccountCommand::run },
    { "accounts", "",
      QT_TRANSLATE_NOOP("CommandLine", "List the sync accounts, their last sync and error"),
      &AccountsCommand::run },
    { "sync", "",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Sync every account once: send local changes, fetch feeds, articles and "
                        "read/starred state"),
      &SyncCommand::run },
    { "check", "[--full]",
      QT_TRANSLATE_NOOP("CommandLine", "Check the library for damage (--full: slower, deeper)"),
      &CheckCommand::run },
    { "recover", "NEWFILE",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Copy every readable article of a damaged library into a new library"),
      &RecoverCommand::run },
};

// Options of the window (Gui) and of Qt itself (QGuiApplication) that take a value, so
// their value is not taken for a command.
const char *const windowOptionsWithValue[] = { "--library",        "--screenshot-dir",
                                               "-platform",        "-platformpluginpath",
                                               "-platformtheme",   "-plugin",
                                               "-qwindowgeometry", "-qwindowicon",
                                               "-qwindowtitle",    "-style",
                                               "-stylesheet",      "-display",
                                               "-session",         "-name",
                                               "-title",           "-geometry" };

// Qt takes its single-dash options with two dashes as well.
bool takesValue(const char *arg)
{
    for (const char *option : windowOptionsWithValue) {
        if (std::strcmp(arg, option) == 0
            || (option[1] != '-' && arg[0] == '-' && std::strcmp(arg + 1, option) == 0))
            return true;
    }
    return false;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString usageLine(const Command &command)
{
    const QString line
        = u"byline "_s + QLatin1String(command.name) + u' ' + QLatin1String(command.synopsis);
    return line.trimmed();
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine",
                                       "Usage: byline [--library PATH] [COMMAND [ARGUMENTS...]]")
        << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "       byline [--library PATH] [FILE|URL...]")
        << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "A news reader made for long reading. Without a command, "
                                       "Byline opens its window, one per library (a second start "
                                       "brings it to the front), and imports any files or URLs "
                                       "given.")
        << "\n\n"
        << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const Command &command : commands)
        out << "  " << usageLine(command) << '\n'
            << "      " << translated(command.summary) << '\n';
    const QList<std::pair<QString, QString>> options {
        { u"--library PATH"_s,
          QCoreApplication::translate("CommandLine",
                                      "Use the library at PATH (created with the sample articles "
                                      "if missing)") },
        { u"-h, --help"_s, QCoreApplication::translate("CommandLine", "Show this help") },
        { u"-v, --version"_s, QCoreApplication::translate("CommandLine", "Show the version") },
    };
    out << '\n' << QCoreApplication::translate("CommandLine", "Options:") << '\n';
    int width = 0;
    for (const auto &[option, text] : options)
        width = qMax(width, TerminalText::displayWidth(option));
    for (const auto &[option, text] : options)
        out << "  " << TerminalText::padded(option, width) << "  " << text << '\n';
    out << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "Exit status: 0 on success, 1 on an error, 2 on a usage "
                                       "error.")
        << '\n';
}

void installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"byline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

// The command line split into its parts; the global options may come anywhere.
struct Invocation {
    QString library;
    bool help = false;
    bool version = false;
    QString commandName;
    QStringList arguments; // after the command name
    QString usageError; // set when the global options are wrong
};

Invocation split(const QStringList &args)
{
    Invocation call;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!optionsEnded && arg == u"--library"_s) {
            if (i + 1 >= args.size()) {
                call.usageError
                    = QCoreApplication::translate("CommandLine", "--library needs a path");
                return call;
            }
            call.library = args.at(++i);
        } else if (!optionsEnded && arg.startsWith(u"--library="_s)) {
            call.library = arg.mid(10);
            if (call.library.isEmpty()) {
                call.usageError
                    = QCoreApplication::translate("CommandLine", "--library needs a path");
                return call;
            }
        } else if (!optionsEnded && call.commandName.isEmpty() && i + 1 >= args.size()
                   && takesValue(arg.toLocal8Bit().constData())) {
            call.usageError
                = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(arg);
            return call;
        } else if (!optionsEnded && (arg == u"--help"_s || arg == u"-h"_s)) {
            call.help = true;
        } else if (!optionsEnded && (arg == u"--version"_s || arg == u"-v"_s)
                   && call.commandName.isEmpty()) {
            call.version = true;
        } else if (call.commandName.isEmpty()) {
            if (arg.startsWith(u'-') && arg != u"-"_s) {
                call.usageError
                    = QCoreApplication::translate("CommandLine", "unknown option '%1'").arg(arg);
                return call;
            }
            call.commandName = arg;
        } else {
            optionsEnded = optionsEnded || arg == u"--"_s;
            call.arguments.append(arg);
        }
    }
    return call;
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "byline: " << message << '\n'
        << QCoreApplication::translate("CommandLine", "Try 'byline --help'.") << '\n';
    return 2;
}

} // namespace

bool CommandLine::wantsCommandLine(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (takesValue(arg)) {
            if (i + 1 >= argc)
                return true; // the command line reports the missing value (exit 2)
            ++i;
            continue;
        }
        if (std::strcmp(arg, "--library=") == 0 || std::strcmp(arg, "--help") == 0
            || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--version") == 0
            || std::strcmp(arg, "-v") == 0)
            return true;
        if (arg[0] == '-' && arg[1] != '\0')
            continue; // an option of the window or of Qt
        // Files and web addresses go to the window to import; a command wins over a file of
        // the same name, and anything else is for the command line to explain.
        const QString argument = QString::fromLocal8Bit(arg);
        if (findCommand(argument) || !WindowRequest::isImportable(argument))
            return true;
    }
    return false;
}

int CommandLine::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslator(app);
    const Invocation call = split(QCoreApplication::arguments());
    if (!call.usageError.isEmpty())
        return usageError(call.usageError);

    QTextStream out(stdout);
    if (call.commandName.isEmpty()) {
        if (call.help)
            printHelp(out);
        else if (call.version)
            out << "byline " << QCoreApplication::applicationVersion() << '\n';
        else
            return usageError(QCoreApplication::translate("CommandLine", "no command given"));
        return 0;
    }
    const Command *command = findCommand(call.commandName);
    if (!command && WindowRequest::isImportable(call.commandName)) {
        // Files and addresses for the window, with something that is neither among them.
        for (const QString &argument : call.arguments) {
            if (findCommand(argument))
                return usageError(
                    QCoreApplication::translate("CommandLine", "the command %1 must come first")
                        .arg(argument));
            if (!WindowRequest::isImportable(argument))
                return usageError(QCoreApplication::translate(
                                      "CommandLine", "%1 is neither a file nor a web address")
                                      .arg(argument));
        }
    }
    if (!command)
        return usageError(QCoreApplication::translate("CommandLine", "unknown command '%1'")
                              .arg(call.commandName));
    if (call.help) {
        out << QCoreApplication::translate("CommandLine", "Usage: %1").arg(usageLine(*command))
            << '\n'
            << translated(command->summary) << '\n';
        return 0;
    }
    CommandContext context(*command, Library::resolvePath(call.library));
    return command->run(context, call.arguments);
}
