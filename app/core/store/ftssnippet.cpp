// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftssnippet.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct Span {
    int begin;
    int end;
    bool hit;
};

// Collects the byte spans of tokens [first, last) and stops tokenizing after `last`.
struct Collector {
    int first = 0;
    int last = 0;
    int index = 0;
    const std::vector<int> *hits = nullptr;
    std::vector<Span> spans;
};

int collect(void *context, int flags, const char *, int, int begin, int end)
{
    auto *c = static_cast<Collector *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    if (c->index >= c->first)
        c->spans.push_back(
            { begin, end, std::binary_search(c->hits->begin(), c->hits->end(), c->index) });
    ++c->index;
    return c->index >= c->last ? SQLITE_DONE : SQLITE_OK;
}

bool hasWordAfter(const char *text, int length, int from)
{
    for (int i = from; i < length; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return true;
    }
    return false;
}

const char *textArg(sqlite3_value *value)
{
    const unsigned char *text = sqlite3_value_text(value);
    return text ? reinterpret_cast<const char *>(text) : "";
}

void snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int count,
             sqlite3_value **values)
{
    if (count != 5) {
        sqlite3_result_error(context, "byline_snippet: five arguments expected", -1);
        return;
    }
    const int column = sqlite3_value_int(values[0]);
    const int tokens = std::max(1, sqlite3_value_int(values[4]));
    if (column < 0 || column >= api->xColumnCount(fts)) {
        sqlite3_result_error(context, "byline_snippet: no such column", -1);
        return;
    }
    const char *text = nullptr;
    int length = 0;
    int instances = 0;
    int rc = api->xColumnText(fts, column, &text, &length);
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    std::vector<int> hits;
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, col = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &col, &offset);
        if (rc == SQLITE_OK && col == column)
            hits.push_back(offset);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (!text || length == 0) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    std::sort(hits.begin(), hits.end());
    Collector collector;
    collector.first = hits.empty() ? 0 : std::max(0, hits.front() - tokens / 4);
    collector.last = collector.first + tokens;
    collector.hits = &hits;
    rc = api->xTokenize(fts, text, length, &collector, collect);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (collector.spans.empty()) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const std::string open = textArg(values[1]);
    const std::string close = textArg(values[2]);
    const std::string ellipsis = textArg(values[3]);
    // unicode61 reports our SQLITE_DONE as SQLITE_OK: whether it stopped early is in the count.
    const bool cutEnd = collector.index >= collector.last
        && hasWordAfter(text, length, collector.spans.back().end);
    std::string out;
    int position = collector.first > 0 ? collector.spans.front().begin : 0;
    if (collector.first > 0)
        out += ellipsis;
    for (const Span &span : collector.spans) {
        out.append(text + position, size_t(span.begin - position));
        if (span.hit)
            out += open;
        out.append(text + span.begin, size_t(span.end - span.begin));
        if (span.hit)
            out += close;
        position = span.end;
    }
    if (cutEnd)
        out += ellipsis;
    else
        out.append(text + position, size_t(length - position));
    sqlite3_result_text(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

Status FtsSnippet::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { tr("The library connection is not an SQLite connection.") };
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2
        || api->xCreateFunction(api, "byline_snippet", nullptr, snippet, nullptr) != SQLITE_OK)
        return Error { tr("Could not set up full-text search snippets.") };
    return {};
}
