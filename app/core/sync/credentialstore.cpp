// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QString keyOf(const QString &url, const QString &user)
{
    return user + u'@' + url;
}

QJsonObject readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

CredentialStore::CredentialStore(QString dir) : m_dir(std::move(dir)) { }

QString CredentialStore::filePath() const
{
    const QString dir = m_dir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : m_dir;
    return dir + u"/credentials.json"_s;
}

QString CredentialStore::where() const
{
    return tr("in the file %1, readable only by you (no secret service)").arg(filePath());
}

Status CredentialStore::save(const QString &url, const QString &user, const QString &password)
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error { tr("Could not create the folder of %1.").arg(path) };
    QJsonObject all = readAll(path);
    all.insert(keyOf(url, user), password);
    QSaveFile file(path);
    // Created 0600 before anything is written to it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error { tr("Could not write the password file %1: %2")
                               .arg(path, file.errorString()) };
    file.write(QJsonDocument(all).toJson());
    if (!file.commit())
        return Error { tr("Could not write the password file %1: %2")
                               .arg(path, file.errorString()) };
    return {};
}

Result<QString> CredentialStore::password(const QString &url, const QString &user) const
{
    const QJsonValue value = readAll(filePath()).value(keyOf(url, user));
    if (!value.isString())
        return Error { tr("No password is stored for %1 at %2: add the account again.")
                               .arg(user, url) };
    return value.toString();
}

Status CredentialStore::remove(const QString &url, const QString &user)
{
    QJsonObject all = readAll(filePath());
    if (!all.contains(keyOf(url, user)))
        return {};
    all.remove(keyOf(url, user));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error { tr("Could not write the password file %1.").arg(filePath()) };
    file.write(QJsonDocument(all).toJson());
    if (!file.commit())
        return Error { tr("Could not write the password file %1.").arg(filePath()) };
    return {};
}
