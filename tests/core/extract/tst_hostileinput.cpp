// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile pages stay within budgets: each row builds its page here and checks what the
// prefilter dropped and how big the parsed tree and the extracted article are (never time).
#include "extract/articleextractor.h"
#include "extract/htmldocument.h"
#include "extract/htmlprefilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString pageStart
    = u"<!DOCTYPE html><html><head><title>A hostile page</title></head><body>"_s;
const QString pageEnd = u"</body></html>"_s;

QString repeated(const QString &piece, int times)
{
    QString out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

QString numbered(const QString &before, const QString &after, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += before + QString::number(i) + after;
    return out;
}

QString page(const QString &body)
{
    return pageStart + body + pageEnd;
}

struct TreeSize {
    int elements = 0;
    int texts = 0;
    int attributes = 0;
    qsizetype longestText = 0;
};

TreeSize sizeOf(const HtmlDocument &document)
{
    TreeSize size;
    for (const HtmlNode *n = document.root(); n; n = n->following(document.root())) {
        if (n->isElement()) {
            ++size.elements;
            size.attributes += int(n->attributes.size());
        } else {
            ++size.texts;
            size.longestText = std::max(size.longestText, n->text.size());
        }
    }
    return size;
}

// Paragraphs a reader would want, so that extraction has an article to find.
QString article()
{
    return u"<article><h1>A hostile page</h1>"_s
        + repeated(
               u"<p>The council met at dawn, engineers explained the plans for the sea wall, "
               "and the fishing families listened closely to every detail of the closure.</p>"_s,
               8)
        + u"</article>"_s;
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    void prefilterBudgets_data();
    void prefilterBudgets();
    void realMarkupKept_data();
    void realMarkupKept();
    void parseMemoryCap();
    void extraction_data();
    void extraction();
};

// What the prefilter drops, and the size of gumbo's tree after it.
void TestHostileInput::prefilterBudgets_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("unmatchedEndTags");
    QTest::addColumn<int>("elementsOverBudget");
    QTest::addColumn<int>("attributesOverBudget");
    QTest::addColumn<int>("formattingOverBudget");
    QTest::addColumn<bool>("charactersCut");
    QTest::addColumn<int>("maxElements"); // in the parsed tree
    QTest::addColumn<int>("maxAttributes"); // in the parsed tree

    // 100,000 <div> left open, each followed by an end tag closing nothing: took gumbo 82-113 s.
    QTest::newRow("div-unmatched-i")
        << page(repeated(u"<div></i>"_s, 100000)) << 100000 << 0 << 0 << 0 << false << 1100 << 0;
    QTest::newRow("end-tags-of-many-kinds")
        << page(repeated(u"</a></b></i></span></table></td></li></font></em></form></h1>"
                         "</select></x-custom></template></caption></svg></textarea>"_s,
                         10000))
        << 170000 << 0 << 0 << 0 << false << 10 << 0;
    QTest::newRow("end-tags-under-open-spans")
        << page(repeated(u"<span>"_s, 900) + repeated(u"</li></td></x>"_s, 50000)) << 150000 << 0
        << 0 << 0 << false << 1000 << 0;
    QTest::newRow("attributes-200k-on-one-tag")
        << page(u"<div "_s + numbered(u"a"_s, u"=1 "_s, 200000) + u">x</div>"_s) << 0 << 0
        << 200000 - 64 << 0 << false << 10 << 64;
    QTest::newRow("attributes-past-the-page-budget")
        << page(repeated(u"<p a=1 b=2 c=3 d=4 e=5>x</p>"_s, 120000)) << 0 << 0 << 100000 << 0
        << false << 120010 << 500000;
    QTest::newRow("elements-past-the-budget")
        << page(repeated(u"<b>x</b>"_s, 300000)) << 50004 << 50004 << 0 << 0 << false << 250000
        << 0; // html, head, title and body count too
    QTest::newRow("formatting-reconstructed-in-every-paragraph")
        << page(u"<div>"_s + numbered(u"<b id="_s, u">"_s, 990) + u"</div>"_s
                + repeated(u"<p>x</p>"_s, 1000))
        << 0 << 0 << 0 << 990 - 64 << false << 66 * 1000 + 100 << 64 * 1001;
    QTest::newRow("second-body-tags")
        << page(numbered(u"<body a"_s, u"=1>"_s, 100000)) << 0 << 0 << 0 << 0 << false << 10 << 0;
    QTest::newRow("bogus-comments")
        << page(u"<p>"_s + repeated(u"x<?pi?><!x></ x>"_s, 100000) + u"</p>"_s) << 0 << 0 << 0 << 0
        << false << 10 << 0;
    QTest::newRow("huge-text-node") << page(u"<p>"_s + QString(17'000'000, u'a') + u"</p>"_s) << 0
                                    << 0 << 0 << 0 << true << 10 << 0;
    QTest::newRow("tag-cut-by-the-character-budget")
        << page(QString(15'999'000, u'a') + u"<div "_s + numbered(u"a"_s, u"=1 "_s, 300000)) << 0
        << 0 << 0 << 0 << true << 10 << 0;
}

