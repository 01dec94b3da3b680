// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerdocument.h"

#include "schemehandler.h"
#include "theme.h"
#include "store/article.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int wordsPerMinute = 230;
constexpr int koreanCharsPerMinute = 500;

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', "&#39;"_L1);
}

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
        || (u >= 0x3130 && u <= 0x318F);
}

// Qt resource images are served through Byline's own scheme; web images stay as they are.
QString imageSource(const QString &src)
{
    if (src.startsWith("qrc:"_L1) || src.startsWith(":/"_L1))
        return SchemeHandler::resourceUrl(src).toString(QUrl::FullyEncoded);
    return src;
}

QString plainTextOf(const Article &article)
{
    if (!article.plainText.isEmpty())
        return article.plainText;
    static const QRegularExpression tags(u"<[^>]*>"_s);
    return QString(article.contentHtml).replace(tags, u" "_s);
}
} // namespace

QString ReaderDocument::language(const Article &article)
{
    const QString given = article.language.trimmed().toLower();
    if (!given.isEmpty())
        return given;
    const QString sample = article.title + u' ' + plainTextOf(article).left(2000);
    int hangul = 0;
    int letters = 0;
    for (const QChar c : sample) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (isHangul(c))
            ++hangul;
    }
    return letters > 0 && hangul * 4 >= letters ? u"ko"_s : QString();
}

int ReaderDocument::readingMinutes(const Article &article)
{
    const QString text = plainTextOf(article);
    int minutes = 0;
    if (language(article).startsWith("ko"_L1)) {
        int chars = 0;
        for (const QChar c : text)
            chars += c.isSpace() ? 0 : 1;
        minutes = (chars + koreanCharsPerMinute / 2) / koreanCharsPerMinute;
    } else {
        int words = article.wordCount;
        if (words <= 0) {
            static const QRegularExpression space(u"\\s+"_s);
            words = int(text.split(space, Qt::SkipEmptyParts).size());
        }
        minutes = (words + wordsPerMinute / 2) / wordsPerMinute;
    }
    return qMax(1, minutes);
}

QString ReaderDocument::readingTime(const Article &article)
{
    return tr("%n min read", nullptr, readingMinutes(article));
}

QByteArray ReaderDocument::render(const Article &article, const Options &options)
{
    const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString lang = language(article);
    const QString title
        = article.title.trimmed().isEmpty() ? tr("Untitled") : article.title.trimmed();
    QHash<QString, QString> values;
    values.insert(u"lang"_s, esc(lang.isEmpty() ? u"und"_s : lang));
    insertStyle(values, options);
    values.insert(u"csp"_s, esc(policy(nonce, options.remoteImages)));
    values.insert(u"nonce"_s, nonce);
    values.insert(u"css"_s, Theme::readerCss() + readResource(u":/reader/reader.css"_s));
    values.insert(u"title"_s, esc(title));
    const QString section = article.section.trimmed();
    values.insert(u"section"_s,
                  section.isEmpty() ? QString()
                                    : u"<p class=\"section\">"_s + esc(section) + u"</p>\n"_s);
    const QString deck = article.deck.trimmed();
    values.insert(u"deck"_s,
                  deck.isEmpty() ? QString() : u"<p class=\"deck\">"_s + esc(deck) + u"</p>\n"_s);
    values.insert(u"meta"_s, metaLine(article));
    values.insert(u"lead"_s, leadImage(article));
    values.insert(u"content"_s, article.contentHtml);
    values.insert(u"footer"_s, footer(article));
    return fill(readResource(u":/reader/article.html"_s), values).toUtf8();
}

QByteArray ReaderDocument::emptyState(const Options &options)
{
    const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 36);
    QHash<QString, QString> values;
    values.insert(u"lang"_s, esc(QLocale().bcp47Name()));
    insertStyle(values, options);
    values.insert(u"csp"_s, esc(policy(nonce, false)));
    values.insert(u"nonce"_s, nonce);
    values.insert(u"css"_s, Theme::readerCss() + readResource(u":/reader/reader.css"_s));
    values.insert(u"title"_s, esc(tr("Nothing to read yet")));
    values.insert(u"content"_s,
                  u"<p class=\"empty\">"_s
                      + esc(tr("Choose an article from the list, and it opens here.")) + u"</p>"_s);
    QString html = fill(readResource(u":/reader/article.html"_s), values);
    return html.replace(u"<main class=\"reader\">"_s, u"<main class=\"reader empty-state\">"_s)
        .toUtf8();
}

