// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddate.h"

#include <QList>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Reads digits, signs and separators from the front of a string view.
class Cursor {
public:
    explicit Cursor(QStringView text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    // Exactly `min`..`max` ASCII digits, else nothing (and the cursor stays).
    std::optional<int> number(int min, int max)
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && end - m_pos < max && isDigit(m_text.at(end)))
            ++end;
        if (end - m_pos < min)
            return std::nullopt;
        int value = 0;
        for (qsizetype i = m_pos; i < end; ++i)
            value = value * 10 + (m_text.at(i).unicode() - u'0');
        m_pos = end;
        return value;
    }
    // A run of digits (a fraction): its first three as milliseconds.
    int fractionMs()
    {
        int ms = 0;
        int count = 0;
        while (!atEnd() && isDigit(peek())) {
            if (count < 3)
                ms = ms * 10 + (peek().unicode() - u'0');
            ++count;
            ++m_pos;
        }
        for (; count < 3; ++count)
            ms *= 10;
        return ms;
    }
    QStringView rest() const { return m_text.mid(m_pos); }

    static bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// "+0530", "-04:30", "+05", "-4" -> seconds east of UTC.
std::optional<int> numericOffset(QStringView zone)
{
    if (zone.size() < 2 || (zone.front() != u'+' && zone.front() != u'-'))
        return std::nullopt;
    const int sign = zone.front() == u'-' ? -1 : 1;
    const QStringView digits = zone.mid(1);
    Cursor c(digits);
    int hours = 0;
    int minutes = 0;
    if (digits.size() == 4 && !digits.contains(u':')) {
        hours = c.number(2, 2).value_or(-1);
        minutes = c.number(2, 2).value_or(-1);
    } else {
        hours = c.number(1, 2).value_or(-1);
        if (c.take(u':'))
            minutes = c.number(2, 2).value_or(-1);
    }
    if (!c.atEnd() || hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

// A named zone -> seconds east of UTC. Unknown names: nothing.
std::optional<int> namedOffset(QStringView zone)
{
    struct Named {
        QLatin1StringView name;
        int hours;
    };
    static constexpr Named names[] = {
        { "UT"_L1, 0 },    { "UTC"_L1, 0 },   { "GMT"_L1, 0 },   { "Z"_L1, 0 },
        { "EST"_L1, -5 },  { "EDT"_L1, -4 },  { "CST"_L1, -6 },  { "CDT"_L1, -5 },
        { "MST"_L1, -7 },  { "MDT"_L1, -6 },  { "PST"_L1, -8 },  { "PDT"_L1, -7 },
        { "AKST"_L1, -9 }, { "AKDT"_L1, -8 }, { "HST"_L1, -10 }, { "WET"_L1, 0 },
        { "BST"_L1, 1 },   { "CET"_L1, 1 },   { "CEST"_L1, 2 },  { "MET"_L1, 1 },
        { "MEST"_L1, 2 },  { "EET"_L1, 2 },   { "EEST"_L1, 3 },  { "MSK"_L1, 3 },
        { "JST"_L1, 9 },   { "KST"_L1, 9 },   { "AEST"_L1, 10 }, { "AEDT"_L1, 11 },
        { "NZST"_L1, 12 }, { "NZDT"_L1, 13 },
    };
    for (const Named &n : names) {
        if (zone.compare(n.name, Qt::CaseInsensitive) == 0)
            return n.hours * 3600;
    }
    if (zone.size() == 1 && zone.front().isLetter() && zone.front().unicode() < 128) {
        // RFC 822's military zones: A-I = -1..-9, K-M = -10..-12 (J unused), N-Y = +1..+12.
        const char16_t c = zone.front().toUpper().unicode();
        if (c >= u'A' && c <= u'I')
            return -(c - u'A' + 1) * 3600;
        if (c >= u'K' && c <= u'M')
            return -(c - u'K' + 10) * 3600;
        if (c >= u'N' && c <= u'Y')
            return (c - u'N' + 1) * 3600;
    }
    return std::nullopt;
}

int monthOf(QStringView word)
{
    static constexpr QLatin1StringView months[]
        = { "jan"_L1, "feb"_L1, "mar"_L1, "apr"_L1, "may"_L1, "jun"_L1,
            "jul"_L1, "aug"_L1, "sep"_L1, "oct"_L1, "nov"_L1, "dec"_L1 };
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (word.left(3).compare(months[i], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

bool isNumber(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (!Cursor::isDigit(c))
            return false;
    }
    return true;
}

QDateTime utc(const QDate &date, const QTime &time, int offsetSeconds)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace

QDateTime FeedDate::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 200)
        return {};
    if (text.size() >= 4 && isNumber(text.left(4)))
        return parseIso(text);
    return parseRfc822(text);
}

QDateTime FeedDate::parseIso(QStringView text)
{
    Cursor c(text);
    const int year = *c.number(4, 4);
    int month = 1;
    int day = 1;
    if (c.take(u'-')) {
        month = c.number(1, 2).value_or(0);
        if (c.take(u'-'))
            day = c.number(1, 2).value_or(0);
    }
    const QDate date(year, month, day);
    if (c.atEnd())
        return utc(date, QTime(0, 0), 0);
    if (!c.take(u'T') && !c.take(u't') && !c.take(u' '))
        return {};
    c.skipSpaces();
    const std::optional<int> hour = c.number(1, 2);
    if (!hour || !c.take(u':'))
        return {};
    const std::optional<int> minute = c.number(2, 2);
    int second = 0;
    int ms = 0;
    if (c.take(u':')) {
        second = c.number(2, 2).value_or(-1);
        if (c.take(u'.') || c.take(u','))
            ms = c.fractionMs();
    }
    if (!minute || second < 0)
        return {};
    c.skipSpaces();
    int offset = 0;
    const QStringView zone = c.rest();
    if (!zone.isEmpty()) {
        const std::optional<int> o
            = zone.size() == 1 || zone.front().isLetter() ? namedOffset(zone) : numericOffset(zone);
        if (!o)
            return {};
        offset = *o;
    }
    if (*hour == 24 && *minute == 0 && second == 0)
        return utc(date, QTime(0, 0), offset).addDays(1);
    return utc(date, QTime(*hour, *minute, std::min(second, 59), ms), offset);
}

QDateTime FeedDate::parseRfc822(QStringView text)
{
    // Words split at white space and commas; "02-Oct-2002" splits at its dashes; a trailing
    // "(comment)" goes.
    if (const qsizetype paren = text.indexOf(u'('); paren > 0)
        text = text.left(paren).trimmed();
    QList<QStringView> words;
    for (const QStringView part : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        for (QStringView word : part.tokenize(u',', Qt::SkipEmptyParts)) {
            word = word.trimmed();
            if (word.count(u'-') == 2 && !word.startsWith(u'-')) {
                for (const QStringView piece : word.tokenize(u'-', Qt::SkipEmptyParts))
                    words.append(piece);
            } else if (!word.isEmpty()) {
                words.append(word);
            }
        }
    }
    qsizetype i = 0;
    if (i < words.size() && !isNumber(words.at(i)) && monthOf(words.at(i)) == 0)
        ++i; // the day name
    if (words.size() - i < 3)
        return {};
    int day = 0;
    int month = 0;
    QStringView yearWord;
    if (isNumber(words.at(i))) { // "02 Oct 2002"
        day = words.at(i).toInt();
        month = monthOf(words.at(i + 1));
        yearWord = words.at(i + 2);
        i += 3;
    } else { // "Oct 02 2002" (and asctime's "Oct 2 13:00:00 2002")
        month = monthOf(words.at(i));
        day = words.at(i + 1).toInt();
        yearWord = words.at(i + 2);
        i += 3;
    }
    qsizetype timeAt = i;
    if (yearWord.contains(u':') && i < words.size() && isNumber(words.at(i))) {
        timeAt = i - 1; // asctime: the time before the year
        yearWord = words.at(i);
        ++i;
    }
    if (!isNumber(yearWord) || month == 0)
        return {};
    int year = yearWord.toInt();
    if (yearWord.size() <= 2)
        year += year < 50 ? 2000 : 1900;
    else if (yearWord.size() == 3)
        year += 1900;
    const QDate date(year, month, day);

    QTime time(0, 0);
    QStringView gluedZone; // "13:00:00+0000", "13:00:00GMT"
    if (timeAt < words.size() && words.at(timeAt).contains(u':')) {
        Cursor c(words.at(timeAt));
        std::optional<int> hour = c.number(1, 2);
        const bool colon = c.take(u':');
        const std::optional<int> minute = c.number(1, 2);
        int second = 0;
        if (c.take(u':'))
            second = c.number(1, 2).value_or(-1);
        gluedZone = c.rest();
        if (!hour || !colon || !minute || second < 0)
            return {};
        if (timeAt == i)
            ++i;
        // "1:30 PM"
        if (i < words.size() && hour && *hour >= 1 && *hour <= 12
            && (words.at(i).compare(u"AM"_s, Qt::CaseInsensitive) == 0
                || words.at(i).compare(u"PM"_s, Qt::CaseInsensitive) == 0)) {
            const bool pm = words.at(i).compare(u"PM"_s, Qt::CaseInsensitive) == 0;
            hour = *hour % 12 + (pm ? 12 : 0);
            ++i;
        }
        time = QTime(*hour, *minute, std::min(second, 59));
    }
    int offset = 0;
    QStringView zone
        = !gluedZone.isEmpty() ? gluedZone : (i < words.size() ? words.at(i) : QStringView());
    if (!zone.isEmpty()) {
        // "GMT+0100", "UTC-5"
        if (zone.size() > 3 && (zone.startsWith(u"GMT"_s) || zone.startsWith(u"UTC"_s)))
            zone = zone.mid(3);
        const std::optional<int> o = (zone.front() == u'+' || zone.front() == u'-')
            ? numericOffset(zone)
            : namedOffset(zone);
        if (!o && !gluedZone.isEmpty())
            return {}; // "13:00:00xyz" is no time
        offset = o.value_or(0);
    }
    return utc(date, time, offset);
}
