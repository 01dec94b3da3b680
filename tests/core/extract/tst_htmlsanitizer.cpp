// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlsanitizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHtmlSanitizer : public QObject {
    Q_OBJECT

private slots:
    void xss_data();
    void xss();
    void keeps_data();
    void keeps();
    void withoutBase_data();
    void withoutBase();
    void deepNesting();
};

static const QUrl base(u"https://news.example/world/story.html"_s);

void TestHtmlSanitizer::xss_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("gone"); // lowercase substrings that must not survive
    QTest::addColumn<QString>("kept"); // safe text that must remain

    const QString js = u"javascript:"_s;
    QTest::newRow("script") << u"<p>Hello reader</p><script>alert(1)</script>"_s
                            << QStringList { u"<script"_s, u"alert(1)"_s } << u"Hello reader"_s;
    QTest::newRow("script-in-paragraph")
        << u"<p>Before<script>alert(1)</script> after</p>"_s
        << QStringList { u"script"_s, u"alert"_s } << u"Before after"_s;
    QTest::newRow("svg-onload") << u"<svg onload=alert(1)><circle r=4 /></svg><p>Safe</p>"_s
                                << QStringList { u"<svg"_s, u"onload"_s, u"circle"_s } << u"Safe"_s;
    QTest::newRow("img-onerror") << u"<p>Safe text<img src=x onerror=alert(1)></p>"_s
                                 << QStringList { u"onerror"_s, u"alert"_s } << u"Safe text"_s;
    QTest::newRow("a-javascript") << u"<a href=\"javascript:alert(1)\">click</a>"_s
                                  << QStringList { js, u"href"_s } << u"click"_s;
    QTest::newRow("a-javascript-tab-entity")
        << u"<a href=\"jav&#x09;ascript:alert(1)\">click</a>"_s
        << QStringList { u"ascript"_s, u"href"_s } << u"click"_s;
    QTest::newRow("a-javascript-newline-entity")
        << u"<a href=\"java&#10;script:alert(1)\">click</a>"_s
        << QStringList { u"script:"_s, u"href"_s } << u"click"_s;
    QTest::newRow("a-javascript-raw-newline")
        << u"<a href=\"java\nscript:alert(1)\">click</a>"_s
        << QStringList { u"script:"_s, u"href"_s } << u"click"_s;
    QTest::newRow("a-javascript-mixed-case") << u"<a href=\"JaVaScRiPt:alert(1)\">click</a>"_s
                                             << QStringList { js, u"href"_s } << u"click"_s;
    QTest::newRow("a-javascript-leading-space") << u"<a href=\" javascript:alert(1)\">click</a>"_s
                                                << QStringList { js, u"href"_s } << u"click"_s;
    QTest::newRow("a-javascript-leading-control")
        << u"<a href=\"&#1;&#x20;javascript:alert(1)\">click</a>"_s << QStringList { js, u"href"_s }
        << u"click"_s;
    QTest::newRow("a-javascript-entity-letters")
        << u"<a href=\"&#106;&#97;vascript&colon;alert(1)\">click</a>"_s
        << QStringList { js, u"href"_s } << u"click"_s;
    QTest::newRow("a-vbscript") << u"<a href=\"vbscript:msgbox(1)\">click</a>"_s
                                << QStringList { u"vbscript"_s, u"href"_s } << u"click"_s;
    QTest::newRow("a-data-html")
        << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>"_s
        << QStringList { u"data:"_s, u"href"_s } << u"click"_s;
    QTest::newRow("style-attribute-expression")
        << u"<p style=\"width: expression(alert(1))\">shown</p>"_s
        << QStringList { u"style"_s, u"expression"_s } << u"shown"_s;
    QTest::newRow("style-element")
        << u"<style>p{background:url(javascript:alert(1))}</style><p>plain</p>"_s
        << QStringList { u"<style"_s, js } << u"plain"_s;
    QTest::newRow("meta-refresh")
        << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>body</p>"_s
        << QStringList { u"<meta"_s, u"refresh"_s, js } << u"body"_s;
    QTest::newRow("iframe-srcdoc")
        << u"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>body</p>"_s
        << QStringList { u"iframe"_s, u"srcdoc"_s, u"alert"_s } << u"body"_s;
    QTest::newRow("form-action")
        << u"<form action=\"https://evil.example/steal\"><input name=pw><button "
           "formaction=\"javascript:alert(1)\">Go</button><p>body</p></form>"_s
        << QStringList { u"<form"_s, u"action"_s, u"<input"_s, u"<button"_s, js } << u"body"_s;
    QTest::newRow("base-href") << u"<base href=\"javascript:alert(1)//\"><a href=\"/x\">link</a>"_s
                               << QStringList { u"<base"_s, js } << u"link"_s;
    QTest::newRow("object-embed")
        << u"<object data=\"evil.swf\"><param name=a value=b></object><embed "
           "src=\"evil.swf\"><p>body</p>"_s
        << QStringList { u"<object"_s, u"<embed"_s, u"evil.swf"_s, u"<param"_s } << u"body"_s;
    QTest::newRow("math-href")
        << u"<math href=\"javascript:alert(1)\"><mi>x</mi></math><p>body</p>"_s
        << QStringList { u"<math"_s, js, u"<mi"_s } << u"body"_s;
    QTest::newRow("svg-xlink-href")
        << u"<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg><p>body</p>"_s
        << QStringList { u"<svg"_s, js, u"xlink"_s } << u"body"_s;
    QTest::newRow("event-attributes")
        << u"<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">Click me</p>"_s
        << QStringList { u"onclick"_s, u"onmouseover"_s, u"alert"_s } << u"Click me"_s;
    QTest::newRow("img-javascript-src") << u"<p>pic<img src=\"javascript:alert(1)\"></p>"_s
                                        << QStringList { js, u"<img"_s } << u"pic"_s;
    QTest::newRow("noscript-mxss")
        << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript><p>ok</p>"_s
        << QStringList { u"<img"_s, u"<noscript"_s } << u"ok"_s;
    QTest::newRow("attribute-breakout") << u"<p title='x\" onmouseover=\"alert(1)'>text</p>"_s
                                        << QStringList { u"\" onmouseover"_s } << u"text"_s;
    QTest::newRow("escaped-text-stays-text") << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s
                                             << QStringList { u"<script"_s } << u"&lt;script&gt;"_s;
    QTest::newRow("template") << u"<template><script>alert(1)</script></template><p>body</p>"_s
                              << QStringList { u"template"_s, u"alert"_s } << u"body"_s;
    QTest::newRow("link-stylesheet")
        << u"<link rel=stylesheet href=\"https://evil.example/x.css\"><p>body</p>"_s
        << QStringList { u"<link"_s, u"evil.example"_s } << u"body"_s;
    QTest::newRow("blockquote-cite-javascript")
        << u"<blockquote cite=\"javascript:alert(1)\">quoted</blockquote>"_s
        << QStringList { js, u"cite"_s } << u"quoted"_s;
    QTest::newRow("srcset-javascript") << u"<p>x<img srcset=\"javascript:alert(1) 2x\"></p>"_s
                                       << QStringList { js, u"<img"_s } << u"x"_s;
    QTest::newRow("form-password")
        << u"<form method=post><label>Password</label><input type=\"password\" name=pw>"
           "<select><option>a</option></select><textarea>t</textarea><button>Sign in</button>"
           "</form><p>body</p>"_s
        << QStringList { u"<form"_s,     u"<input"_s,  u"\"password\""_s, u"<select"_s,
                         u"<textarea"_s, u"<button"_s, u"sign in"_s }
        << u"body"_s;
    QTest::newRow("svg-inline")
        << u"<svg width=\"400\"><circle r=\"40\"/><foreignObject><p>in svg</p></foreignObject>"
           "</svg><p>body</p>"_s
        << QStringList { u"<svg"_s, u"<circle"_s, u"foreignobject"_s, u"in svg"_s } << u"body"_s;
    QTest::newRow("iframe-src") << u"<iframe src=\"https://evil.example/\"></iframe><p>body</p>"_s
                                << QStringList { u"<iframe"_s, u"evil.example"_s } << u"body"_s;
    QTest::newRow("style-url")
        << u"<p style=\"background:url(https://evil.example/t.png)\">shown</p>"_s
        << QStringList { u"style"_s, u"url("_s, u"evil.example"_s } << u"shown"_s;
    QTest::newRow("data-svg-image")
        << u"<p>x<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\"></p>"_s
        << QStringList { u"data:"_s, u"<img"_s } << u"x"_s;
    QTest::newRow("data-html-image") << u"<p>x<img src=\"data:text/html,hi\"></p>"_s
                                     << QStringList { u"data:"_s, u"<img"_s } << u"x"_s;
    QTest::newRow("file-link") << u"<p><a href=\"file:///etc/passwd\">local</a></p>"_s
                               << QStringList { u"file:"_s, u"href"_s } << u"local"_s;
    QTest::newRow("file-image") << u"<p>x<img src=\"file:///home/a/pic.png\"></p>"_s
                                << QStringList { u"file:"_s, u"<img"_s } << u"x"_s;
    QTest::newRow("file-srcset") << u"<p>x<img srcset=\"file:///home/a/pic.png 2x\"></p>"_s
                                 << QStringList { u"file:"_s, u"<img"_s } << u"x"_s;
}

