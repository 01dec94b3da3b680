// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyclusterer.h"

#include "storytokens.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace {

constexpr float leadWeight = 0.5f; // a lead word counts half a title word
constexpr int leadTokens = 40; // the start of the lead is enough
constexpr int signatureSize = 8; // each article meets the others through its rarest words
constexpr int minTitleTokens = 3; // shorter titles are compared with their lead only
// Two sources' leads alike enough tell the same story under different headlines; a source's
// own leads are not compared (they share its boilerplate).
constexpr int minLeadTokens = 6;
constexpr double leadThreshold = 0.5;
constexpr double interestStep = 0.05; // interest is compared in steps, so recency still counts

using Terms = std::vector<std::pair<int, float>>; // term id, weight; sorted by term id

// The weights of the same term summed, sorted by term id.
Terms merged(Terms terms)
{
    std::sort(terms.begin(), terms.end());
    Terms out;
    for (const auto &term : terms) {
        if (!out.empty() && out.back().first == term.first)
            out.back().second += term.second;
        else
            out.push_back(term);
    }
    return out;
}

void weigh(Terms &terms, const std::vector<float> &idf)
{
    double norm = 0;
    for (auto &[term, weight] : terms) {
        weight *= idf[term];
        norm += double(weight) * weight;
    }
    const float scale = norm > 0 ? float(1 / std::sqrt(norm)) : 0.f;
    for (auto &term : terms)
        term.second *= scale;
}

double cosine(const Terms &a, const Terms &b)
{
    double sum = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += double(i->second) * j->second;
            ++i;
            ++j;
        }
    }
    return sum;
}

