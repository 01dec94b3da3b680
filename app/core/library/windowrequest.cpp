// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowrequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not created yet: the same name as once it exists (unless the file itself is a link).
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty())
        return folder + u'/' + info.fileName();
    return QDir::cleanPath(info.absoluteFilePath());
}

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

bool isWebUrl(const QString &text)
{
    if (!text.startsWith(u"http://"_s, Qt::CaseInsensitive)
        && !text.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("WindowRequest", text);
}

} // namespace

QString WindowRequest::serverName(const QString &libraryPath)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonicalPath(libraryPath).toUtf8(), QCryptographicHash::Sha256);
    return u"byline-%1-%2"_s.arg(userId(), QString::fromLatin1(hash.left(12).toHex()));
}

bool WindowRequest::isImportable(const QString &argument)
{
    return isWebUrl(argument) || QFileInfo(argument).isFile();
}

QString WindowRequest::absolute(const QString &argument)
{
    if (isWebUrl(argument))
        return argument;
    return QFileInfo(argument).absoluteFilePath();
}

QByteArray WindowRequest::encode(const QStringList &items)
{
    const QJsonObject request { { u"activate"_s, true },
                                { u"items"_s, QJsonArray::fromStringList(items) } };
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

Result<QStringList> WindowRequest::decode(const QByteArray &line)
{
    if (line.size() > maximumSize)
        return Error { tr("The request is too long.") };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error { tr("The request is not a Byline window request.") };
    const QJsonObject request = document.object();
    if (!request.value(u"activate"_s).toBool())
        return Error { tr("The request is not a Byline window request.") };
    QStringList items;
    const QJsonArray array = request.value(u"items"_s).toArray();
    for (const QJsonValue &value : array) {
        const QString item = value.toString();
        if (!value.isString() || (!isWebUrl(item) && !QDir::isAbsolutePath(item)))
            return Error { tr("The request names something that is neither a file nor a web "
                              "address.") };
        items.append(item);
    }
    return items;
}

QByteArray WindowRequest::answer()
{
    return "ok\n";
}
