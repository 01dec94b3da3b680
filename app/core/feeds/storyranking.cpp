// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyranking.h"

#include "store/readstore.h"
#include "store/storycandidatestore.h"
#include "storyclusterer.h"

Result<QList<StoryCluster>> StoryRanking::compute(Database &db, int limit, const QDateTime &now)
{
    const auto candidates = StoryCandidateStore(db).candidates(now);
    if (!candidates)
        return Error { candidates.error() };
    const auto interest = ReadStore(db).interest(interestDays, now);
    if (!interest)
        return Error { interest.error() };
    return StoryClusterer().rank(*candidates, *interest, limit);
}
