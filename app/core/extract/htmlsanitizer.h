// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class HtmlDocument;
struct HtmlNode;

// The one gate every imported HTML passes: an allow-list of elements and attributes, safe
// absolute URLs only, links with rel="noopener noreferrer", re-serialised from a real parse.
class HtmlSanitizer {
public:
    static QString sanitize(const QString &htmlFragment, const QUrl &baseUrl);
    // Sanitises the children of `container` in place (used by the extractor, no re-parse).
    static void sanitizeChildren(HtmlDocument &document, HtmlNode *container, const QUrl &baseUrl);

private:
    static bool sanitizeElement(HtmlDocument &document, HtmlNode *element, const QUrl &baseUrl);
};