void TestHtmlSanitizer::xss()
{
    QFETCH(QString, html);
    QFETCH(QStringList, gone);
    QFETCH(QString, kept);
    const QString out = HtmlSanitizer::sanitize(html, base);
    const QString lower = out.toLower();
    for (const QString &bad : std::as_const(gone))
        QVERIFY2(!lower.contains(bad), qPrintable(u"'%1' survived in: %2"_s.arg(bad, out)));
    QVERIFY2(out.contains(kept), qPrintable(u"'%1' lost from: %2"_s.arg(kept, out)));
}

void TestHtmlSanitizer::keeps_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // substring of the output

    QTest::newRow("link-absolute-noopener")
        << u"<a href=\"/about\">About</a>"_s
        << u"<a href=\"https://news.example/about\" rel=\"noopener noreferrer\">About</a>"_s;
    QTest::newRow("image-absolute")
        << u"<img src=\"pic.jpg\" alt=\"A pic\">"_s
        << u"<img src=\"https://news.example/world/pic.jpg\" alt=\"A pic\">"_s;
    QTest::newRow("data-image-allowed")
        << u"<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">"_s
        << u"src=\"data:image/png;base64,iVBORw0KGgo=\""_s;
    QTest::newRow("mailto") << u"<a href=\"mailto:desk@news.example\">mail</a>"_s
                            << u"href=\"mailto:desk@news.example\""_s;
    QTest::newRow("h1-demoted") << u"<h1>Top</h1>"_s << u"<h2>Top</h2>"_s;
    QTest::newRow("table")
        << u"<table><tr><th colspan=2>H</th></tr><tr><td>a</td><td>b</td></tr></table>"_s
        << u"<th colspan=\"2\">H</th>"_s;
    QTest::newRow("pre-code") << u"<pre><code>int x = 1 &lt; 2;</code></pre>"_s
                              << u"<pre><code>int x = 1 &lt; 2;</code></pre>"_s;
    QTest::newRow("blockquote") << u"<blockquote><p>Words</p></blockquote>"_s
                                << u"<blockquote><p>Words</p></blockquote>"_s;
    QTest::newRow("figure")
        << u"<figure><img src=\"/a.png\"><figcaption>Cap</figcaption></figure>"_s
        << u"<figcaption>Cap</figcaption></figure>"_s;
    QTest::newRow("picture-to-img")
        << u"<picture><source srcset=\"/big.webp 1200w, /small.webp 400w\"><img "
           "alt=\"p\"></picture>"_s
        << u"src=\"https://news.example/big.webp\""_s;
    QTest::newRow("section-unwrapped") << u"<section><p>In</p></section>"_s << u"<p>In</p>"_s;
    QTest::newRow("attribute-quote-escaped")
        << u"<p title='say \"hi\" &amp; go'>t</p>"_s << u"title=\"say &quot;hi&quot; &amp; go\""_s;
    QTest::newRow("class-and-id-dropped")
        << u"<p class=\"x\" id=\"y\" lang=\"ko\">t</p>"_s << u"<p lang=\"ko\">t</p>"_s;
}

