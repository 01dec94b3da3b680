// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmldecoder.h"

#include <QHash>
#include <QStringDecoder>

namespace {

// WHATWG Encoding Standard labels -> names this Qt's (ICU-backed) QStringDecoder accepts.
// EUC-KR is windows-949 (UHC) on the web, a superset of ICU's plain EUC-KR.
const QHash<QByteArray, QByteArray> &labelTable()
{
    static const QHash<QByteArray, QByteArray> table = [] {
        QHash<QByteArray, QByteArray> t;
        const auto add = [&t](const char *name, std::initializer_list<const char *> labels) {
            for (const char *label : labels)
                t.insert(QByteArray(label), QByteArray(name));
        };
        add("UTF-8",
            { "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
              "x-unicode20utf8" });
        add("IBM866", { "866", "cp866", "csibm866", "ibm866" });
        add("ISO-8859-2",
            { "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
              "iso_8859-2:1987", "l2", "latin2" });
        add("ISO-8859-3",
            { "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
              "iso_8859-3:1988", "l3", "latin3" });
        add("ISO-8859-4",
            { "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
              "iso_8859-4:1988", "l4", "latin4" });
        add("ISO-8859-5",
            { "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595",
              "iso_8859-5", "iso_8859-5:1988" });
        add("ISO-8859-6",
            { "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
              "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
              "iso_8859-6", "iso_8859-6:1987" });
        add("ISO-8859-7",
            { "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
              "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987",
              "sun_eu_greek" });
        add("ISO-8859-8",
            { "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e",
              "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual",
              "csiso88598i", "iso-8859-8-i", "logical" });
        add("ISO-8859-10",
            { "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6",
              "latin6" });
        add("ISO-8859-13", { "iso-8859-13", "iso8859-13", "iso885913" });
        add("ISO-8859-14", { "iso-8859-14", "iso8859-14", "iso885914" });
        add("ISO-8859-15",
            { "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9" });
        // ISO-8859-16 is left out: this ICU has no decoder for it.
        add("KOI8-R", { "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r" });
        add("KOI8-U", { "koi8-ru", "koi8-u" });
        add("macintosh", { "csmacintosh", "mac", "macintosh", "x-mac-roman" });
        add("windows-874",
            { "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874" });
        add("windows-1250", { "cp1250", "windows-1250", "x-cp1250" });
        add("windows-1251", { "cp1251", "windows-1251", "x-cp1251" });
        add("windows-1252",
            { "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
              "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1",
              "latin1", "us-ascii", "windows-1252", "x-cp1252" });
        add("windows-1253", { "cp1253", "windows-1253", "x-cp1253" });
        add("windows-1254",
            { "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
              "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254" });
        add("windows-1255", { "cp1255", "windows-1255", "x-cp1255" });
        add("windows-1256", { "cp1256", "windows-1256", "x-cp1256" });
        add("windows-1257", { "cp1257", "windows-1257", "x-cp1257" });
        add("windows-1258", { "cp1258", "windows-1258", "x-cp1258" });
        add("x-mac-cyrillic", { "x-mac-cyrillic", "x-mac-ukrainian" });
        add("GB18030",
            { "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
              "iso-ir-58", "x-gbk", "gb18030" });
        add("Big5", { "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5" });
        add("EUC-JP", { "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp" });
        add("ISO-2022-JP", { "csiso2022jp", "iso-2022-jp" });
        add("Shift_JIS",
            { "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
              "x-sjis" });
        add("windows-949",
            { "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949" });
        add("UTF-16BE", { "unicodefffe", "utf-16be" });
        add("UTF-16LE",
            { "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16",
              "utf-16le" });
        return t;
    }();
    return table;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// The HTML spec's "extract a character encoding from a meta element" over a content value.
QByteArray charsetFromContent(const QByteArray &content)
{
    const QByteArray lowered = content.toLower();
    qsizetype pos = 0;
    while ((pos = lowered.indexOf("charset", pos)) >= 0) {
        qsizetype i = pos + 7;
        while (i < lowered.size() && isSpace(lowered.at(i)))
            ++i;
        if (i >= lowered.size() || lowered.at(i) != '=') {
            pos = i;
            continue;
        }
        ++i;
        while (i < lowered.size() && isSpace(lowered.at(i)))
            ++i;
        if (i >= lowered.size())
            return {};
        const char quote = lowered.at(i);
        if (quote == '"' || quote == '\'') {
            const qsizetype end = lowered.indexOf(quote, i + 1);
            return end < 0 ? QByteArray() : content.mid(i + 1, end - i - 1);
        }
        qsizetype end = i;
        while (end < lowered.size() && !isSpace(lowered.at(end)) && lowered.at(end) != ';')
            ++end;
        return content.mid(i, end - i);
    }
    return {};
}

// A byte scanner over the first bytes of a document, after the HTML spec's prescan.
class Prescanner {
public:
    explicit Prescanner(const QByteArray &bytes) : m_b(bytes) { }

    QByteArray run()
    {
        while (m_i < m_b.size()) {
            if (startsWith("<!--")) {
                const qsizetype end = m_b.indexOf("-->", m_i + 4);
                if (end < 0)
                    return {};
                m_i = end + 3;
            } else if (startsWithCaseless("<meta") && m_i + 5 < m_b.size()
                       && (isSpace(m_b.at(m_i + 5)) || m_b.at(m_i + 5) == '/')) {
                m_i += 5;
                const QByteArray found = meta();
                if (!found.isEmpty())
                    return found;
            } else if (m_b.at(m_i) == '<' && m_i + 1 < m_b.size()
                       && (isAlpha(m_b.at(m_i + 1))
                           || (m_b.at(m_i + 1) == '/' && m_i + 2 < m_b.size()
                               && isAlpha(m_b.at(m_i + 2))))) {
                while (m_i < m_b.size() && !isSpace(m_b.at(m_i)) && m_b.at(m_i) != '>')
                    ++m_i;
                QByteArray name, value;
                while (attribute(name, value)) { }
            } else if (startsWith("<!") || startsWith("</") || startsWith("<?")) {
                const qsizetype end = m_b.indexOf('>', m_i);
                if (end < 0)
                    return {};
                m_i = end + 1;
            } else {
                ++m_i;
            }
        }
        return {};
    }

private:
    static bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    bool startsWith(const char *s) const { return m_b.mid(m_i, qstrlen(s)) == s; }
    bool startsWithCaseless(const char *s) const { return m_b.mid(m_i, qstrlen(s)).toLower() == s; }

    QByteArray meta()
    {
        bool gotPragma = false;
        int needPragma = 0; // 0: unknown, 1: no, 2: yes
        QByteArray charset;
        QByteArray name, value;
        while (attribute(name, value)) {
            if (name == "http-equiv") {
                if (value.toLower() == "content-type")
                    gotPragma = true;
            } else if (name == "content" && charset.isEmpty()) {
                const QByteArray c = charsetFromContent(value);
                if (!c.isEmpty()) {
                    charset = c;
                    needPragma = 2;
                }
            } else if (name == "charset") {
                charset = value;
                needPragma = 1;
            }
        }
        if (needPragma == 0 || (needPragma == 2 && !gotPragma))
            return {};
        QByteArray encoding = HtmlDecoder::encodingForLabel(charset);
        if (encoding.startsWith("UTF-16"))
            encoding = "UTF-8";
        return encoding;
    }

    // Reads one attribute; false at '>' or the end. Names are lowercased.
    bool attribute(QByteArray &name, QByteArray &value)
    {
        name.clear();
        value.clear();
        while (m_i < m_b.size() && (isSpace(m_b.at(m_i)) || m_b.at(m_i) == '/'))
            ++m_i;
        if (m_i >= m_b.size() || m_b.at(m_i) == '>') {
            ++m_i;
            return false;
        }
        while (m_i < m_b.size()) {
            const char c = m_b.at(m_i);
            if (c == '=' && !name.isEmpty())
                break;
            if (isSpace(c)) {
                while (m_i < m_b.size() && isSpace(m_b.at(m_i)))
                    ++m_i;
                if (m_i >= m_b.size() || m_b.at(m_i) != '=')
                    return m_i < m_b.size();
                break;
            }
            if (c == '/' || c == '>')
                return true;
            name.append(lower(c));
            ++m_i;
        }
        if (m_i >= m_b.size())
            return false;
        ++m_i; // '='
        while (m_i < m_b.size() && isSpace(m_b.at(m_i)))
            ++m_i;
        if (m_i >= m_b.size())
            return false;
        const char quote = m_b.at(m_i);
        if (quote == '"' || quote == '\'') {
            const qsizetype end = m_b.indexOf(quote, m_i + 1);
            if (end < 0) {
                m_i = m_b.size();
                return false;
            }
            value = m_b.mid(m_i + 1, end - m_i - 1);
            m_i = end + 1;
            return true;
        }
        while (m_i < m_b.size() && !isSpace(m_b.at(m_i)) && m_b.at(m_i) != '>') {
            value.append(lower(m_b.at(m_i)));
            ++m_i;
        }
        return true;
    }

    const QByteArray &m_b;
    qsizetype m_i = 0;
};

QByteArray xmlDeclarationEncoding(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>");
    if (end < 0)
        return {};
    const QByteArray declaration = bytes.left(end);
    const qsizetype pos = declaration.indexOf("encoding");
    if (pos < 0)
        return {};
    qsizetype i = declaration.indexOf('=', pos);
    if (i < 0)
        return {};
    ++i;
    while (i < declaration.size() && isSpace(declaration.at(i)))
        ++i;
    if (i >= declaration.size() || (declaration.at(i) != '"' && declaration.at(i) != '\''))
        return {};
    const qsizetype close = declaration.indexOf(declaration.at(i), i + 1);
    return close < 0 ? QByteArray() : declaration.mid(i + 1, close - i - 1);
}

// True when the bytes hold non-ASCII text that is entirely valid UTF-8.
bool isNonAsciiUtf8(const QByteArray &bytes)
{
    bool nonAscii = false;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar c = uchar(bytes.at(i));
        if (c < 0x80) {
            ++i;
            continue;
        }
        nonAscii = true;
        int follow = 0;
        uint minimum = 0;
        uint code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            follow = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= size)
                return false;
            const uchar next = uchar(bytes.at(i + k));
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += follow + 1;
    }
    return nonAscii;
}

} // namespace

