// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "share/sharelinks.h"

#include <QMenu>

struct Article;
class UrlOpener;

// Share the open article: Facebook, Twitter, Kakao, Mail, Copy link (the newspaper page's
// order). Addresses come from ShareLinks and open through the UrlOpener; Copy link puts the
// address on the clipboard as text and as a URL. Disabled, with a reason, when there is no address.
class ShareMenu : public QMenu {
    Q_OBJECT

public:
    explicit ShareMenu(UrlOpener *opener, QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void clearArticle();

    QAction *facebookAction() const { return m_facebook; }
    QAction *twitterAction() const { return m_twitter; }
    QAction *kakaoAction() const { return m_kakao; }
    QAction *mailAction() const { return m_mail; }
    QAction *copyLinkAction() const { return m_copyLink; }

signals:
    void statusMessage(const QString &text);

private:
    QAction *createAction(const QString &text, const QString &tip);
    void setLinks(const ShareLinks &links);
    void open(const QUrl &url);
    void copyLink();

    UrlOpener *m_opener;
    ShareLinks m_links;
    QAction *m_facebook;
    QAction *m_twitter;
    QAction *m_kakao;
    QAction *m_mail;
    QAction *m_copyLink;
};
