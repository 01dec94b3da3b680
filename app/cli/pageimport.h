// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class CommandContext;

// `byline import` of a saved page, a text file or a URL: the row ImportCommand hands anything
// that is not a Byline export to (importdelegates.cpp).
class PageImport {
    Q_DECLARE_TR_FUNCTIONS(PageImport)

public:
    // An http(s) address, a file that exists, or "-" (standard input).
    static bool accepts(const QString &argument);
    static int run(CommandContext &context, const QString &argument);
};
