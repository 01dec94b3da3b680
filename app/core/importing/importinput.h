// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One thing to import: a file, a web address, pasted text, pasted HTML or standard input.
struct ImportInput {
    enum class Kind { File, Url, Text, Html, StandardInput };
    Kind kind = Kind::File;
    QString value; // the path, the URL as typed, the text or the HTML
    QUrl baseUrl; // Html: where it came from (may be empty)

    static ImportInput file(const QString &path) { return { Kind::File, path, {} }; }
    static ImportInput url(const QUrl &url) { return { Kind::Url, url.toString(), {} }; }
    static ImportInput text(const QString &text) { return { Kind::Text, text, {} }; }
    static ImportInput html(const QString &html, const QUrl &baseUrl = {})
    {
        return { Kind::Html, html, baseUrl };
    }
    static ImportInput standardInput() { return { Kind::StandardInput, {}, {} }; }
    // A command-line argument or a dropped string: http(s)://... is a URL, "-" standard input,
    // anything else a path.
    static ImportInput fromArgument(const QString &argument)
    {
        if (argument == QLatin1String("-"))
            return standardInput();
        const QUrl url(argument.trimmed(), QUrl::StrictMode);
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            return ImportInput::url(url);
        if (url.isLocalFile())
            return file(url.toLocalFile());
        return file(argument);
    }
    // What messages call it: the file name, the address, or "" for pasted text.
    QString displayName() const
    {
        switch (kind) {
        case Kind::File:
            return QFileInfo(value).fileName();
        case Kind::Url:
            return value;
        default:
            return {};
        }
    }
};
Q_DECLARE_METATYPE(ImportInput)
