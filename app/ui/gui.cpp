// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "desktopurlopener.h"
#include "importcontroller.h"
#include "library/library.h"
#include "library/windowrequest.h"
#include "mainwindow.h"
#include "schemehandler.h"
#include "screenshottour.h"
#include "settings.h"
#include "singleinstance.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// The app icon at every size it is drawn in (PNG, so no SVG plugin is needed).
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        icon.addFile(u":/icons/byline-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *byline = new QTranslator(&app);
    if (byline->load(locale, u"byline"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(byline);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}
// Without a display Qt aborts when the app is created; say why and end instead.
bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-platform" || arg == "--platform" || arg.startsWith("-platform=")
            || arg.startsWith("--platform="))
            return true;
    }
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "byline: " << message << '\n'
                        << QCoreApplication::translate("CommandLine", "Try 'byline --help'.")
                        << '\n';
    return 2;
}

void bringToFront(QWidget &window)
{
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
}

// Through the window's own import path, as if the files and links were dropped on it.
void importItems(QWidget &window, const QStringList &items)
{
    if (items.isEmpty())
        return;
    auto *import = window.findChild<ImportController *>();
    if (!import)
        return;
    QList<QUrl> urls;
    for (const QString &item : items)
        urls.append(QDir::isAbsolutePath(item) ? QUrl::fromLocalFile(item)
                                               : QUrl(item, QUrl::StrictMode));
    QMimeData data;
    data.setUrls(urls);
    import->importMimeData(&data);
}
} // namespace

int Gui::run(int argc, char *argv[])
{
    if (!hasDisplay(argc, argv)) {
        QTextStream(stderr) << "byline: "
                            << QCoreApplication::translate(
                                   "Gui",
                                   "no display to open the window on (neither DISPLAY nor "
                                   "WAYLAND_DISPLAY is set); commands work without one, see "
                                   "'byline --help'")
                            << '\n';
        return 1;
    }
    // Qt WebEngine shares its OpenGL context with the widgets; must be set before the app.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SchemeHandler::registerScheme(); // the reader's byline: scheme, also before the app
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Byline"_s); // as main() does; settings live there
    QCoreApplication::setApplicationName(u"Byline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    QGuiApplication::setDesktopFileName(u"org.byline.Byline"_s);
    QApplication::setWindowIcon(applicationIcon());

    const Settings settings;
    installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui", "A desktop news reader made for long reading"));
    const QCommandLineOption libraryOption(
        u"library"_s, QCoreApplication::translate("Gui", "Use the library file PATH."),
        QCoreApplication::translate("Gui", "PATH"));
    QCommandLineOption screenshotOption(
        u"screenshot-dir"_s,
        QCoreApplication::translate("Gui", "Step through the main states and save screenshots."),
        QCoreApplication::translate("Gui", "DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(libraryOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
        u"FILE|URL"_s, QCoreApplication::translate("Gui", "Pages and addresses to import."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(libraryOption) && parser.value(libraryOption).isEmpty())
        return usageError(QCoreApplication::translate("Gui", "--library needs a path"));
    QStringList items;
    const QStringList arguments = parser.positionalArguments();
    for (const QString &argument : arguments) {
        if (!WindowRequest::isImportable(argument))
            return usageError(
                QCoreApplication::translate("Gui", "%1 is neither a file nor a web address")
                    .arg(argument));
        items.append(WindowRequest::absolute(argument));
    }

    const QString path = Library::resolvePath(parser.value(libraryOption));
    // One window per library: a second start hands its items to the first and ends. The
    // screenshot tour always gets a window of its own.
    SingleInstance instance(path);
    if (!parser.isSet(screenshotOption)) {
        switch (instance.start(items)) {
        case SingleInstance::Outcome::HandedOff:
            return 0;
        case SingleInstance::Outcome::Failed:
            QTextStream(stderr) << "byline: " << instance.errorString() << '\n';
            return 1;
        case SingleInstance::Outcome::Primary:
            if (!instance.isListening())
                QTextStream(stderr) << "byline: " << instance.errorString() << '\n';
            break;
        }
    }

    auto db = Library::openOrCreate(path);
    if (!db) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Gui", "Byline"),
            QCoreApplication::translate("Gui", "Byline cannot open the library %1: %2")
                .arg(path, db.error()));
        return 1;
    }

    DesktopUrlOpener opener;
    MainWindow window(**db, &opener);
    window.show();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     [&window](const QStringList &requested) {
                         bringToFront(window);
                         importItems(window, requested);
                     });
    if (!items.isEmpty())
        QTimer::singleShot(0, &window, [&window, items] { importItems(window, items); });
    if (parser.isSet(screenshotOption)) {
        auto *tour = new ScreenshotTour(&window, parser.value(screenshotOption), &app);
        tour->start();
    }
    return QApplication::exec();
}
