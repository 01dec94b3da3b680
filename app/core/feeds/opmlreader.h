// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opmldocument.h"
#include "result.h"

#include <QCoreApplication>

// Reads an OPML 1.0 or 2.0 subscription list with QXmlStreamReader. A malformed file is refused
// whole, with the line of the fault; so is a file declaring entities in a DTD (nothing a DTD
// names is ever read or expanded).
class OpmlReader {
    Q_DECLARE_TR_FUNCTIONS(OpmlReader)

public:
    static Result<OpmlDocument> read(const QByteArray &data);
    static Result<OpmlDocument> readFile(const QString &path);
};
