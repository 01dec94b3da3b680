// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

enum class ReaderTheme { System, Light, Sepia, Dark };
enum class ReaderTypeface { Serif, Sans };
enum class ReaderLineWidth { Narrow, Normal, Wide };
enum class ReaderLineSpacing { Compact, Normal, Loose };
// The Top 10's ranking: Top stories once the library follows feeds, or a fixed choice.
enum class TopRanking { Automatic, TopStories, MostRead };

// Every QSettings key of the window, with typed getters. The library path is resolved and kept
// by core (LibraryPath), as the command line honours it too.
class Settings {
public:
    static constexpr int minFontStep = -2;
    static constexpr int maxFontStep = 2;

    int fontStep() const; // clamped to [-2, 2], default 0
    void setFontStep(int step);
    ReaderTheme theme() const; // default System
    void setTheme(ReaderTheme theme);
    ReaderTypeface typeface() const; // default Serif
    void setTypeface(ReaderTypeface typeface);
    ReaderLineWidth lineWidth() const; // default Normal
    void setLineWidth(ReaderLineWidth width);
    ReaderLineSpacing lineSpacing() const; // default Normal
    void setLineSpacing(ReaderLineSpacing spacing);
    int topStoriesWindowDays() const; // 1, 7 or 30; default 7
    void setTopStoriesWindowDays(int days);
    TopRanking topStoriesRanking() const; // default Automatic
    void setTopStoriesRanking(TopRanking ranking);
    bool topStoriesVisible() const; // default true
    void setTopStoriesVisible(bool visible);
    static constexpr int defaultRefreshMinutes = 30;
    int refreshMinutes() const; // feeds refresh every N minutes (5..1440); default 30
    void setRefreshMinutes(int minutes);
    bool refreshAtStart() const; // every feed once the window is up; default true
    void setRefreshAtStart(bool refresh);
    QString libraryPath() const; // empty: the default location
    void setLibraryPath(const QString &path);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray feedSplitterState() const; // the feed tree above the article list
    void setFeedSplitterState(const QByteArray &state);
    qint64 openArticleId() const; // 0: none
    void setOpenArticleId(qint64 id);
    ArticleOrder articleOrder() const; // View > Sort By; default Published
    void setArticleOrder(ArticleOrder order);

private:
    QSettings m_settings;
};
