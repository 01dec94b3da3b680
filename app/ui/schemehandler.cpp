// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemehandler.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace {
constexpr auto host = "reader"_L1;
constexpr auto articlePrefix = "/article/"_L1;
constexpr auto resourcePrefix = "/qrc/"_L1;
} // namespace

QByteArray SchemeHandler::schemeName()
{
    return QByteArrayLiteral("byline");
}

void SchemeHandler::registerScheme()
{
    if (QWebEngineUrlScheme::schemeByName(schemeName()).name() == schemeName())
        return;
    QWebEngineUrlScheme scheme(schemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Not SecureScheme: Chromium would upgrade http images to https ("Load remote images").
    scheme.setFlags(QWebEngineUrlScheme::LocalScheme | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl SchemeHandler::resourceUrl(const QString &qrcPath)
{
    QString path = qrcPath;
    if (path.startsWith("qrc:"_L1))
        path = QUrl(path).path();
    else if (path.startsWith(u':'))
        path = path.mid(1);
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setHost(host);
    url.setPath(resourcePrefix + (path.startsWith(u'/') ? path.mid(1) : path));
    return url;
}

// Also before main(), so any program with a reader view has the scheme even if it forgot to call
// registerScheme() itself (Qt WebEngine is loaded by then: it is a library we link).
static void registerSchemeEarly()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerSchemeEarly)

SchemeHandler::SchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) { }

QUrl SchemeHandler::publish(const QByteArray &html)
{
    m_html = html;
    ++m_serial;
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setHost(host);
    url.setPath(articlePrefix + QString::number(m_serial));
    return url;
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString path = url.path();
    if (url.host() != host || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (path == articlePrefix + QString::number(m_serial)) {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_html);
        job->reply(QByteArrayLiteral("text/html"), buffer);
        return;
    }
    if (path.startsWith(resourcePrefix)) {
        serveResource(job, path.mid(resourcePrefix.size() - 1));
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

void SchemeHandler::serveResource(QWebEngineUrlRequestJob *job, const QString &path)
{
    // Images only: the reader page has no business reading anything else from the resources.
    const QString filePath = u':' + path;
    const QMimeType type = QMimeDatabase().mimeTypeForFile(filePath, QMimeDatabase::MatchExtension);
    if (path.contains("/../"_L1) || !type.name().startsWith("image/"_L1)) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    auto *file = new QFile(filePath, job);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    job->reply(type.name().toLatin1(), file);
}
