// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingposition.h"

#include "readerpane.h"
#include "readerview.h"
#include "readingprogress.h"
#include "store/database.h"

#include <QPointer>

using namespace Qt::StringLiterals;

ReadingPosition::ReadingPosition(Database &db, ReaderPane *reader, std::function<bool()> mayWrite,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_reader(reader), m_mayWrite(std::move(mayWrite))
{
    // After ReaderPane has applied the reading settings to the loaded page.
    connect(m_reader, &ReaderPane::loadFinished, this, &ReadingPosition::handleLoadFinished);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReadingPosition::leave);
    connect(m_reader->readingProgress(), &ReadingProgress::fractionChanged, this,
            [this](qreal fraction) {
                if (m_article > 0 && !m_restoring && fraction >= 0)
                    m_saveTimer.start();
            });
}

void ReadingPosition::open(qint64 articleId)
{
    m_saveTimer.stop(); // the article left was saved by leave()
    m_article = articleId;
    m_restoring = true;
    m_pending = 0;
    const auto position = m_store.position(articleId);
    if (!position)
        emit errorOccurred(position.error());
    else if (*position <= endThreshold)
        m_pending = *position;
}

void ReadingPosition::leave()
{
    m_saveTimer.stop();
    // Not while the page is still loading or being scrolled to its place: the progress line
    // would be the top (or the previous article's), not where the reader is.
    if (m_article <= 0 || m_restoring || (m_mayWrite && !m_mayWrite()) || !m_db.writable())
        return;
    const qreal fraction = m_reader->readingProgress()->fraction();
    if (fraction < 0)
        return; // fits on one screen: nothing to remember
    if (const Status saved = m_store.save(m_article, fraction); !saved)
        emit errorOccurred(saved.error());
}

void ReadingPosition::handleLoadFinished(bool ok)
{
    if (!m_restoring || !ok)
        return; // an aborted load (another article replaced it), or a reload of the same one
    auto *view = qobject_cast<ReaderView *>(m_reader->webView());
    if (!view || m_pending <= 0) {
        m_restoring = false;
        return;
    }
    const qint64 article = m_article;
    const double fraction = m_pending;
    QPointer<ReadingPosition> self(this);
    view->runReaderScript(u"bylineReader.scrollToFraction(%1);"_s.arg(fraction, 0, 'g', 6),
                          [self, article, fraction](const QVariant &) {
                              if (!self || self->m_article != article)
                                  return;
                              self->m_restoring = false;
                              emit self->restored(article, fraction);
                          });
}
