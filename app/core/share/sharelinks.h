// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

struct Article;

// Share addresses for one article (Facebook, Twitter, Kakao, mail) and the link to copy. Every
// part is percent-encoded (everything outside the unreserved set), so titles with & # % +, quotes,
// line breaks, emoji or Korean survive exactly.
class ShareLinks {
public:
    ShareLinks(const QString &url, const QString &title, const QString &deck);
    static ShareLinks forArticle(const Article &article); // canonical URL, else the URL

    bool canShare() const; // false: the article has no http(s) address
    QUrl link() const; // the address itself, for "Copy link"
    QUrl facebook() const;
    QUrl twitter() const;
    QUrl kakao() const;
    QUrl mail() const;

private:
    static QByteArray encode(const QString &part);
    static QUrl strict(const QByteArray &encoded);

    QString m_url;
    QString m_title;
    QString m_deck;
};
