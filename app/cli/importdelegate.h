// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class CommandContext;

// `byline import` of something that is not a Byline export (a saved page, a text file, a URL):
// a row in importDelegates(). The first row whose `accepts` says yes imports the argument.
struct ImportDelegate {
    bool (*accepts)(const QString &argument); // a path or a URL, as typed
    int (*run)(CommandContext &context, const QString &argument); // exit status, as Command::run
};

// The table, in importdelegates.cpp.
const QList<ImportDelegate> &importDelegates();
