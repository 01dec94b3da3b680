// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagereader.h"

#include "extract/articleextractor.h"
#include "extract/htmldecoder.h"
#include "extract/textextractor.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <new>

using namespace Qt::StringLiterals;

namespace {

struct Magic {
    qsizetype offset;
    QByteArray bytes;
    const char *message;
};

const QList<Magic> &magics()
{
    static const QList<Magic> list {
        { 0, QByteArray("\x89PNG\r\n\x1a\n", 8),
          QT_TRANSLATE_NOOP("PageReader", "This is a PNG image, not a web page or text") },
        { 0, QByteArray("\xFF\xD8\xFF", 3),
          QT_TRANSLATE_NOOP("PageReader", "This is a JPEG image, not a web page or text") },
        { 0, QByteArray("GIF8"),
          QT_TRANSLATE_NOOP("PageReader", "This is a GIF image, not a web page or text") },
        { 8, QByteArray("WEBP"),
          QT_TRANSLATE_NOOP("PageReader", "This is a WebP image, not a web page or text") },
        { 0, QByteArray("%PDF-"),
          QT_TRANSLATE_NOOP("PageReader", "This is a PDF document, not a web page or text") },
        { 0, QByteArray("PK\x03\x04", 4),
          QT_TRANSLATE_NOOP("PageReader", "This is a zip archive, not a web page or text") },
        { 0, QByteArray("PK\x05\x06", 4),
          QT_TRANSLATE_NOOP("PageReader", "This is a zip archive, not a web page or text") },
        { 0, QByteArray("\x1F\x8B", 2),
          QT_TRANSLATE_NOOP("PageReader", "This is a gzip archive, not a web page or text") },
        { 0, QByteArray("7z\xBC\xAF\x27\x1C", 6),
          QT_TRANSLATE_NOOP("PageReader", "This is a 7z archive, not a web page or text") },
        { 0, QByteArray("\xD0\xCF\x11\xE0", 4),
          QT_TRANSLATE_NOOP("PageReader",
                            "This is a Microsoft Office document, not a web page or text") },
        { 0,
          QByteArray("\x7F"
                     "ELF"),
          QT_TRANSLATE_NOOP("PageReader", "This is a program, not a web page or text") },
        { 0, QByteArray("SQLite format 3\0", 16),
          QT_TRANSLATE_NOOP("PageReader", "This is a database file, not a web page or text") },
        { 4, QByteArray("ftyp"),
          QT_TRANSLATE_NOOP("PageReader",
                            "This is a video or audio file, not a web page or text") },
        { 0, QByteArray("OggS"),
          QT_TRANSLATE_NOOP("PageReader",
                            "This is a video or audio file, not a web page or text") },
        { 0, QByteArray("ID3"),
          QT_TRANSLATE_NOOP("PageReader", "This is an audio file, not a web page or text") },
    };
    return list;
}

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

bool isHtmlName(const QString &path)
{
    static const QSet<QString> suffixes { u"html"_s, u"htm"_s, u"xhtml"_s, u"xht"_s, u"shtml"_s };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

bool isTextName(const QString &path)
{
    static const QSet<QString> suffixes { u"txt"_s, u"text"_s, u"md"_s };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// Browsers write <!-- saved from url=(0041)https://... --> into pages they save.
QUrl savedFromUrl(const QString &html)
{
    static const QRegularExpression savedFrom(u"<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->"_s);
    const QRegularExpressionMatch match = savedFrom.match(html.left(4096));
    if (!match.hasMatch())
        return {};
    const QUrl url(match.captured(1), QUrl::StrictMode);
    return (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) ? url : QUrl();
}

} // namespace

QString PageReader::knownBinaryFormat(const QByteArray &bytes)
{
    for (const Magic &magic : magics()) {
        if (bytes.mid(magic.offset, magic.bytes.size()) == magic.bytes)
            return tr(magic.message);
    }
    return {};
}

bool PageReader::looksBinary(const QByteArray &bytes)
{
    if (hasUtf16Bom(bytes))
        return false;
    const QByteArray head = bytes.left(64 * 1024);
    qsizetype controls = 0;
    for (const char c : head) {
        const uchar u = uchar(c);
        // A few NUL bytes in an otherwise textual page are dropped (readPage), not a refusal.
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v' && u != 0x1B)
            ++controls;
    }
    return controls * 100 > head.size(); // over 1% control characters
}

bool PageReader::looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).trimmed().toLower();
    const QList<QByteArray> starts { "<!doctype html", "<html", "<head", "<body",
                                     "<?xml",          "<!--",  "<meta", "<title" };
    for (const QByteArray &start : starts) {
        if (head.startsWith(start))
            return true;
    }
    return head.contains("<html") || head.contains("<body") || head.contains("<p>")
        || head.contains("<div");
}

