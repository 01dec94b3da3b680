// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmldocument.h"

#include "htmlprefilter.h"

#include <algorithm>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace {

// One shared QString per known tag name: no allocation per element.
const QString &knownTagName(GumboTag tag)
{
    static const std::vector<QString> names = [] {
        std::vector<QString> v;
        for (int t = 0; t < GUMBO_TAG_LAST; ++t)
            v.push_back(QString::fromLatin1(gumbo_normalized_tagname(GumboTag(t))));
        return v;
    }();
    return names[size_t(tag)];
}

// Attribute names, shared when common.
QString attributeName(const char *name)
{
    static const std::vector<std::pair<const char *, QString>> common = [] {
        std::vector<std::pair<const char *, QString>> v;
        for (const char *n :
             { "class",  "id",       "href",    "src",      "style",    "alt",   "title",
               "rel",    "type",     "content", "name",     "property", "width", "height",
               "srcset", "target",   "lang",    "datetime", "itemprop", "role",  "aria-hidden",
               "hidden", "data-src", "colspan", "rowspan" })
            v.emplace_back(n, QString::fromLatin1(n));
        return v;
    }();
    for (const auto &[key, value] : common) {
        if (std::strcmp(key, name) == 0)
            return value;
    }
    return QString::fromUtf8(name);
}

QString tagNameOf(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return knownTagName(element.tag);
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    qsizetype length = 0;
    while (length < qsizetype(piece.length)) {
        const char c = piece.data[length];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>')
            break;
        ++length;
    }
    return QString::fromUtf8(piece.data, length).toLower();
}

// The allocator of one gumbo parse: gumbo makes many small allocations and frees most of them
// only when the output is destroyed; here they all go at once with the arena (no destroy walk).
// Blocks come from 1 MB chunks in size classes (16-byte steps to 256, then powers of two), each
// with a 16-byte header naming its class; a freed block (gumbo's temporary buffers, its vectors
// as they grow) is kept for the next request of its class. Past `budget` bytes, or when malloc
// fails, it jumps back out of gumbo (parseWithin()): gumbo is C and never checks what its
// allocator returns, so returning null is no option.
class GumboArena {
public:
    explicit GumboArena(size_t budget) : m_budget(budget)
    {
        m_chunks.reserve(m_budget / chunkSize + 1); // no allocation may throw in take()
    }
    std::jmp_buf exhausted;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    ~GumboArena()
    {
        for (char *chunk : m_chunks)
            std::free(chunk);
    }

    static void *allocate(void *userdata, size_t size)
    {
        return static_cast<GumboArena *>(userdata)->take(size);
    }
    static void deallocate(void *userdata, void *ptr)
    {
        if (!ptr)
            return;
        auto *arena = static_cast<GumboArena *>(userdata);
        const size_t sizeClass = *reinterpret_cast<size_t *>(static_cast<char *>(ptr) - header);
        *static_cast<void **>(ptr) = arena->m_free[sizeClass];
        arena->m_free[sizeClass] = ptr;
    }

private:
    static constexpr size_t chunkSize = size_t(1) << 20;
    static constexpr size_t header = 16; // keeps blocks 16-byte aligned
    static constexpr size_t classes = 64;

    static size_t classOf(size_t size, size_t *rounded)
    {
        if (size <= 256) {
            *rounded = std::max<size_t>(16, (size + 15) & ~size_t(15));
            return *rounded / 16 - 1; // 0 .. 15
        }
        size_t sizeClass = 16;
        for (*rounded = 512; *rounded < size; *rounded <<= 1)
            ++sizeClass;
        return sizeClass;
    }

