// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "library/librarypath.h"

#include <algorithm>

namespace {
namespace Key {
const auto fontStep = QStringLiteral("reader/fontStep");
const auto theme = QStringLiteral("reader/theme");
const auto typeface = QStringLiteral("reader/typeface");
const auto lineWidth = QStringLiteral("reader/lineWidth");
const auto lineSpacing = QStringLiteral("reader/lineSpacing");
const auto topWindow = QStringLiteral("topStories/windowDays");
const auto topVisible = QStringLiteral("topStories/visible");
const auto topRanking = QStringLiteral("topStories/ranking");
const auto language = QStringLiteral("ui/language");
const auto geometry = QStringLiteral("window/geometry");
const auto state = QStringLiteral("window/state");
const auto splitter = QStringLiteral("window/splitter");
const auto feedSplitter = QStringLiteral("window/feedSplitter");
const auto refreshMinutes = QStringLiteral("feeds/refreshMinutes");
const auto refreshAtStart = QStringLiteral("feeds/refreshAtStart");
const auto openArticle = QStringLiteral("window/openArticle");
const auto articleOrder = QStringLiteral("list/order");
}

// An enum stored as its number; anything out of range reads as the default.
template<typename E>
E readEnum(const QSettings &settings, const QString &key, E last, E fallback)
{
    bool ok = false;
    const int value = settings.value(key, int(fallback)).toInt(&ok);
    return ok && value >= 0 && value <= int(last) ? E(value) : fallback;
}
}

int Settings::fontStep() const
{
    return std::clamp(m_settings.value(Key::fontStep, 0).toInt(), minFontStep, maxFontStep);
}

void Settings::setFontStep(int step)
{
    m_settings.setValue(Key::fontStep, std::clamp(step, minFontStep, maxFontStep));
}

ReaderTheme Settings::theme() const
{
    const int value = m_settings.value(Key::theme, 0).toInt();
    if (value < 0 || value > int(ReaderTheme::Dark))
        return ReaderTheme::System;
    return ReaderTheme(value);
}

void Settings::setTheme(ReaderTheme theme)
{
    m_settings.setValue(Key::theme, int(theme));
}

ReaderTypeface Settings::typeface() const
{
    return readEnum(m_settings, Key::typeface, ReaderTypeface::Sans, ReaderTypeface::Serif);
}

void Settings::setTypeface(ReaderTypeface typeface)
{
    m_settings.setValue(Key::typeface, int(typeface));
}

ReaderLineWidth Settings::lineWidth() const
{
    return readEnum(m_settings, Key::lineWidth, ReaderLineWidth::Wide, ReaderLineWidth::Normal);
}

void Settings::setLineWidth(ReaderLineWidth width)
{
    m_settings.setValue(Key::lineWidth, int(width));
}

ReaderLineSpacing Settings::lineSpacing() const
{
    return readEnum(m_settings, Key::lineSpacing, ReaderLineSpacing::Loose,
                    ReaderLineSpacing::Normal);
}

void Settings::setLineSpacing(ReaderLineSpacing spacing)
{
    m_settings.setValue(Key::lineSpacing, int(spacing));
}

int Settings::topStoriesWindowDays() const
{
    const int days = m_settings.value(Key::topWindow, 7).toInt();
    return (days == 1 || days == 7 || days == 30) ? days : 7;
}

void Settings::setTopStoriesWindowDays(int days)
{
    m_settings.setValue(Key::topWindow, days);
}

TopRanking Settings::topStoriesRanking() const
{
    return readEnum(m_settings, Key::topRanking, TopRanking::MostRead, TopRanking::Automatic);
}

void Settings::setTopStoriesRanking(TopRanking ranking)
{
    m_settings.setValue(Key::topRanking, int(ranking));
}

bool Settings::topStoriesVisible() const
{
    return m_settings.value(Key::topVisible, true).toBool();
}

void Settings::setTopStoriesVisible(bool visible)
{
    m_settings.setValue(Key::topVisible, visible);
}

QString Settings::libraryPath() const
{
    return LibraryPath::stored(); // the key lives in core: the command line honours it too
}

void Settings::setLibraryPath(const QString &path)
{
    LibraryPath::store(path);
}

QString Settings::language() const
{
    return m_settings.value(Key::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::language, language);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::geometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::state).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::state, state);
}

int Settings::refreshMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(Key::refreshMinutes, defaultRefreshMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 5, 1440) : defaultRefreshMinutes;
}

void Settings::setRefreshMinutes(int minutes)
{
    m_settings.setValue(Key::refreshMinutes, std::clamp(minutes, 5, 1440));
}

bool Settings::refreshAtStart() const
{
    return m_settings.value(Key::refreshAtStart, true).toBool();
}

void Settings::setRefreshAtStart(bool refresh)
{
    m_settings.setValue(Key::refreshAtStart, refresh);
}

QByteArray Settings::feedSplitterState() const
{
    return m_settings.value(Key::feedSplitter).toByteArray();
}

void Settings::setFeedSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::feedSplitter, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(Key::splitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::splitter, state);
}

qint64 Settings::openArticleId() const
{
    return m_settings.value(Key::openArticle, 0).toLongLong();
}

void Settings::setOpenArticleId(qint64 id)
{
    m_settings.setValue(Key::openArticle, id);
}

ArticleOrder Settings::articleOrder() const
{
    return m_settings.value(Key::articleOrder).toString() == QLatin1String("added")
        ? ArticleOrder::Added
        : ArticleOrder::Published;
}

void Settings::setArticleOrder(ArticleOrder order)
{
    m_settings.setValue(Key::articleOrder,
                        order == ArticleOrder::Added ? QStringLiteral("added")
                                                     : QStringLiteral("published"));
}