int PageReader::nestingDepth(const QString &html, int limit)
{
    static const QSet<QString> voidOrOptional {
        u"area"_s,  u"base"_s, u"br"_s,    u"col"_s,   u"embed"_s,  u"hr"_s,       u"img"_s,
        u"input"_s, u"link"_s, u"meta"_s,  u"param"_s, u"source"_s, u"track"_s,    u"wbr"_s,
        u"p"_s,     u"li"_s,   u"dt"_s,    u"dd"_s,    u"option"_s, u"optgroup"_s, u"tr"_s,
        u"td"_s,    u"th"_s,   u"thead"_s, u"tbody"_s, u"tfoot"_s,  u"colgroup"_s, u"rb"_s,
        u"rt"_s,    u"rp"_s,   u"html"_s,  u"head"_s,  u"body"_s,   u"!doctype"_s
    };
    static const QSet<QString> rawText { u"script"_s, u"style"_s, u"textarea"_s, u"title"_s,
                                         u"xmp"_s };
    int depth = 0;
    int deepest = 0;
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size && deepest <= limit) {
        i = html.indexOf(u'<', i);
        if (i < 0 || i + 1 >= size)
            break;
        if (html.at(i + 1) == u'!' && QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        const bool closing = html.at(i + 1) == u'/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == u'-'))
            ++nameEnd;
        if (nameEnd == nameStart || !html.at(nameStart).isLetter()) {
            ++i;
            continue;
        }
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        const qsizetype close = html.indexOf(u'>', nameEnd);
        if (close < 0)
            break;
        const bool selfClosing = html.at(close - 1) == u'/';
        i = close + 1;
        if (voidOrOptional.contains(name))
            continue;
        if (closing) {
            depth = qMax(0, depth - 1);
        } else if (rawText.contains(name)) {
            const qsizetype end = html.indexOf(u"</"_s + name, i, Qt::CaseInsensitive);
            i = end < 0 ? size : end;
        } else if (!selfClosing) {
            deepest = qMax(deepest, ++depth);
        }
    }
    return deepest;
}

Result<ExtractedArticle> PageReader::read(const ImportInput &input, const Options &options)
{
    switch (input.kind) {
    case ImportInput::Kind::File:
        return readFile(input.value, options);
    case ImportInput::Kind::Url:
        return readUrl(input.value, options);
    case ImportInput::Kind::Html:
        if (input.value.trimmed().isEmpty())
            return Error { tr("There is nothing to import") };
        return readHtml(input.value, input.baseUrl, options);
    case ImportInput::Kind::StandardInput: {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error { tr("Standard input cannot be read") };
        return readDevice(in, options);
    }
    case ImportInput::Kind::Text:
        break;
    }
    return readText(input.value, {});
}

Result<ExtractedArticle> PageReader::readFile(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { tr("The file does not exist") };
    if (info.isDir())
        return Error { tr("This is a folder, not a file") };
    if (info.size() > maximumFileBytes)
        return Error { tr("The file is larger than %1 MB").arg(maximumFileBytes / (1024 * 1024)) };
    if (info.size() == 0)
        return Error { tr("The file is empty") };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The file cannot be read: %1").arg(file.errorString()) };
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { tr("The file cannot be read: %1").arg(file.errorString()) };

    const QUrl fileUrl = QUrl::fromLocalFile(info.absoluteFilePath());
    QByteArray contentType;
    if (isTextName(path))
        contentType = "text/plain";
    return readBytes(bytes, contentType, isHtmlName(path), fileUrl, options);
}

