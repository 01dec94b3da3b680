// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharemenu.h"

#include "share/urlopener.h"
#include "store/article.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

ShareMenu::ShareMenu(UrlOpener *opener, QWidget *parent)
    : QMenu(tr("&Share"), parent), m_opener(opener), m_links(QString(), QString(), QString()),
      m_facebook(createAction(tr("Facebook"), tr("Share on Facebook"))),
      m_twitter(createAction(tr("Twitter"), tr("Share on Twitter"))),
      m_kakao(createAction(tr("Kakao"), tr("Share on KakaoStory"))),
      m_mail(createAction(tr("Mail"), tr("Send the link by e-mail"))),
      m_copyLink(createAction(tr("Copy Link"), tr("Copy the article's address")))
{
    setToolTipsVisible(true);
    connect(m_facebook, &QAction::triggered, this, [this] { open(m_links.facebook()); });
    connect(m_twitter, &QAction::triggered, this, [this] { open(m_links.twitter()); });
    connect(m_kakao, &QAction::triggered, this, [this] { open(m_links.kakao()); });
    connect(m_mail, &QAction::triggered, this, [this] { open(m_links.mail()); });
    connect(m_copyLink, &QAction::triggered, this, &ShareMenu::copyLink);
    clearArticle();
}

QAction *ShareMenu::createAction(const QString &text, const QString &tip)
{
    QAction *action = addAction(text);
    action->setStatusTip(tip);
    action->setProperty("shareTip", tip);
    return action;
}

void ShareMenu::setArticle(const Article &article)
{
    setLinks(ShareLinks::forArticle(article));
}

void ShareMenu::clearArticle()
{
    setLinks(ShareLinks(QString(), QString(), QString()));
}

void ShareMenu::setLinks(const ShareLinks &links)
{
    m_links = links;
    const bool can = m_links.canShare();
    const QString why = tr("This article has no web address to share");
    for (QAction *action : { m_facebook, m_twitter, m_kakao, m_mail, m_copyLink }) {
        action->setEnabled(can);
        action->setToolTip(can ? action->property("shareTip").toString() : why);
    }
}

void ShareMenu::open(const QUrl &url)
{
    if (m_opener && url.isValid() && !url.isEmpty())
        m_opener->open(url);
}

void ShareMenu::copyLink()
{
    const QUrl link = m_links.link();
    if (link.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(link.toString(QUrl::FullyEncoded));
    data->setUrls({ link });
    QGuiApplication::clipboard()->setMimeData(data);
    emit statusMessage(tr("Link copied"));
}
