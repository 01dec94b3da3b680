// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Any UTF-8 -> HtmlSanitizer::sanitize. Promises: no crash, no undefined behaviour, nothing
// executable in the output as a parser reads it back, and sanitising the output again keeps
// its text (but for white space and stray control characters). Not promised: the same markup
// (unwrapping <marquee> in "<p><marquee><p>" leaves a <p> in a <p>, which a parse splits).
#include "fuzzsupport.h"

#include "extract/htmlsanitizer.h"

using namespace Qt::StringLiterals;

namespace {

// The output as a parser's input stream sees it: control characters and noncharacters become
// U+FFFD (a character reference such as "&#2;" can put them in the first output; browsers keep
// them as they are, gumbo replaces them: not a difference worth a finding), white space runs
// collapse (white space before the first tag is dropped by any parse).
QString textOf(const QString &html)
{
    const HtmlDocument document(html);
    if (document.isEmpty())
        return {};
    QList<uint> codePoints = HtmlDocument::textContent(document.body()).toUcs4();
    for (uint &c : codePoints) {
        if ((c >= 0x1 && c <= 0x8) || c == 0xB || (c >= 0xE && c <= 0x1F)
            || (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
            c = 0xFFFD;
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                             codePoints.size())
        .simplified();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl base(u"https://news.example/world/story.html"_s);

    const QString input = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const QString once = HtmlSanitizer::sanitize(input, base);
    const QString active = FuzzSupport::activeContent(once);
    if (!active.isEmpty())
        FuzzSupport::fail("the output is sanitised", active + u"\n"_s + once);
    const QString twice = HtmlSanitizer::sanitize(once, base);
    if (const QString again = FuzzSupport::activeContent(twice); !again.isEmpty())
        FuzzSupport::fail("the output sanitised again is sanitised", again + u"\n"_s + twice);
    if (textOf(twice) != textOf(once))
        FuzzSupport::fail("sanitising the output again keeps its text",
                          u"once:  "_s + once + u"\ntwice: "_s + twice);
    return 0;
}
