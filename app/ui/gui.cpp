// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "desktopurlopener.h"
#include "library/library.h"
#include "mainwindow.h"
#include "schemehandler.h"
#include "screenshottour.h"
#include "settings.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

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
} // namespace

int Gui::run(int argc, char *argv[])
{
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
    parser.process(app);

    QString path = parser.value(libraryOption);
    if (path.isEmpty())
        path = settings.libraryPath();
    path = Library::resolvePath(path);
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
    if (parser.isSet(screenshotOption)) {
        auto *tour = new ScreenshotTour(&window, parser.value(screenshotOption), &app);
        tour->start();
    }
    return QApplication::exec();
}
