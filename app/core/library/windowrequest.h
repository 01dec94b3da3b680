// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a second `byline` sends to the window already open on the same library: "come to the
// front and import these". One line of JSON, {"activate":true,"items":[...]}, answered by
// answer() ("ok\n"). Items are absolute file paths or http(s) URLs.
namespace WindowRequest {
// The local server name of the window on libraryPath: one per user and canonical library path.
QString serverName(const QString &libraryPath);
// A command-line argument the window imports: an existing file or an http(s) URL.
bool isImportable(const QString &argument);
// The argument as the window (another process, another folder) must receive it.
QString absolute(const QString &argument);

constexpr qsizetype maximumSize = 1024 * 1024; // a request line, in bytes
QByteArray encode(const QStringList &items);
Result<QStringList> decode(const QByteArray &line);
QByteArray answer();
} // namespace WindowRequest
