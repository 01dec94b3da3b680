// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extractedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// An article from plain text: a page saved as text, or text pasted from a browser. Drops the
// page's interface lines (font-size steps, share buttons, "CLOSE", "Top 10 Stories" ...), finds
// a section label (also one glued to the title: "EDFate of ..."), the title, a deck and the
// paragraphs (blank-line separated; single lines when the text has no blank lines).
class TextExtractor {
    Q_DECLARE_TR_FUNCTIONS(TextExtractor)

public:
    static Result<ExtractedArticle> extract(const QString &text, const QUrl &url = {});

    // True for a line that is page interface, not writing: "• -2", "Facebook share button".
    static bool isInterfaceLine(const QString &line);
    // "EDFate of nuclear talks" -> {"ED", "Fate of nuclear talks"}; {} when there is no label.
    static QStringList splitGluedSection(const QString &line);

private:
    static QString stripBullet(const QString &line);
    static QList<QStringList> blocks(const QString &text);
};