Result<ExtractedArticle> PageReader::readDevice(QIODevice &device, const Options &options)
{
    // One read() gives what the pipe holds now (64 KB or so): read until the end (a read of 0
    // bytes on a blocking pipe), or until a waiting device has nothing more.
    QByteArray bytes;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0)
            return Error { tr("The input cannot be read: %1").arg(device.errorString()) };
        if (got == 0 && !(device.isSequential() && device.waitForReadyRead(-1)))
            break;
        bytes.append(chunk.constData(), got);
        if (bytes.size() > maximumFileBytes)
            return Error {
                tr("The input is larger than %1 MB").arg(maximumFileBytes / (1024 * 1024))
            };
    }
    if (bytes.trimmed().isEmpty())
        return Error { tr("The input is empty") };
    return readBytes(bytes, {}, false, {}, options);
}

Result<ExtractedArticle> PageReader::readUrl(const QString &address, const Options &options)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    const Result<FetchedPage> page = PageFetcher::fetchBlocking(
        url, options.timeoutMs, PageFetcher::defaultMaximumBytes, options.cancelled);
    if (!page)
        return Error { page.error() };
    if (page->body.trimmed().isEmpty())
        return Error { tr("The server sent an empty page") };
    const QByteArray mime = page->contentType.split(';').first().trimmed().toLower();
    const bool known = mime.isEmpty() || mime == "application/octet-stream"
        || mime.startsWith("text/") || mime.contains("html") || mime.contains("xml");
    if (!known && knownBinaryFormat(page->body).isEmpty())
        return Error { tr("The address serves %1, not a web page").arg(QString::fromLatin1(mime)) };
    const bool html = mime.contains("html") || mime.contains("xml");
    return readBytes(page->body, page->contentType, html, page->finalUrl, options);
}

Result<ExtractedArticle> PageReader::readBytes(const QByteArray &bytes,
                                               const QByteArray &contentType, bool htmlByName,
                                               const QUrl &baseUrl, const Options &options)
{
    try {
        return readPage(bytes, contentType, htmlByName, baseUrl, options);
    } catch (const std::bad_alloc &) {
        return Error { tr("There is not enough memory to read this page") };
    }
}

Result<ExtractedArticle> PageReader::readPage(const QByteArray &bytes,
                                              const QByteArray &contentType, bool htmlByName,
                                              const QUrl &baseUrl, const Options &options)
{
    if (bytes.trimmed().isEmpty())
        return Error { tr("The file is empty") };
    const QString format = knownBinaryFormat(bytes);
    if (!format.isEmpty())
        return Error { format };
    if (looksBinary(bytes))
        return Error { tr("This is a binary file, not a web page or text") };
    if (!hasUtf16Bom(bytes) && bytes.contains('\0'))
        return readPage(QByteArray(bytes).replace('\0', QByteArray()), contentType, htmlByName,
                        baseUrl, options);

    const bool plain = contentType.trimmed().toLower().startsWith("text/plain");
    if (htmlByName || (!plain && looksLikeHtml(bytes))) {
        const QString html = HtmlDecoder::decode(bytes, contentType);
        QUrl base = baseUrl;
        if (base.isLocalFile()) {
            const QUrl savedFrom = savedFromUrl(html);
            if (savedFrom.isValid())
                base = savedFrom;
        }
        return readHtml(html, base, options);
    }
    return readText(HtmlDecoder::decode(bytes, contentType), baseUrl);
}

Result<ExtractedArticle> PageReader::readHtml(const QString &html, const QUrl &baseUrl,
                                              const Options &options)
{
    if (nestingDepth(html, maximumNesting) > maximumNesting)
        return Error {
            tr("The page is nested too deeply to read (more than %1 levels)").arg(maximumNesting)
        };
    ArticleExtractor::Options extractorOptions;
    extractorOptions.wholePage = options.wholePage;
    Result<ExtractedArticle> article = ArticleExtractor::extract(html, baseUrl, extractorOptions);
    if (!article)
        return article;
    if ((article->looksLikeArticle || options.wholePage) && article->title.trimmed().isEmpty()
        && article->plainText.trimmed().isEmpty())
        return Error { tr("No text found in this page") };
    return article;
}

Result<ExtractedArticle> PageReader::readText(const QString &text, const QUrl &url)
{
    return TextExtractor::extract(text, url);
}
