// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplateremover.h"

#include "classhints.h"
#include "contentfinder.h"
#include "htmldocument.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int shortLine = 160; // characters: longer blocks are text, whatever they start with

bool isBlock(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

bool isProtected(const HtmlNode *n, const HtmlNode *article)
{
    for (const HtmlNode *p = n; p && p != article; p = p->parent) {
        if (p->is(GUMBO_TAG_PRE) || p->is(GUMBO_TAG_CODE) || p->is(GUMBO_TAG_TABLE))
            return true;
    }
    return false;
}

bool isCreditClass(const QString &hints)
{
    static const QRegularExpression credit(
        u"(^|[\\s_-])(credits?|copyright|photographer|photo-?credit|image-?credit|"
        "bildnachweis|bildquelle|fotograf|source-image)([\\s_-]|$)"_s);
    return !hints.isEmpty() && credit.match(hints).hasMatch();
}

double linkShare(const HtmlNode *n)
{
    return n->textLength > 0 ? double(n->linkLength) / double(n->textLength) : 0;
}

void drop(HtmlNode *n, HtmlNode *article)
{
    int up = 0;
    for (HtmlNode *p = n->parent; p && up < 64; p = p->parent, ++up) {
        p->textLength -= n->textLength;
        p->linkLength -= n->linkLength;
        if (p == article)
            break;
    }
    HtmlDocument::remove(n);
}

} // namespace