void TestHostileInput::prefilterBudgets()
{
    QFETCH(QString, html);
    QFETCH(int, unmatchedEndTags);
    QFETCH(int, elementsOverBudget);
    QFETCH(int, attributesOverBudget);
    QFETCH(int, formattingOverBudget);
    QFETCH(bool, charactersCut);
    QFETCH(int, maxElements);
    QFETCH(int, maxAttributes);

    HtmlPrefilter::Counts counts;
    const QString filtered = HtmlPrefilter::filter(html, HtmlPrefilter::Limits(), &counts);
    QCOMPARE(counts.unmatchedEndTags, unmatchedEndTags);
    QCOMPARE(counts.elementsOverBudget, elementsOverBudget);
    QCOMPARE(counts.attributesOverBudget, attributesOverBudget);
    QCOMPARE(counts.formattingOverBudget, formattingOverBudget);
    QCOMPARE(counts.charactersOverBudget > 0, charactersCut);
    QVERIFY(filtered.size() <= HtmlPrefilter::Limits().characters);

    const HtmlDocument document(html);
    QVERIFY(!document.isEmpty());
    QVERIFY(!document.outOfMemory());
    const TreeSize size = sizeOf(document);
    QVERIFY2(size.elements <= maxElements, qPrintable(QString::number(size.elements)));
    QVERIFY2(size.attributes <= maxAttributes, qPrintable(QString::number(size.attributes)));
    QVERIFY(size.longestText <= HtmlPrefilter::Limits().characters);
}

// Ordinary markup, sloppy or not, goes through untouched by the budgets.
void TestHostileInput::realMarkupKept_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // the body, as gumbo builds it from the filtered page

    QTest::newRow("nested-and-closed") << u"<div><p>a <b>b</b></p><ul><li>c</ul></div>"_s
                                       << u"<div><p>a <b>b</b></p><ul><li>c</li></ul></div>"_s;
    QTest::newRow("misnested-formatting")
        << u"<b>a<i>b</b>c</i>"_s << u"<b>a<i>b</i></b><i>c</i>"_s;
    QTest::newRow("formatting-across-a-block")
        << u"<b>a<div>b</b>c</div>d"_s << u"<b>a</b><div><b>b</b>c</div>d"_s;
    QTest::newRow("end-tag-closes-unclosed-inline")
        << u"<div><span>a</div>b"_s << u"<div><span>a</span></div>b"_s;
    QTest::newRow("table-cells")
        << u"<table><tr><td>a<td>b</table>c"_s
        << u"<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>c"_s;
    QTest::newRow("stray-p-end-tag") << u"a</p>b"_s << u"a<p></p>b"_s;
    QTest::newRow("unquoted-attribute-with-quote")
        << u"<a title=x\"y href=/z>link</a> after"_s
        << u"<a title=\"x&quot;y\" href=\"/z\">link</a> after"_s;
    QTest::newRow("doctype-and-cdata-kept") << u"<p>a<![CDATA[b]]>c</p>"_s << u"<p>ac</p>"_s;
}

