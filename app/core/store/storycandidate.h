// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// One unread article of the recent window, as the story clusterer needs it: no body text.
struct StoryCandidate {
    qint64 id = 0;
    qint64 sourceId = 0; // 0: no source
    QString sourceTitle;
    QString title;
    QString lead; // the deck, else the start of the summary
    QString section;
    int wordCount = 0; // how much the extractor kept: the best copy has the most
    qint64 sortTime = 0; // published, else created; ms since the epoch, UTC
};

// The reader's interest from recent reads: each source's and each section's share of them
// (0..1). Empty when nothing was read.
struct ReadInterest {
    QHash<qint64, double> sources;
    QHash<QString, double> sections;
    double of(qint64 sourceId, const QString &section) const
    {
        return sources.value(sourceId) + (section.isEmpty() ? 0.0 : sections.value(section));
    }
};
