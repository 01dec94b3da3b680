// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmldocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: one QCoreApplication for the run (the SQL driver plugin and
// translations need it), Qt's chatter silenced, and a way to report a broken promise.
namespace FuzzSupport {

inline void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "Qt: %s\n", qUtf8Printable(message));
    if (type == QtFatalMsg)
        std::abort();
}

inline void start()
{
    static int argc = 1;
    static char name[] = "byline-fuzz";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives for the whole run
    if (!qEnvironmentVariableIsSet("BYLINE_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietHandler);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What a browser would run in `html`, read from a real parse (so text that only looks like
// markup, "&lt;script", or an attribute value holding " onclick=", is not taken for it): an
// element that runs or loads things, an event handler or style attribute, or a URL attribute
// that a browser reads as javascript:, vbscript: or a non-image data: URL. Empty when none.
inline QString activeContent(const QString &html)
{
    using namespace Qt::StringLiterals;
    static const QSet<QString> elements { u"script"_s, u"style"_s,  u"iframe"_s,   u"frame"_s,
                                          u"object"_s, u"embed"_s,  u"svg"_s,      u"math"_s,
                                          u"form"_s,   u"input"_s,  u"button"_s,   u"base"_s,
                                          u"meta"_s,   u"link"_s,   u"template"_s, u"textarea"_s,
                                          u"select"_s, u"applet"_s, u"dialog"_s };
    static const QSet<QString> urlAttributes { u"href"_s,       u"src"_s,        u"srcset"_s,
                                               u"cite"_s,       u"action"_s,     u"formaction"_s,
                                               u"xlink:href"_s, u"background"_s, u"poster"_s,
                                               u"data"_s };
    const HtmlDocument document(html);
    if (document.isEmpty())
        return {};
    for (HtmlNode *n = document.root(); n; n = n->following(document.root())) {
        if (!n->isElement())
            continue;
        if (elements.contains(n->name))
            return u"element <"_s + n->name + u'>';
        for (const HtmlNode::Attribute &a : std::as_const(n->attributes)) {
            if (a.name.startsWith(u"on"_s) || a.name == u"style"_s || a.name == u"srcdoc"_s)
                return u"attribute "_s + a.name + u" on <"_s + n->name + u'>';
            if (!urlAttributes.contains(a.name))
                continue;
            QString url;
            for (const QChar c : a.value) {
                if (c != u'\t' && c != u'\n' && c != u'\r')
                    url.append(c.toLower());
            }
            while (!url.isEmpty() && url.front().unicode() <= 0x20)
                url.remove(0, 1);
            const bool rasterData = n->name == u"img"_s && a.name == u"src"_s
                && QRegularExpression(u"^data:image/(png|jpeg|gif|webp|avif|bmp)[;,]"_s)
                       .match(url)
                       .hasMatch();
            if (url.startsWith(u"javascript:"_s) || url.startsWith(u"vbscript:"_s)
                || (url.startsWith(u"data:"_s) && !rasterData))
                return a.name + u"=\""_s + a.value + u"\" on <"_s + n->name + u'>';
        }
    }
    return {};
}

// A finding that is not a crash: libFuzzer saves the input when the process aborts.
[[noreturn]] inline void fail(const char *promise, const QString &detail)
{
    std::fprintf(stderr, "FINDING: %s\n%s\n", promise, qUtf8Printable(detail.left(2000)));
    std::fflush(stderr);
    std::abort();
}

} // namespace FuzzSupport
