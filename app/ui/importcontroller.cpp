// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "importing/importjob.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty();
}

// A single line that is an address, else an invalid QUrl.
QUrl urlInText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n') || trimmed.contains(u' '))
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    return isWebUrl(url) ? url : QUrl();
}

constexpr int maximumListedFailures = 8;

} // namespace

ImportController::ImportController(const QString &libraryPath, QWidget *window, QObject *parent)
    : QObject(parent), m_libraryPath(libraryPath), m_window(window)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_job->cancel(); // stops between items and aborts a download within 0.1 s
        m_thread->quit();
        m_thread->wait();
        delete m_job;
    }
}

void ImportController::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Pages"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Web pages, text and Byline exports (*.html *.htm *.xhtml *.txt *.jsonl);;"
           "All files (*)"));
    QList<ImportInput> inputs;
    for (const QString &path : paths)
        inputs.append(ImportInput::file(path));
    start(inputs, false);
}

void ImportController::openUrl()
{
    const QUrl fromClipboard = urlInText(QGuiApplication::clipboard()->text());
    bool ok = false;
    const QString text
        = QInputDialog::getText(m_window, tr("Open URL"), tr("Address of the article:"),
                                QLineEdit::Normal, fromClipboard.toString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!isWebUrl(url)) {
        emit statusMessage(tr("Only http and https addresses can be opened"));
        return;
    }
    start({ ImportInput::url(url) }, false);
}

void ImportController::importPaste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QList<ImportInput> inputs = data ? inputsFrom(data) : QList<ImportInput>();
    if (inputs.isEmpty()) {
        emit statusMessage(tr("The clipboard holds no article text or address"));
        return;
    }
    start(inputs, false);
}

void ImportController::importMimeData(const QMimeData *data)
{
    if (data)
        start(inputsFrom(data), false);
}

bool ImportController::canImport(const QMimeData *data)
{
    return data && !inputsFrom(data).isEmpty();
}

QList<ImportInput> ImportController::inputsFrom(const QMimeData *data)
{
    QList<ImportInput> inputs;
    if (data->hasUrls()) {
        const QList<QUrl> urls = data->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                inputs.append(ImportInput::file(url.toLocalFile()));
            else if (isWebUrl(url))
                inputs.append(ImportInput::url(url));
        }
        if (!inputs.isEmpty())
            return inputs;
    }
    if (data->hasText() && !data->text().trimmed().isEmpty()) {
        const QUrl url = urlInText(data->text());
        inputs.append(url.isValid() ? ImportInput::url(url) : ImportInput::text(data->text()));
    }
    return inputs;
}

void ImportController::start(const QList<ImportInput> &inputs, bool wholePage)
{
    if (inputs.isEmpty())
        return;
    if (m_thread) {
        m_queue.append({ inputs, wholePage });
        emit statusMessage(tr("%n item(s) will be imported after the running import", nullptr,
                              int(inputs.size())));
        return;
    }
    m_wholePage = wholePage;
    PageReader::Options options;
    options.wholePage = wholePage;
    m_job = new ImportJob(m_libraryPath, inputs, options);
    m_thread = new QThread(this);
    m_thread->setStackSize(32 * 1024 * 1024); // room for deep pages in the extractor
    m_job->moveToThread(m_thread);

    const int total = int(inputs.size());
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, total, m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    ImportJob *job = m_job;
    connect(m_progress, &QProgressDialog::canceled, this, [job] { job->cancel(); });
    connect(m_job, &ImportJob::itemStarted, this, [this](int, int, const QString &name) {
        if (m_progress && !name.isEmpty())
            m_progress->setLabelText(tr("Importing %1…").arg(name));
    });
    connect(m_job, &ImportJob::progressChanged, this, [this](int done, int count) {
        if (m_progress)
            m_progress->setValue(done);
        emit progressChanged(done, count);
    });
    connect(m_job, &ImportJob::finished, this, &ImportController::handleFinished,
            Qt::QueuedConnection);
    m_thread->start();
    QMetaObject::invokeMethod(m_job, &ImportJob::run, Qt::QueuedConnection);
    emit progressChanged(0, total);
}

