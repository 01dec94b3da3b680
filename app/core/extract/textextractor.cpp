// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textextractor.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Words that, alone or together in a short line, are a page's interface and not its writing.
const QSet<QString> &interfaceWords()
{
    static const QSet<QString> words = [] {
        // English, then Korean (settings, font size, share, close, top, most read, print ...).
        const QString list
            = u"settings setting font font-size fontsize size text close x × ✕ "
              "top stories story most popular read viewed go letter letters share "
              "shares sharing button buttons facebook twitter kakao kakaotalk "
              "kakaostory naver band line mail e-mail email link url copy print "
              "menu search login log in sign up out subscribe subscription "
              "newsletter home more comments comment reply back to previous next "
              "prev listen audio zoom translate bookmark scrap like tweet whatsapp "
              "telegram linkedin reddit pinterest instagram youtube advertisement "
              "ad ads sponsored related articles open toggle navigation skip a+ a- "
              "aa on the page of "
              "설정 글자 글자크기 크기 공유 공유하기 닫기 페이스북 트위터 카카오톡 "
              "카카오스토리 네이버 밴드 메일 이메일 링크 링크복사 복사 인쇄 메뉴 검색 "
              "로그인 회원가입 구독 구독하기 홈 더보기 댓글 이전 다음 맨위로 위로 맨 "
              "목록 광고 관련기사 많이 본 가장 스크랩 좋아요 듣기 번역 버튼 주요뉴스 "
              "인기기사 뉴스레터 기사"_s;
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

bool isBulletChar(QChar c)
{
    static const QString bullets = u"•·‣◦▪▫■□●○►▶▸▹➤→*-–—+−"_s;
    return bullets.contains(c) || c.category() == QChar::Symbol_Other;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

int countWords(const QString &text)
{
    int words = 0;
    int cjk = 0;
    bool inWord = false;
    for (const char32_t c : text.toUcs4()) {
        if (isCjk(c)) {
            ++cjk;
            if (inWord)
                ++words;
            inWord = false;
        } else if (QChar::isSpace(c)) {
            if (inWord)
                ++words;
            inWord = false;
        } else {
            inWord = true;
        }
    }
    return words + (inWord ? 1 : 0) + (cjk + 1) / 2;
}

QString guessLanguage(const QString &text)
{
    int letters = 0, hangul = 0, kana = 0, han = 0;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF))
            ++hangul;
        else if (c >= 0x3040 && c <= 0x30FF)
            ++kana;
        else if (isCjk(c))
            ++han;
    }
    if (letters == 0)
        return {};
    if (hangul * 10 > letters * 3)
        return u"ko"_s;
    if (kana * 20 > letters)
        return u"ja"_s;
    if (han * 10 > letters * 3)
        return u"zh"_s;
    static const QSet<QString> english { u"the"_s,  u"of"_s, u"and"_s,  u"to"_s,  u"a"_s,
                                         u"in"_s,   u"is"_s, u"that"_s, u"for"_s, u"it"_s,
                                         u"with"_s, u"on"_s, u"as"_s,   u"was"_s };
    const QStringList tokens
        = text.toLower().split(QRegularExpression(u"[^\\w']+"_s), Qt::SkipEmptyParts);
    int hits = 0;
    for (const QString &token : tokens)
        hits += english.contains(token) ? 1 : 0;
    return (!tokens.isEmpty() && hits * 100 >= int(tokens.size()) * 8) ? u"en"_s : QString();
}

bool isShort(const QString &paragraph, int maxWords, int maxChars)
{
    return paragraph.size() <= maxChars && countWords(paragraph) <= maxWords;
}

bool endsSentence(const QString &paragraph)
{
    static const QString enders = u".。!！…:;"_s;
    return !paragraph.isEmpty() && enders.contains(paragraph.back());
}

// "OPINION", or in a script without capitals (Korean, Chinese) one short word: "사설".
bool isSectionLabel(const QString &paragraph)
{
    if (!isShort(paragraph, 3, 24) || paragraph != paragraph.toUpper())
        return false;
    if (paragraph != paragraph.toLower())
        return true;
    return paragraph.size() <= 4 && !paragraph.contains(u' ')
        && std::all_of(paragraph.cbegin(), paragraph.cend(),
                       [](QChar c) { return c.isLetter() && c.script() != QChar::Script_Latin; });
}

QString firstWords(const QString &paragraph, int count)
{
    const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= count)
        return paragraph;
    return words.mid(0, count).join(u' ') + u'…';
}

QString paragraphHtml(const QStringList &paragraphs)
{
    QString html;
    for (const QString &paragraph : paragraphs)
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>\n"_s;
    return html;
}

} // namespace

QString TextExtractor::stripBullet(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i).isSpace() || isBulletChar(line.at(i))))
        ++i;
    return line.mid(i).trimmed();
}

bool TextExtractor::isInterfaceLine(const QString &line)
{
    const QString text = stripBullet(line);
    if (text.isEmpty())
        return true;
    static const QRegularExpression step(u"^\\d{1,2}$"_s);
    if (step.match(text).hasMatch())
        return true;
    const QStringList tokens
        = text.toLower().split(QRegularExpression(u"[\\s|/·]+"_s), Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > 6)
        return false;
    bool word = false;
    for (const QString &token : tokens) {
        bool number = false;
        token.toInt(&number);
        if (number)
            continue;
        if (!interfaceWords().contains(token))
            return false;
        word = true;
    }
    return word;
}

