// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importinput.h"
#include "storedarticle.h"

#include <QList>
#include <QMetaType>
#include <QString>

// How one import went. Nothing is stored unless status is Imported or Updated. A page, a URL or
// text stores one article; a Byline export stores all of its articles (Imported when at least
// one was new) and articleId and title are its last one's.
struct ImportReport {
    enum class Status { Imported, Updated, NotAnArticle, Failed, Cancelled };
    ImportInput input;
    Status status = Status::Failed;
    QString message; // why it failed, one line; empty on success
    QString notice; // stored, but with a caveat (a hostile or huge page was trimmed); one line
    qint64 articleId = 0;
    QString title;
    bool libraryExport = false; // the input was a Byline export
    QList<StoredArticle> stored; // every article stored, in order
    int added = 0; // how many of `stored` were new to the library
    int reads = 0; // reads recorded (exports)

    bool ok() const { return status == Status::Imported || status == Status::Updated; }
    // "name: message", or the message alone when the input has no name (pasted text).
    QString describe() const
    {
        const QString name = input.displayName();
        return name.isEmpty() ? message : name + QLatin1String(": ") + message;
    }
};
Q_DECLARE_METATYPE(ImportReport)
