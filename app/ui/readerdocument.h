// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct Article;

// Renders an article through the reader template (resources/reader/article.html + reader.css).
// Every field is escaped; the body is put in as given (already sanitised) behind a
// Content-Security-Policy that allows no script, frame, form or remote load.
class ReaderDocument {
    Q_DECLARE_TR_FUNCTIONS(ReaderDocument)

public:
    struct Options {
        int fontStep = 0; // -2..2
        QString theme = QStringLiteral("system"); // light, sepia, dark, system
        QString typeface = QStringLiteral("serif"); // serif, sans
        QString lineWidth = QStringLiteral("normal"); // narrow, normal, wide
        QString lineSpacing = QStringLiteral("normal"); // compact, normal, loose
        bool remoteImages = false;
    };

    static QByteArray render(const Article &article, const Options &options);
    static QByteArray emptyState(const Options &options); // the calm page shown with no article

    static QString language(const Article &article); // "ko", "en", ... guessed when unknown
    static int readingMinutes(const Article &article); // at least 1
    static QString readingTime(const Article &article); // "7 min read"

private:
    static void insertStyle(QHash<QString, QString> &values, const Options &options);
    static QString fill(const QString &templ, const QHash<QString, QString> &values);
    static QString metaLine(const Article &article);
    static QString leadImage(const Article &article);
    static QString footer(const Article &article);
    static QString policy(const QString &nonce, bool remoteImages);
};