class UnionFind {
public:
    explicit UnionFind(int n) : m_parent(static_cast<size_t>(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x)
            x = m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

// Better copy to open: more words kept, then earlier, then the lower id.
bool betterCopy(const StoryCandidate &a, const StoryCandidate &b)
{
    if (a.wordCount != b.wordCount)
        return a.wordCount > b.wordCount;
    if (a.sortTime != b.sortTime)
        return a.sortTime < b.sortTime;
    return a.id < b.id;
}

StoryCluster clusterOf(const QList<StoryCandidate> &candidates, QList<int> members,
                       const ReadInterest &interest)
{
    std::sort(members.begin(), members.end(), [&candidates](int a, int b) {
        return betterCopy(candidates.at(a), candidates.at(b));
    });
    StoryCluster cluster;
    cluster.best = candidates.at(members.constFirst());
    QSet<qint64> sources;
    for (int member : std::as_const(members)) {
        const StoryCandidate &c = candidates.at(member);
        if (member != members.constFirst())
            cluster.otherIds.append(c.id);
        const qint64 source = c.sourceId > 0 ? c.sourceId : -c.id; // none: a source of its own
        if (!sources.contains(source) && !c.sourceTitle.isEmpty())
            cluster.sourceTitles.append(c.sourceTitle);
        sources.insert(source);
        cluster.interest = std::max(cluster.interest, interest.of(c.sourceId, c.section));
        cluster.newest = std::max(cluster.newest, c.sortTime);
    }
    cluster.sourceCount = int(sources.size());
    return cluster;
}

} // namespace

QList<QList<int>> StoryClusterer::group(const QList<StoryCandidate> &candidates) const
{
    const int n = int(candidates.size());
    QHash<QString, int> dictionary;
    const auto termId = [&dictionary](const QString &token) {
        auto it = dictionary.constFind(token);
        if (it == dictionary.constEnd())
            it = dictionary.insert(token, int(dictionary.size()));
        return *it;
    };
    std::vector<Terms> titles(static_cast<size_t>(n));
    std::vector<Terms> combined(static_cast<size_t>(n));
    std::vector<Terms> leads(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        Terms title;
        for (const QString &token : StoryTokens::of(candidates.at(i).title))
            title.emplace_back(termId(token), 1.f);
        Terms all = title;
        Terms leadTerms;
        const QStringList lead = StoryTokens::of(candidates.at(i).lead);
        for (qsizetype k = 0; k < std::min<qsizetype>(lead.size(), leadTokens); ++k) {
            all.emplace_back(termId(lead.at(k)), leadWeight);
            leadTerms.emplace_back(termId(lead.at(k)), 1.f);
        }
        titles[size_t(i)] = merged(std::move(title));
        combined[size_t(i)] = merged(std::move(all));
        leads[size_t(i)] = merged(std::move(leadTerms));
    }

    // Document frequencies, inverse weights and the postings of words that two articles share.
    std::vector<int> df(size_t(dictionary.size()), 0);
    for (const Terms &terms : combined) {
        for (const auto &term : terms)
            ++df[size_t(term.first)];
    }
    std::vector<float> idf(df.size());
    for (size_t t = 0; t < df.size(); ++t)
        idf[t] = float(std::log(1.0 + double(n) / std::max(df[t], 1)));
    // A word in more articles links nothing; a story carried by a hundred feeds still links.
    const int maxDf = std::max(256, n / 20);
    std::vector<std::vector<int>> postings(df.size());
    std::vector<std::vector<int>> signatures(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        std::vector<int> &signature = signatures[size_t(i)];
        for (const auto &term : combined[size_t(i)]) {
            if (df[size_t(term.first)] >= 2 && df[size_t(term.first)] <= maxDf)
                signature.push_back(term.first);
        }
        std::sort(signature.begin(), signature.end(), [&df](int a, int b) {
            return df[size_t(a)] != df[size_t(b)] ? df[size_t(a)] < df[size_t(b)] : a < b;
        });
        if (signature.size() > size_t(signatureSize))
            signature.resize(size_t(signatureSize));
        for (int term : signature)
            postings[size_t(term)].push_back(i);
        weigh(titles[size_t(i)], idf);
        weigh(combined[size_t(i)], idf);
        weigh(leads[size_t(i)], idf);
    }

    const auto similarity = [&](int i, int j) {
        const bool longTitles = titles[size_t(i)].size() >= size_t(minTitleTokens)
            && titles[size_t(j)].size() >= size_t(minTitleTokens);
        const double both = cosine(combined[size_t(i)], combined[size_t(j)]);
        return longTitles ? std::max(both, cosine(titles[size_t(i)], titles[size_t(j)])) : both;
    };
    const auto leadsAlike = [&](int i, int j) {
        return candidates.at(i).sourceId != candidates.at(j).sourceId
            && leads[size_t(i)].size() >= size_t(minLeadTokens)
            && leads[size_t(j)].size() >= size_t(minLeadTokens)
            && cosine(leads[size_t(i)], leads[size_t(j)]) >= leadThreshold;
    };
    // Join each article with every article it shares two signature words with (one when it has
    // so few) and resembles.
    UnionFind sets(n);
    std::vector<int> shared(static_cast<size_t>(n), 0);
    std::vector<int> touched;
    for (int i = 0; i < n; ++i) {
        touched.clear();
        for (int term : signatures[size_t(i)]) {
            for (int j : postings[size_t(term)]) {
                if (j != i && shared[size_t(j)]++ == 0)
                    touched.push_back(j);
            }
        }
        const int needed = signatures[size_t(i)].size() > 2 ? 2 : 1;
        for (int j : touched) {
            const bool enough
                = shared[size_t(j)] >= std::min<int>(needed, int(signatures[size_t(j)].size()));
            shared[size_t(j)] = 0;
            if (!enough || sets.find(i) == sets.find(j))
                continue;
            if (similarity(i, j) >= m_threshold || leadsAlike(i, j))
                sets.unite(i, j);
        }
    }
    QList<QList<int>> groups;
    QHash<int, qsizetype> groupOfRoot;
    for (int i = 0; i < n; ++i) {
        const int root = sets.find(i);
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, groups.size());
            groups.append(QList<int>());
        }
        groups[*it].append(i);
    }
    return groups;
}

QList<StoryCluster> StoryClusterer::rank(const QList<StoryCandidate> &candidates,
                                         const ReadInterest &interest, int limit) const
{
    QList<StoryCluster> stories;
    const QList<QList<int>> groups = group(candidates);
    stories.reserve(groups.size());
    for (const QList<int> &members : groups)
        stories.append(clusterOf(candidates, members, interest));
    const auto step = [](double value) { return std::floor(value / interestStep + 1e-9); };
    const auto before = [&step](const StoryCluster &a, const StoryCluster &b) {
        if (a.sourceCount != b.sourceCount)
            return a.sourceCount > b.sourceCount;
        if (step(a.interest) != step(b.interest))
            return step(a.interest) > step(b.interest);
        if (a.newest != b.newest)
            return a.newest > b.newest;
        return a.best.id > b.best.id;
    };
    if (limit > 0 && stories.size() > limit) {
        std::partial_sort(stories.begin(), stories.begin() + limit, stories.end(), before);
        stories.resize(limit);
    } else {
        std::sort(stories.begin(), stories.end(), before);
    }
    return stories;
}