    void *take(size_t size)
    {
        size_t rounded = 0;
        const size_t sizeClass = classOf(size, &rounded);
        if (void *block = m_free[sizeClass]) {
            m_free[sizeClass] = *static_cast<void **>(block);
            return block;
        }
        const size_t needed = rounded + header;
        if (m_chunks.empty() || m_used + needed > m_capacity) {
            const size_t capacity = std::max(chunkSize, needed);
            char *chunk = m_total + capacity <= m_budget
                ? static_cast<char *>(std::malloc(capacity))
                : nullptr;
            if (!chunk)
                std::longjmp(exhausted, 1);
            m_total += capacity;
            m_chunks.push_back(chunk);
            m_capacity = capacity;
            m_used = 0;
        }
        char *block = m_chunks.back() + m_used;
        m_used += needed;
        *reinterpret_cast<size_t *>(block) = sizeClass;
        return block + header;
    }

    std::vector<char *> m_chunks;
    void *m_free[classes] = {};
    size_t m_budget;
    size_t m_total = 0;
    size_t m_capacity = 0;
    size_t m_used = 0;
};

// Gumbo's output, or null when the arena ran out. Nothing here has a destructor for the jump
// to skip.
GumboOutput *parseWithin(GumboArena &arena, const GumboOptions &options, const QByteArray &utf8)
{
    if (setjmp(arena.exhausted) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

} // namespace

HtmlDocument::HtmlDocument(const QString &html, const HtmlPrefilter::Limits &limits,
                           size_t parseBytes)
{
    // Script bodies dropped, nesting and counts capped first (see HtmlPrefilter).
    const QByteArray utf8 = HtmlPrefilter::filter(html, limits, &m_counts).toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read them; recording them costs time
    GumboArena arena(parseBytes); // owns all of gumbo's memory: no gumbo_destroy_output
    options.allocator = &GumboArena::allocate;
    options.deallocator = &GumboArena::deallocate;
    options.userdata = &arena;
    const GumboOutput *output = parseWithin(arena, options, utf8);
    m_outOfMemory = output == nullptr;
    if (output && output->root)
        build(output->root);
}

HtmlNode *HtmlDocument::newNode()
{
    m_nodes.emplace_back();
    return &m_nodes.back();
}

void HtmlDocument::build(const void *gumboRoot)
{
    std::vector<std::pair<const GumboNode *, HtmlNode *>> stack; // (source, parent to append to)
    stack.emplace_back(static_cast<const GumboNode *>(gumboRoot), nullptr);
    int nodes = 0;
    while (!stack.empty()) {
        auto [source, parent] = stack.back();
        stack.pop_back();
        if (++nodes > maxNodes) { // gumbo made far more than the page's tags (cloned elements)
            m_truncated = true;
            break;
        }
        HtmlNode *node = nullptr;
        switch (source->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &e = source->v.element;
            node = newNode();
            node->tag = e.tag;
            node->name = tagNameOf(e);
            node->attributes.reserve(e.attributes.length);
            for (unsigned i = 0; i < e.attributes.length; ++i) {
                const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                node->attributes.append({ attributeName(a->name), QString::fromUtf8(a->value) });
            }
            // Push children in reverse so they pop in document order.
            for (unsigned i = e.children.length; i > 0; --i)
                stack.emplace_back(static_cast<const GumboNode *>(e.children.data[i - 1]), node);
            if (e.tag == GUMBO_TAG_HEAD && !m_head)
                m_head = node;
            else if (e.tag == GUMBO_TAG_BODY && !m_body)
                m_body = node;
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            node = newNode();
            node->kind = HtmlNode::Kind::Text;
            node->text = QString::fromUtf8(source->v.text.text);
            break;
        default: // comments, the document node
            continue;
        }
        if (parent)
            appendChild(parent, node);
        else if (!m_root)
            m_root = node;
    }
    if (m_root && !m_body) { // frameset documents: give callers a body anyway
        m_body = createElement(GUMBO_TAG_BODY);
        appendChild(m_root, m_body);
    }
}

std::unique_ptr<HtmlDocument> HtmlDocument::clone() const
{
    std::unique_ptr<HtmlDocument> copy(new HtmlDocument());
    if (!m_root)
        return copy;
    // Walk the source in document order, keeping the copy's current parent in step.
    HtmlNode *parent = nullptr;
    const HtmlNode *n = m_root;
    while (n) {
        HtmlNode *c = copy->newNode();
        c->kind = n->kind;
        c->tag = n->tag;
        c->name = n->name;
        c->attributes = n->attributes;
        c->text = n->text;
        c->textMeasured = n->textMeasured;
        if (n->textMeasured) {
            c->textLength = n->textLength;
            c->commas = n->commas;
        }
        if (parent)
            appendChild(parent, c);
        else
            copy->m_root = c;
        if (n == m_head)
            copy->m_head = c;
        if (n == m_body)
            copy->m_body = c;
        if (n->firstChild) {
            parent = c;
            n = n->firstChild;
            continue;
        }
        while (n != m_root && !n->next) {
            n = n->parent;
            parent = parent->parent;
        }
        if (n == m_root)
            break;
        n = n->next;
    }
    return copy;
}

HtmlNode *HtmlDocument::createElement(GumboTag tag)
{
    HtmlNode *node = newNode();
    node->tag = tag;
    node->name = knownTagName(tag);
    return node;
}

HtmlNode *HtmlDocument::createText(const QString &text)
{
    HtmlNode *node = newNode();
    node->kind = HtmlNode::Kind::Text;
    node->text = text;
    return node;
}

void HtmlDocument::appendChild(HtmlNode *parent, HtmlNode *child)
{
    if (child->parent)
        remove(child);
    child->parent = parent;
    child->prev = parent->lastChild;
    child->next = nullptr;
    if (parent->lastChild)
        parent->lastChild->next = child;
    else
        parent->firstChild = child;
    parent->lastChild = child;
}

void HtmlDocument::insertBefore(HtmlNode *reference, HtmlNode *node)
{
    if (node->parent)
        remove(node);
    HtmlNode *parent = reference->parent;
    node->parent = parent;
    node->next = reference;
    node->prev = reference->prev;
    if (reference->prev)
        reference->prev->next = node;
    else
        parent->firstChild = node;
    reference->prev = node;
}

void HtmlDocument::remove(HtmlNode *node)
{
    HtmlNode *parent = node->parent;
    if (!parent)
        return;
    if (node->prev)
        node->prev->next = node->next;
    else
        parent->firstChild = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else
        parent->lastChild = node->prev;
    node->parent = node->prev = node->next = nullptr;
}

void HtmlDocument::unwrap(HtmlNode *node)
{
    if (!node->parent)
        return;
    while (HtmlNode *child = node->firstChild)
        insertBefore(node, child);
    remove(node);
}

void HtmlDocument::replace(HtmlNode *oldNode, HtmlNode *newNode)
{
    if (!oldNode->parent)
        return;
    insertBefore(oldNode, newNode);
    remove(oldNode);
}

void HtmlDocument::rename(HtmlNode *element, GumboTag tag)
{
    element->tag = tag;
    element->name = knownTagName(tag);
}

QString HtmlDocument::textContent(const HtmlNode *node)
{
    if (node->isText())
        return node->text;
    QString text;
    for (const HtmlNode *n = node->firstChild; n; n = n->following(node)) {
        if (n->isText())
            text += n->text;
    }
    return text;
}

QString HtmlDocument::normalizedText(const HtmlNode *node)
{
    return textContent(node).simplified();
}

QList<HtmlNode *> HtmlDocument::elements(HtmlNode *root, GumboTag tag)
{
    QList<HtmlNode *> found;
    for (HtmlNode *n = root; n; n = n->following(root)) {
        if (n->is(tag))
            found.append(n);
    }
    return found;
}

QList<HtmlNode *> HtmlDocument::elements(HtmlNode *root, const QString &name)
{
    QList<HtmlNode *> found;
    for (HtmlNode *n = root; n; n = n->following(root)) {
        if (n->isElement() && n->name == name)
            found.append(n);
    }
    return found;
}