QByteArray HtmlDecoder::encodingForLabel(const QByteArray &label)
{
    return labelTable().value(label.trimmed().toLower());
}

QByteArray HtmlDecoder::charsetFromContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QByteArray HtmlDecoder::prescan(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(prescanBytes);
    return Prescanner(head).run();
}

QByteArray HtmlDecoder::detectEncoding(const QByteArray &bytes, const QByteArray &contentTypeHeader)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    const QByteArray fromHeader = encodingForLabel(charsetFromContentType(contentTypeHeader));
    if (!fromHeader.isEmpty())
        return fromHeader;
    QByteArray declared = prescan(bytes);
    if (declared.isEmpty())
        declared = encodingForLabel(xmlDeclarationEncoding(bytes));
    if (declared.startsWith("UTF-16"))
        declared.clear();
    // Unlike a browser: a page saved as UTF-8 often keeps its old <meta charset=gb2312>; text
    // that is entirely valid, non-ASCII UTF-8 is UTF-8 whatever the markup says.
    if (!declared.isEmpty() && declared != "UTF-8" && isNonAsciiUtf8(bytes))
        return "UTF-8";
    return declared.isEmpty() ? QByteArray("UTF-8") : declared;
}

QString HtmlDecoder::decode(const QByteArray &bytes, const QByteArray &contentTypeHeader)
{
    const QByteArray encoding = detectEncoding(bytes, contentTypeHeader);
    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return text;
}