void TestHostileInput::realMarkupKept()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    HtmlPrefilter::Counts counts;
    HtmlPrefilter::filter(html, HtmlPrefilter::Limits(), &counts);
    QVERIFY(!counts.trimmed());
    const HtmlDocument document(u"<!DOCTYPE html><body>"_s + html);
    QString body;
    for (const HtmlNode *n = document.body()->firstChild; n; n = n->next) {
        // A tiny serializer: enough for these rows.
        struct Writer {
            static void write(const HtmlNode *node, QString &out)
            {
                if (node->isText()) {
                    out += node->text;
                    return;
                }
                out += u'<' + node->name;
                for (const HtmlNode::Attribute &a : node->attributes)
                    out += u' ' + a.name + u"=\""_s + QString(a.value).replace(u"\""_s, u"&quot;"_s)
                        + u'"';
                out += u'>';
                for (const HtmlNode *c = node->firstChild; c; c = c->next)
                    write(c, out);
                out += u"</"_s + node->name + u'>';
            }
        };
        Writer::write(n, body);
    }
    QCOMPARE(body, expected);
}

// A page that needs more of gumbo's memory than allowed is not parsed, and says so.
void TestHostileInput::parseMemoryCap()
{
    const QString html = page(repeated(u"<p a=1 b=2>x</p>"_s, 100000));
    const HtmlDocument small(html, HtmlPrefilter::Limits(), size_t(4) << 20);
    QVERIFY(small.outOfMemory());
    QVERIFY(small.isEmpty());
    const HtmlDocument enough(html);
    QVERIFY(!enough.outOfMemory());
    QCOMPARE(sizeOf(enough).elements, 100000 + 4);
}

// The whole extractor on hostile pages: an article or an error, never a crash, and output
// no bigger than the page; the notice tells when the page was trimmed.
void TestHostileInput::extraction_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("trimmed");

    QTest::newRow("ordinary-article") << page(article()) << false;
    QTest::newRow("div-unmatched-i") << page(article() + repeated(u"<div></i>"_s, 100000)) << false;
    QTest::newRow("elements-past-the-budget")
        << page(article() + repeated(u"<span>x</span>"_s, 300000)) << true;
    QTest::newRow("p-soup") << page(article() + repeated(u"<p>x"_s, 200000)) << false;
    QTest::newRow("table-soup") << page(article()
                                        + repeated(u"<table><tr><td>x</td></tr></table>"_s, 50000))
                                << false;
    QTest::newRow("giant-comment")
        << page(article() + u"<!--"_s + QString(3'000'000, u'c')) << false;
    QTest::newRow("json-ld-many") << page(
        repeated(u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                 "\"headline\":\"A hostile page\"}</script>"_s,
                 20000)
        + article()) << false;
    QTest::newRow("huge-srcset") << page(article() + u"<img src=a.jpg srcset=\""_s
                                         + numbered(u"i"_s, u".jpg 1w, "_s, 200000) + u"\">"_s)
                                 << false;
    QTest::newRow("huge-attribute-value")
        << page(article() + u"<a href=\"/"_s + QString(5'000'000, u'a') + u"\">x</a>"_s) << false;
    QTest::newRow("entity-flood") << page(article() + u"<p>"_s
                                          + repeated(u"&amp;&notin;&#x1F600;&#0;"_s, 100000))
                                  << false;
    QTest::newRow("nul-bytes") << page(article() + u"<p>"_s + repeated(u"a\0b"_s, 100000)) << false;
    QTest::newRow("long-line") << page(article() + u"<p>"_s + repeated(u"word "_s, 1'000'000))
                               << false;
    QTest::newRow("attributes-on-many-tags") << page(
        article()
        + numbered(u"<i "_s + numbered(u"x"_s, u"=1 "_s, 100) + u" n="_s, u">y</i>"_s, 2000))
                                             << true;
}

void TestHostileInput::extraction()
{
    QFETCH(QString, html);
    QFETCH(bool, trimmed);
    const Result<ExtractedArticle> article
        = ArticleExtractor::extract(html, QUrl(u"https://example.com/story"_s));
    QVERIFY2(article, qPrintable(article ? QString() : article.error()));
    QCOMPARE(article->title, u"A hostile page"_s);
    QVERIFY(article->plainText.contains(u"engineers explained the plans"_s));
    QVERIFY(article->contentHtml.size() <= html.size());
    QVERIFY(article->plainText.size() <= html.size());
    QCOMPARE(!article->notice.isEmpty(), trimmed);
    if (trimmed)
        QVERIFY2(article->notice.startsWith(u"The page was trimmed: "_s),
                 qPrintable(article->notice));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
