// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Account passwords, by server url and user. For now always the fallback the issue allows
// where no secret service runs: one JSON file readable only by the user (0600) in the app's
// data directory. (QtKeychain, the desktop's secret store, is still to come.)
class CredentialStore {
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    // dir: where the file goes; empty: the app's data directory.
    explicit CredentialStore(QString dir = {});

    QString where() const; // for Preferences / the CLI: "in the file …"
    Status save(const QString &url, const QString &user, const QString &password);
    Result<QString> password(const QString &url, const QString &user) const;
    Status remove(const QString &url, const QString &user);

private:
    QString filePath() const;
    QString m_dir;
};