void ReaderDocument::insertStyle(QHash<QString, QString> &values, const Options &options)
{
    values.insert(u"theme"_s, esc(options.theme));
    values.insert(u"font"_s, QString::number(qBound(-2, options.fontStep, 2)));
    values.insert(u"face"_s, esc(options.typeface));
    values.insert(u"width"_s, esc(options.lineWidth));
    values.insert(u"spacing"_s, esc(options.lineSpacing));
}

QString ReaderDocument::fill(const QString &templ, const QHash<QString, QString> &values)
{
    // One pass, so text inside a value (a title saying "{{content}}") is never expanded.
    QString out;
    out.reserve(templ.size() + values.value(u"content"_s).size() + 4096);
    qsizetype pos = 0;
    while (pos < templ.size()) {
        const qsizetype open = templ.indexOf("{{"_L1, pos);
        const qsizetype close = open < 0 ? -1 : templ.indexOf("}}"_L1, open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(templ).mid(pos);
            break;
        }
        out += QStringView(templ).mid(pos, open - pos);
        out += values.value(templ.mid(open + 2, close - open - 2));
        pos = close + 2;
    }
    return out;
}

QString ReaderDocument::metaLine(const Article &article)
{
    QStringList parts;
    const QString author = article.author.trimmed();
    if (!author.isEmpty())
        parts << u"<span class=\"author\">"_s + esc(author) + u"</span>"_s;
    if (article.published.isValid()) {
        const QDateTime local = article.published.toLocalTime();
        parts << u"<time datetime=\""_s + esc(article.published.toUTC().toString(Qt::ISODate))
                + u"\">"_s + esc(QLocale().toString(local.date(), QLocale::LongFormat))
                + u"</time>"_s;
    }
    if (!article.contentHtml.isEmpty() || !article.plainText.isEmpty())
        parts << u"<span class=\"reading-time\">"_s + esc(readingTime(article)) + u"</span>"_s;
    return parts.join(u"<span class=\"dot\" aria-hidden=\"true\">·</span>"_s);
}

QString ReaderDocument::leadImage(const Article &article)
{
    const QString src = article.leadImageUrl.trimmed();
    const QUrl url(src);
    const QString scheme = url.scheme().toLower();
    const bool allowed = scheme == "qrc"_L1 || scheme == "http"_L1 || scheme == "https"_L1
        || scheme == QLatin1String(SchemeHandler::schemeName()) || src.startsWith(":/"_L1);
    // Not twice: many pages repeat the lead image at the top of the body.
    if (src.isEmpty() || !allowed || article.contentHtml.contains(src)
        || article.contentHtml.contains(esc(src)))
        return {};
    return u"<figure class=\"lead\"><img src=\""_s + esc(imageSource(src))
        + u"\" alt=\"\"></figure>\n"_s;
}

QString ReaderDocument::footer(const Article &article)
{
    const QString canonical = article.canonicalUrl.trimmed();
    const QUrl url(canonical.isEmpty() ? article.url.trimmed() : canonical);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return {};
    QString host = url.host();
    if (host.startsWith("www."_L1))
        host = host.mid(4);
    return u"<footer class=\"source\"><a href=\""_s + esc(url.toString(QUrl::FullyEncoded))
        + u"\">"_s + esc(tr("Read the original at %1").arg(host)) + u"</a></footer>\n"_s;
}

QString ReaderDocument::policy(const QString &nonce, bool remoteImages)
{
    QString images = u"img-src "_s + QLatin1String(SchemeHandler::schemeName()) + u": qrc: data:"_s;
    if (remoteImages)
        images += u" http: https:"_s;
    return u"default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
           "base-uri 'none'; form-action 'none'; font-src 'none'; media-src 'none'; "_s
        + images + u"; style-src 'nonce-"_s + nonce + u"'"_s;
}
