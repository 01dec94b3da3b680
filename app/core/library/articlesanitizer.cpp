// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesanitizer.h"

#include "extract/htmlsanitizer.h"
#include "extract/urlresolver.h"

using namespace Qt::StringLiterals;

namespace {

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

} // namespace

void ArticleSanitizer::sanitize(Article &article)
{
    if (!isArticleAddress(article.url))
        article.url.clear();
    if (!isArticleAddress(article.canonicalUrl))
        article.canonicalUrl.clear();
    if (!isLeadImage(article.leadImageUrl))
        article.leadImageUrl.clear();
    if (!article.contentHtml.isEmpty())
        article.contentHtml = HtmlSanitizer::sanitize(article.contentHtml, contentBase(article));
}

QUrl ArticleSanitizer::contentBase(const Article &article)
{
    const QUrl canonical(article.canonicalUrl.trimmed(), QUrl::StrictMode);
    if (isWeb(canonical))
        return canonical;
    const QUrl url(article.url.trimmed(), QUrl::StrictMode);
    return isWeb(url) ? url : QUrl();
}

bool ArticleSanitizer::isArticleAddress(const QString &address)
{
    if (address.trimmed().isEmpty())
        return true;
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    return isWeb(url) || (url.isLocalFile() && !url.toLocalFile().isEmpty());
}

bool ArticleSanitizer::isLeadImage(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.scheme() == "qrc"_L1)
        return url.isValid();
    return UrlResolver::isSafe(UrlResolver::resolve(trimmed, {}), UrlResolver::Use::Image);
}
