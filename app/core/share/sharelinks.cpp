// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharelinks.h"

#include "store/article.h"

ShareLinks::ShareLinks(const QString &url, const QString &title, const QString &deck)
    : m_url(url.trimmed()), m_title(title.trimmed()), m_deck(deck.trimmed())
{
}

ShareLinks ShareLinks::forArticle(const Article &article)
{
    const QString canonical = article.canonicalUrl.trimmed();
    return ShareLinks(canonical.isEmpty() ? article.url : canonical, article.title, article.deck);
}

bool ShareLinks::canShare() const
{
    const QUrl url(m_url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QUrl ShareLinks::link() const
{
    return canShare() ? QUrl(m_url, QUrl::StrictMode) : QUrl();
}

QUrl ShareLinks::facebook() const
{
    if (!canShare())
        return {};
    return strict("https://www.facebook.com/sharer/sharer.php?u=" + encode(m_url));
}

QUrl ShareLinks::twitter() const
{
    if (!canShare())
        return {};
    return strict("https://twitter.com/intent/tweet?url=" + encode(m_url)
                  + "&text=" + encode(m_title));
}

QUrl ShareLinks::kakao() const
{
    if (!canShare())
        return {};
    return strict("https://story.kakao.com/share?url=" + encode(m_url));
}

QUrl ShareLinks::mail() const
{
    if (!canShare())
        return {};
    const QByteArray body = m_deck.isEmpty() ? encode(m_url) : encode(m_deck + u"\n\n" + m_url);
    return strict("mailto:?subject=" + encode(m_title) + "&body=" + body);
}

QByteArray ShareLinks::encode(const QString &part)
{
    return QUrl::toPercentEncoding(part);
}

QUrl ShareLinks::strict(const QByteArray &encoded)
{
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}
