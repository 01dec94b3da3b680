// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ArticleJson::formatTime(time))
                          : QJsonValue(QJsonValue::Null);
}

QString kindName(Source::Kind kind)
{
    return kind == Source::Kind::Feed ? u"feed"_s : u"site"_s;
}

Error fieldError(const QString &field, const char *expected)
{
    return Error { QCoreApplication::translate("ArticleJson", "field \"%1\" must be %2")
                       .arg(field, QCoreApplication::translate("ArticleJson", expected)) };
}

// Reads the fields of one object with type checks; the first problem wins.
class Reader {
public:
    explicit Reader(const QJsonObject &object) : m_object(object) { }

    QString string(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(key, QT_TRANSLATE_NOOP("ArticleJson", "a string"));
        return value.toString();
    }

    QDateTime time(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        QDateTime time;
        if (value.isString())
            time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid()) {
            fail(key, QT_TRANSLATE_NOOP("ArticleJson", "an ISO 8601 time"));
            return {};
        }
        return time.toUTC();
    }

    qint64 integer(const QString &key, qint64 minimum)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return minimum;
        const double number = value.toDouble(-1);
        // The range first: converting a double beyond qint64 (1e300) is undefined behaviour.
        if (!value.isDouble() || !(number >= double(minimum)) || number > 9007199254740992.0
            || number != std::trunc(number)) {
            fail(key, QT_TRANSLATE_NOOP("ArticleJson", "a whole number"));
            return minimum;
        }
        return qint64(number);
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(key, QT_TRANSLATE_NOOP("ArticleJson", "true or false"));
        return value.toBool();
    }

    void fail(const QString &key, const char *expected)
    {
        if (!m_error)
            m_error = fieldError(key, expected);
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace

QString ArticleJson::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray ArticleJson::toLine(const ExportedArticle &exported)
{
    const Article &a = exported.article;
    QJsonObject o;
    o.insert(u"id"_s, a.id);
    if (exported.hasSource) {
        o.insert(u"source"_s,
                 QJsonObject { { u"title"_s, exported.source.title },
                               { u"url"_s, exported.source.url },
                               { u"kind"_s, kindName(exported.source.kind) } });
    } else {
        o.insert(u"source"_s, QJsonValue::Null);
    }
    o.insert(u"url"_s, a.url);
    o.insert(u"canonicalUrl"_s, a.canonicalUrl);
    o.insert(u"title"_s, a.title);
    o.insert(u"deck"_s, a.deck);
    o.insert(u"section"_s, a.section);
    o.insert(u"author"_s, a.author);
    o.insert(u"published"_s, timeValue(a.published));
    o.insert(u"fetched"_s, timeValue(a.fetched));
    o.insert(u"language"_s, a.language);
    o.insert(u"summary"_s, a.summary);
    o.insert(u"contentHtml"_s, a.contentHtml);
    o.insert(u"plainText"_s, a.plainText);
    o.insert(u"wordCount"_s, a.wordCount);
    o.insert(u"leadImageUrl"_s, a.leadImageUrl);
    o.insert(u"read"_s, a.read);
    o.insert(u"starred"_s, a.starred);
    o.insert(u"created"_s, timeValue(a.created));
    o.insert(u"updated"_s, timeValue(a.updated));
    QJsonArray reads;
    for (const ArticleRead &read : exported.reads)
        reads.append(
            QJsonObject { { u"at"_s, formatTime(read.at) }, { u"seconds"_s, read.seconds } });
    o.insert(u"reads"_s, reads);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ExportedArticle> ArticleJson::fromLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QCoreApplication::translate("ArticleJson",
                                                   "not valid JSON (%1 at character %2)")
                           .arg(parseError.errorString(), QString::number(parseError.offset + 1)) };
    if (!document.isObject())
        return Error { QCoreApplication::translate("ArticleJson", "not a JSON object") };
    const QJsonObject object = document.object();

    ExportedArticle exported;
    Article &a = exported.article;
    Reader r(object);
    a.id = r.integer(u"id"_s, 0);
    a.url = r.string(u"url"_s);
    a.canonicalUrl = r.string(u"canonicalUrl"_s);
    a.title = r.string(u"title"_s);
    a.deck = r.string(u"deck"_s);
    a.section = r.string(u"section"_s);
    a.author = r.string(u"author"_s);
    a.published = r.time(u"published"_s);
    a.fetched = r.time(u"fetched"_s);
    a.language = r.string(u"language"_s);
    a.summary = r.string(u"summary"_s);
    a.contentHtml = r.string(u"contentHtml"_s);
    a.plainText = r.string(u"plainText"_s);
    a.wordCount = int(qMin<qint64>(r.integer(u"wordCount"_s, 0), INT_MAX));
    a.leadImageUrl = r.string(u"leadImageUrl"_s);
    a.read = r.boolean(u"read"_s);
    a.starred = r.boolean(u"starred"_s);
    a.created = r.time(u"created"_s);
    a.updated = r.time(u"updated"_s);
    if (r.error())
        return *r.error();
    if (a.title.trimmed().isEmpty())
        return Error { QCoreApplication::translate("ArticleJson", "the article has no title") };

    const QJsonValue source = object.value(u"source"_s);
    if (source.isObject()) {
        Reader s(source.toObject());
        exported.source.title = s.string(u"title"_s);
        exported.source.url = s.string(u"url"_s);
        const QString kind = s.string(u"kind"_s);
        if (s.error())
            return *s.error();
        if (kind != u"site"_s && kind != u"feed"_s && !kind.isEmpty())
            return fieldError(u"source.kind"_s,
                              QT_TRANSLATE_NOOP("ArticleJson", "\"site\" or \"feed\""));
        if (exported.source.url.isEmpty())
            return fieldError(u"source.url"_s,
                              QT_TRANSLATE_NOOP("ArticleJson", "a non-empty string"));
        exported.source.kind = kind == u"feed"_s ? Source::Kind::Feed : Source::Kind::Site;
        exported.hasSource = true;
    } else if (!source.isNull() && !source.isUndefined()) {
        return fieldError(u"source"_s, QT_TRANSLATE_NOOP("ArticleJson", "an object or null"));
    }

    const QJsonValue reads = object.value(u"reads"_s);
    if (!reads.isArray() && !reads.isUndefined() && !reads.isNull())
        return fieldError(u"reads"_s, QT_TRANSLATE_NOOP("ArticleJson", "an array"));
    const QJsonArray readArray = reads.toArray();
    for (const QJsonValue &value : readArray) {
        if (!value.isObject())
            return fieldError(u"reads"_s, QT_TRANSLATE_NOOP("ArticleJson", "an array of objects"));
        Reader rr(value.toObject());
        ArticleRead read;
        read.at = rr.time(u"at"_s);
        read.seconds = int(qMin<qint64>(rr.integer(u"seconds"_s, 0), INT_MAX));
        if (rr.error())
            return *rr.error();
        if (!read.at.isValid())
            return fieldError(u"reads.at"_s, QT_TRANSLATE_NOOP("ArticleJson", "an ISO 8601 time"));
        exported.reads.append(read);
    }
    return exported;
}