bool BoilerplateRemover::isFurnitureLine(const QString &text, bool linked)
{
    static const QString lead = u"^[\\s(\\[|»›>•·–—-]*(?:"_s;
    // Calls to action, picture credits, blog furniture: furniture with or without a link.
    static const QRegularExpression always(
        lead
            + u"subscribe\\b|sign up\\b|follow (?:us|me|@)|join (?:our|us|the)\\b|listen to\\b|"
              "download (?:our|the) app|get (?:our|the) newsletter|"
              "abonnieren\\b|jetzt abonnieren|abonniere|folgen sie\\b|folge uns|melden sie sich|"
              "newsletter\\b|jetzt (?:teilen|registrieren|anmelden)|"
              "abonnez-vous|suivez-nous|inscrivez-vous|suscríbete|síguenos|"
              "image (?:copyright|caption|credit|source)\\b|photo(?:graph)? ?(?:credit|:)|"
              "(?:foto|fotos|bild|bilder|quelle|bildquelle|credit|credits)\\s*:|©|\\(c\\)\\s|"
              "copyright\\b|all rights reserved|alle rechte vorbehalten|"
              "(?:titelbild|beitragsbild|aufmacherbild|header-?bild|fotos?|bilder)\\s*:|"
              "this entry was posted|keine kommentare|no comments|back to top|"
              "(?:warning|notice|deprecated|fatal error): .* on line \\d+|"
              "-?\\s*(?:anzeige|werbung|advertisement|publicidad|publicité)\\s*-?\\s*$|"
              "wie (?:bewerten|gefällt) (?:sie|dir|ihnen)|was this (?:article|page) helpful|"
              "lade weitere|load more\\b|mehr laden|weitere laden)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Pointers to other pages: furniture when they carry the link they point with.
    static const QRegularExpression pointer(
        lead
            + u"read (?:more|also|next)\\b|see also\\b|related\\b|more (?:on|about|from)\\b|"
              "follow\\b|find (?:us|me) on\\b|"
              "lesen sie (?:auch|mehr|hier)|lies auch|mehr zu(?:m)?\\b|mehr dazu|"
              "weitere (?:artikel|beiträge|meldungen|informationen)\\b|"
              "auch interessant|das könnte sie auch interessieren|"
              "das (?:thema )?könnte (?:dich|sie) auch interessieren|schon gelesen|"
              "empfohlene beiträge|beiträge zum thema|ähnliche (?:artikel|beiträge)|zum thema\\b|"
              "zurück zu(?:r|m)?\\b|"
              "lea (?:también|más|además)\\b|lea\\s*:|lee también|te puede interesar|"
              "lire aussi|à lire aussi|voir aussi|czytaj (?:też|także|więcej)|zobacz (?:też|także)|"
              "leggi anche|veja também|leia também|zum weiterlesen|weiterlesen\\s*:|"
              "neueste (?:artikel|beiträge)|aktuelle (?:artikel|beiträge|meldungen)|"
              "latest (?:news|articles|posts)|recent posts|neuste beiträge)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (text.size() > shortLine)
        return false;
    return always.match(text).hasMatch() || (linked && pointer.match(text).hasMatch());
}

void BoilerplateRemover::clean(HtmlNode *article)
{
    ContentFinder::measure(article);
    const int total = qMax(1, article->textLength);

    // 1. Short blocks that are furniture by their words or their class, or nothing but a link.
    std::vector<HtmlNode *> blocks;
    for (HtmlNode *n = article->firstChild; n; n = n->following(article)) {
        if (!n->isElement())
            continue;
        const bool leafBlock = isBlock(n) && !n->hasBlock && !n->is(GUMBO_TAG_TABLE)
            && !n->is(GUMBO_TAG_FIGURE) && !n->is(GUMBO_TAG_PRE);
        const bool creditish
            = (n->is(GUMBO_TAG_SPAN) || n->is(GUMBO_TAG_SMALL) || n->is(GUMBO_TAG_FIGCAPTION)
               || n->is(GUMBO_TAG_CITE) || leafBlock)
            && isCreditClass(ClassHints::hintsOf(n));
        if ((leafBlock || creditish) && n->textLength > 0 && n->textLength <= shortLine * 2)
            blocks.push_back(n);
    }
    for (HtmlNode *n : blocks) {
        if (!n->parent || !n->isInside(article) || isProtected(n, article))
            continue;
        if (n->textLength * 2 > total)
            continue;
        const QString text = HtmlDocument::normalizedText(n);
        bool remove = false;
        if (isCreditClass(ClassHints::hintsOf(n)) && text.size() <= shortLine)
            remove = true;
        else if (isFurnitureLine(text, n->linkLength * 10 >= n->textLength * 3))
            remove = true;
        else if (!n->is(GUMBO_TAG_LI) && text.size() <= 200 && linkShare(n) >= 0.8
                 && !n->is(GUMBO_TAG_H2) && !n->is(GUMBO_TAG_H3))
            remove = true; // a block that is only a link: a teaser, a "more" pointer
        if (remove)
            drop(n, article);
    }

    // 2. A heading with nothing under it (the next block is a heading of its level or above):
    // its links went with the cleaning ("Neueste Artikel", "Zum Weiterlesen").
    {
        std::vector<HtmlNode *> headings;
        for (HtmlNode *n = article->firstChild; n; n = n->following(article)) {
            if (n->isElement() && n->tag >= GUMBO_TAG_H2 && n->tag <= GUMBO_TAG_H6)
                headings.push_back(n);
        }
        for (HtmlNode *h : headings) {
            if (!h->parent || !h->isInside(article) || h->textLength > 80)
                continue;
            HtmlNode *next = h->following(article, true);
            while (next && !(next->isElement() && (isBlock(next) || next->is(GUMBO_TAG_IMG)))
                   && !(next->isText() && !next->text.trimmed().isEmpty()))
                next = next->following(article);
            if (next && next->isElement() && next->tag >= GUMBO_TAG_H1 && next->tag <= h->tag)
                drop(h, article);
        }
    }

    // 3. What trails the last real paragraph: short link-heavy blocks and headings.
    ContentFinder::measure(article);
    std::vector<HtmlNode *> order;
    for (HtmlNode *n = article->firstChild; n; n = n->following(article)) {
        if (n->isElement()
            && ((isBlock(n) && !n->hasBlock) || n->is(GUMBO_TAG_IMG) || n->is(GUMBO_TAG_VIDEO)
                || n->name == "picture"_L1 || n->is(GUMBO_TAG_IFRAME) || n->is(GUMBO_TAG_AUDIO)))
            order.push_back(n);
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        HtmlNode *n = *it;
        if (!n->parent || !n->isInside(article) || isProtected(n, article))
            continue;
        if (!isBlock(n))
            break; // a picture or a video ends the text
        const bool heading = n->tag >= GUMBO_TAG_H2 && n->tag <= GUMBO_TAG_H6;
        const bool linky = n->textLength < 200 && linkShare(n) > 0.4;
        if (n->textLength == 0)
            continue;
        if (!(heading && n->textLength < 120) && !linky)
            break; // the text itself
        drop(n, article);
    }
}