void TestHtmlSanitizer::keeps()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString out = HtmlSanitizer::sanitize(html, base);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

// No web address to resolve against (a saved page without canonical, og:url or <base>): a
// relative link becomes its text and a relative image goes; absolute ones stay.
void TestHtmlSanitizer::withoutBase_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // the whole output
    const QUrl none;
    const QUrl file(u"file:///home/someone/saved/page.html"_s);
    QTest::newRow("relative-link")
        << none << u"<p><a href=\"../x.html\">see</a></p>"_s << u"<p>see</p>"_s;
    QTest::newRow("relative-link-file-base")
        << file << u"<p><a href=\"../x.html\">see</a></p>"_s << u"<p>see</p>"_s;
    QTest::newRow("root-relative-link")
        << none << u"<p><a href=\"/about\">about</a></p>"_s << u"<p>about</p>"_s;
    QTest::newRow("fragment-link") << none << u"<p><a href=\"#note\">1</a></p>"_s << u"<p>1</p>"_s;
    QTest::newRow("relative-image")
        << none << u"<p>pic<img src=\"img/a.png\" alt=\"a\"></p>"_s << u"<p>pic</p>"_s;
    QTest::newRow("relative-image-file-base")
        << file << u"<p>pic<img src=\"img/a.png\"></p>"_s << u"<p>pic</p>"_s;
    QTest::newRow("absolute-link-kept")
        << file << u"<p><a href=\"https://news.example/a\">a</a></p>"_s
        << u"<p><a href=\"https://news.example/a\" rel=\"noopener noreferrer\">a</a></p>"_s;
    QTest::newRow("absolute-image-kept")
        << none << u"<p><img src=\"https://news.example/a.png\" alt=\"a\"></p>"_s
        << u"<p><img src=\"https://news.example/a.png\" alt=\"a\"></p>"_s;
    QTest::newRow("protocol-relative-image")
        << none << u"<p>x<img src=\"//cdn.example/a.png\"></p>"_s << u"<p>x</p>"_s;
}

void TestHtmlSanitizer::withoutBase()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html, baseUrl), expected);
}

void TestHtmlSanitizer::deepNesting()
{
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += u"<div>"_s;
    html += u"deep text"_s;
    const QString out = HtmlSanitizer::sanitize(html, base);
    QVERIFY(out.contains(u"deep text"_s));
}

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