QStringList TextExtractor::splitGluedSection(const QString &line)
{
    const QString token = line.section(u' ', 0, 0);
    qsizetype caps = 0;
    while (caps < token.size() && token.at(caps).isUpper())
        ++caps;
    // A label of 2-8 capitals, then a capitalised word of at least three letters.
    if (caps < 3 || caps > 9 || caps >= token.size())
        return {};
    qsizetype lower = caps;
    while (lower < token.size() && token.at(lower).isLower())
        ++lower;
    if (lower - caps < 2)
        return {};
    return { token.left(caps - 1), line.mid(caps - 1).trimmed() };
}

QList<QStringList> TextExtractor::blocks(const QString &text)
{
    QString normal = text;
    normal.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(QChar(0xA0), u' ');
    normal.replace(u'\t', u' ');
    const QStringList lines = normal.split(u'\n');
    bool blankLines = false;
    for (qsizetype i = 1; i + 1 < lines.size() && !blankLines; ++i)
        blankLines = lines.at(i).trimmed().isEmpty() && !lines.at(i - 1).trimmed().isEmpty();

    QList<QStringList> result;
    QStringList current;
    const auto flush = [&] {
        if (!current.isEmpty())
            result.append(current);
        current.clear();
    };
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty() || isInterfaceLine(line)) {
            flush();
            continue;
        }
        current.append(line);
        if (!blankLines)
            flush();
    }
    flush();
    return result;
}

Result<ExtractedArticle> TextExtractor::extract(const QString &text, const QUrl &url)
{
    if (text.trimmed().isEmpty())
        return Error { tr("The text is empty") };

    // Blocks -> paragraphs: hard-wrapped lines join, other lines stand alone.
    QStringList paragraphs;
    for (const QStringList &block : blocks(text)) {
        bool wrapped = block.size() > 1;
        for (qsizetype i = 0; i + 1 < block.size() && wrapped; ++i)
            wrapped = block.at(i).size() >= 30 && block.at(i).size() <= 100;
        if (wrapped)
            paragraphs.append(block.join(u' '));
        else
            paragraphs.append(block);
    }
    while (!paragraphs.isEmpty()
           && (paragraphs.back().startsWith(u'©')
               || paragraphs.back().startsWith(u"Copyright"_s, Qt::CaseInsensitive)))
        paragraphs.removeLast();
    if (paragraphs.isEmpty())
        return Error { tr("No article text found") };

    ExtractedArticle article;
    if (paragraphs.size() > 1 && isSectionLabel(paragraphs.front()))
        article.section = paragraphs.takeFirst();

    const QString first = paragraphs.front();
    if (isShort(first, 25, 200) && (paragraphs.size() == 1 || !endsSentence(first))) {
        article.title = paragraphs.takeFirst();
        const QStringList glued = splitGluedSection(article.title);
        const QString gluedToken = article.title.section(u' ', 0, 0);
        const QRegularExpression elsewhere(u"\\b"_s + QRegularExpression::escape(gluedToken)
                                           + u"\\b"_s);
        if (!glued.isEmpty() && article.section.isEmpty()
            && !elsewhere.match(paragraphs.join(u'\n')).hasMatch()) {
            article.section = glued.at(0);
            article.title = glued.at(1);
        }
    } else {
        article.title = firstWords(first, 10);
    }

    static const QRegularExpression byline(u"^[Bb]y\\s+\\p{Lu}[\\w.'-]*(\\s+\\S+){0,5}$"_s);
    // "홍길동 기자" or "홍길동 기자 hong@example.kr": a Korean reporter's line, first or last.
    static const QRegularExpression koreanByline(
        u"^([\\x{AC00}-\\x{D7A3}]{2,4})\\s*기자(\\s+\\S+@\\S+)?$"_s);
    if (paragraphs.size() > 1) {
        const QRegularExpressionMatch last = koreanByline.match(paragraphs.back());
        if (last.hasMatch()) {
            article.author = last.captured(1);
            paragraphs.removeLast();
        }
    }
    for (int i = 0; i < 2 && paragraphs.size() > 1; ++i) {
        const QRegularExpressionMatch korean = koreanByline.match(paragraphs.front());
        if (article.author.isEmpty() && byline.match(paragraphs.front()).hasMatch()) {
            article.author = paragraphs.takeFirst().mid(3).trimmed();
        } else if (article.author.isEmpty() && korean.hasMatch()) {
            article.author = korean.captured(1);
            paragraphs.removeFirst();
        } else if (article.deck.isEmpty() && isShort(paragraphs.front(), 30, 250)
                   && !endsSentence(paragraphs.front())) {
            article.deck = paragraphs.takeFirst();
        }
    }

    article.plainText = paragraphs.join(u'\n');
    article.contentHtml = paragraphHtml(paragraphs);
    article.wordCount = countWords(article.plainText);
    article.language = guessLanguage(article.title + u'\n' + article.plainText);
    article.url = url;
    if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        article.siteName = url.host();
    article.looksLikeArticle = !paragraphs.isEmpty();
    return article;
}
