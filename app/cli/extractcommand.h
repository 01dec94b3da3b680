// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;
struct ExtractedArticle;

// byline extract [--json] [--whole-page] FILE|URL|-...: prints the article found in each input
// ("-": standard input) and stores nothing. With --json, one object per input per line: input,
// title, byline, published (ISO 8601 or null), section, url, lang, articleBody (paragraphs on their
// own lines, no title) and html. Every input is tried; the exit status is 1 when any failed.
class ExtractCommand {
    Q_DECLARE_TR_FUNCTIONS(ExtractCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
    static QByteArray jsonLine(const QString &input, const ExtractedArticle &article);
    static QString text(const ExtractedArticle &article);
};