void ImportController::handleFinished()
{
    const QList<ImportReport> reports = m_job->reports();
    m_thread->quit();
    m_thread->wait();
    delete m_job;
    m_job = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    if (!m_queue.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_thread || m_queue.isEmpty())
                return;
            const auto [inputs, wholePage] = m_queue.takeFirst();
            start(inputs, wholePage);
        });
    }

    QList<ImportInput> notArticles;
    for (const ImportReport &report : reports) {
        if (report.status == ImportReport::Status::NotAnArticle)
            notArticles.append(report.input);
    }
    if (m_wholePage || notArticles.isEmpty()) {
        summarise(reports);
        return;
    }
    // Asked once for the whole batch, without blocking: the answer arrives in finished().
    const QString name = notArticles.first().displayName();
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Import"),
                          notArticles.size() == 1
                              ? (name.isEmpty() ? tr("This page doesn't look like an article.")
                                                : tr("%1 doesn't look like an article.").arg(name))
                              : tr("%1 pages don't look like articles.").arg(notArticles.size()),
                          QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Byline can keep the whole page instead of the article."));
    QPushButton *anyway
        = box->addButton(tr("Import the whole page anyway"), QMessageBox::AcceptRole);
    box->addButton(tr("Skip"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, anyway, reports, notArticles] {
        if (box->clickedButton() != anyway) {
            summarise(reports);
            return;
        }
        for (const ImportReport &report : reports) {
            if (report.status != ImportReport::Status::NotAnArticle)
                m_earlier.append(report);
        }
        start(notArticles, true);
    });
    box->open();
}

void ImportController::summarise(const QList<ImportReport> &batch)
{
    const QList<ImportReport> reports = m_earlier + batch;
    int done = 0;
    int cancelled = 0;
    int errors = 0; // failures other than "not an article", which was already asked about
    qint64 lastId = 0;
    QStringList failures;
    for (const ImportReport &report : reports) {
        if (report.ok()) {
            done += report.libraryExport ? int(report.stored.size()) : 1; // an export: many
            lastId = report.articleId != 0 ? report.articleId : lastId;
        } else if (report.status == ImportReport::Status::Cancelled) {
            ++cancelled;
        } else {
            failures.append(report.describe());
            errors += report.status == ImportReport::Status::Failed ? 1 : 0;
        }
    }

    QString summary;
    if (reports.size() == 1 && done == 1 && !reports.first().libraryExport)
        summary = reports.first().status == ImportReport::Status::Updated
            ? tr("Updated “%1”").arg(reports.first().title)
            : tr("Imported “%1”").arg(reports.first().title);
    else if (reports.size() == 1 && !failures.isEmpty())
        summary = failures.first();
    else if (done == 1)
        summary = tr("Imported 1 article");
    else
        summary = tr("Imported %1 articles").arg(done);
    if (reports.size() > 1 && !failures.isEmpty())
        summary += u"; "_s + tr("%1 could not be imported").arg(failures.size());
    if (cancelled > 0)
        summary += u"; "_s + tr("%1 cancelled").arg(cancelled);
    for (const ImportReport &report : reports) {
        if (report.ok() && !report.notice.isEmpty()) { // trimmed pages: the first one's reason
            summary += u"; "_s + report.notice;
            break;
        }
    }
    emit statusMessage(summary);
    m_earlier.clear();

    if (errors > 0) {
        QStringList listed = failures.mid(0, maximumListedFailures);
        if (failures.size() > maximumListedFailures)
            listed.append(tr("… and %1 more").arg(failures.size() - maximumListedFailures));
        // One message for the batch, not one per file; not blocking.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok,
                                    m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (reports.size() > 1)
            box->setInformativeText(listed.join(u'\n'));
        box->open();
    }
    if (lastId != 0)
        emit imported(lastId);
}
