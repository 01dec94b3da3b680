// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrescue.h"

#include "library/libraryexporter.h"
#include "library/libraryrecovery.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The summary line and, when something was lost, the first few skipped runs.
QString lossText(const ReadableArticles::Report &report)
{
    if (report.complete())
        return {};
    QStringList lines = report.lines();
    const qsizetype shown = 5;
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - shown;
        lines = lines.mid(0, shown);
        lines.append(more == 1 ? LibraryRescue::tr("…and 1 more.")
                               : LibraryRescue::tr("…and %n more.", nullptr, int(more)));
    }
    return report.summary() + u"\n\n"_s + lines.join(u'\n');
}

} // namespace

LibraryRescue::LibraryRescue(QString libraryPath, QWidget *window)
    : QObject(window), m_path(std::move(libraryPath)), m_window(window)
{
}

LibraryRescue::~LibraryRescue()
{
    if (m_thread)
        m_thread->wait();
}

void LibraryRescue::exportLibrary()
{
    const QString suggested = QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName()
                                                               + u"-export.jsonl"_s);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Library"), suggested,
                                                      tr("Byline exports (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LibraryRescue::recover()
{
    const QString suggested = QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName()
                                                               + u"-recovered.sqlite"_s);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Recover into a New Library"),
                                                      suggested, tr("Byline libraries (*.sqlite)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        recoverInto(path);
}

void LibraryRescue::exportTo(const QString &path)
{
    auto result = std::make_shared<Result<ReadableArticles::Report>>(Error {});
    run(
        tr("Exporting the library…"),
        [library = m_path, path, result] {
            Result<std::unique_ptr<Database>> db = Database::open(library);
            *result = db ? LibraryExporter(**db).writeFile(path)
                         : Result<ReadableArticles::Report>(Error { db.error() });
        },
        [this, path, result] {
            if (!*result) {
                report(false, result->error());
                return;
            }
            const int count = (*result)->read;
            const QString shown = QDir::toNativeSeparators(path);
            const QString done = count == 1
                ? tr("Exported 1 article to %1.").arg(shown)
                : tr("Exported %n articles to %1.", nullptr, count).arg(shown);
            const QString lost = lossText(**result);
            report(lost.isEmpty(), lost.isEmpty() ? done : done + u"\n\n"_s + lost);
        });
}

void LibraryRescue::recoverInto(const QString &path)
{
    auto result = std::make_shared<Result<LibraryRecovery::Outcome>>(Error {});
    run(
        tr("Recovering the library…"),
        [library = m_path, path, result] { *result = LibraryRecovery::recover(library, path); },
        [this, path, result] {
            if (!*result) {
                report(false, result->error());
                return;
            }
            const int count = (*result)->copied;
            const QString shown = QDir::toNativeSeparators(path);
            const QString done = count == 1
                ? tr("Recovered 1 article into %1.").arg(shown)
                : tr("Recovered %n articles into %1.", nullptr, count).arg(shown);
            const QString lost = lossText((*result)->report);
            const QString message = lost.isEmpty() ? done : done + u"\n\n"_s + lost;
            emit statusMessage(done);
            emit finished(true, message);
            offerToOpen(path, message);
        });
}

void LibraryRescue::run(const QString &busyText, std::function<void()> work,
                        std::function<void()> done)
{
    if (m_thread) {
        emit statusMessage(tr("Byline is still saving the library; try again when it is done."));
        return;
    }
    emit statusMessage(busyText);
    m_thread = QThread::create(std::move(work));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done();
    });
    m_thread->start();
}

void LibraryRescue::report(bool ok, const QString &message)
{
    emit statusMessage(message.section(u'\n', 0, 0));
    emit finished(ok, message);
    if (!m_window)
        return;
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Byline"),
                                message, QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LibraryRescue::offerToOpen(const QString &path, const QString &message)
{
    if (!m_window)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Byline"), message,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"recoveredBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Open the new library in place of this one? To keep using it, choose it in "
           "Preferences."));
    QPushButton *open = box->addButton(tr("Open the New Library"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    connect(open, &QPushButton::clicked, this, [this, path] {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    { u"--library"_s, path })) {
            if (m_window)
                m_window->close();
        } else {
            emit statusMessage(
                tr("Could not start Byline on %1.").arg(QDir::toNativeSeparators(path)));
        }
    });
    box->open();
}
