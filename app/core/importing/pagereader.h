// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractedarticle.h"
#include "fetch/pagefetcher.h"
#include "importinput.h"
#include "result.h"

#include <QCoreApplication>

class QIODevice;

// Turns an ImportInput into an ExtractedArticle, storing nothing: reads the file (refusing
// empty, binary, non-text and oversized files without reading them), or fetches the URL,
// decodes the bytes, and runs ArticleExtractor (HTML) or TextExtractor (text). A page that
// does not look like an article comes back with looksLikeArticle false, not as an error.
class PageReader {
    Q_DECLARE_TR_FUNCTIONS(PageReader)

public:
    static constexpr qint64 maximumFileBytes = 50 * 1024 * 1024;
    static constexpr int maximumNesting = 2000;

    struct Options {
        bool wholePage = false;
        int timeoutMs = PageFetcher::defaultTimeoutMs;
        const std::atomic<bool> *cancelled = nullptr; // set from another thread: stop fetching
    };

    static Result<ExtractedArticle> read(const ImportInput &input, const Options &options);
    // Everything a device gives (standard input), read to its end (blocking), refused past
    // maximumFileBytes or on a read error.
    static Result<ExtractedArticle> readDevice(QIODevice &device, const Options &options);
    // Bytes from a file or a server. contentType may be empty (then the bytes are sniffed).
    // Running out of memory gives an Error, not an exception.
    static Result<ExtractedArticle> readBytes(const QByteArray &bytes,
                                              const QByteArray &contentType, bool htmlByName,
                                              const QUrl &baseUrl, const Options &options);

    // "This is a PNG image, not a web page or text", or empty when no known format matches.
    static QString knownBinaryFormat(const QByteArray &bytes);
    static bool looksBinary(const QByteArray &bytes);
    static bool looksLikeHtml(const QByteArray &bytes);
    // Deepest element nesting, roughly (open minus closed tags); stops counting past `limit`.
    static int nestingDepth(const QString &html, int limit);

private:
    static Result<ExtractedArticle> readFile(const QString &path, const Options &options);
    static Result<ExtractedArticle> readUrl(const QString &url, const Options &options);
    static Result<ExtractedArticle> readHtml(const QString &html, const QUrl &baseUrl,
                                             const Options &options);
    static Result<ExtractedArticle> readText(const QString &text, const QUrl &url);
    static Result<ExtractedArticle> readPage(const QByteArray &bytes, const QByteArray &contentType,
                                             bool htmlByName, const QUrl &baseUrl,
                                             const Options &options);
};
