// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistdelegate.h"

#include "articlelistmodel.h"
#include "theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int hPad = 12;
constexpr int vPad = 9;
constexpr int lineGap = 3;
constexpr int dotSize = 7;
constexpr int starWidth = 22;
constexpr int titleLines = 2;

QColor unreadColor()
{
    return QColor(0x2f, 0x6f, 0xde);
}
QColor starColor()
{
    return QColor(0xe0, 0xa1, 0x00);
}

QFont titleFont(const QFont &base, bool unread)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.07);
    font.setWeight(unread ? QFont::DemiBold : QFont::Normal);
    return font;
}

QFont metaFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// The title's lines, at most titleLines, the last one elided when the title goes on.
QStringList wrapTitle(const QString &title, const QFont &font, int width)
{
    QStringList lines;
    QTextLayout layout(title, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == titleLines - 1) {
            lines.append(QFontMetrics(font).elidedText(title.mid(line.textStart()).simplified(),
                                                       Qt::ElideRight, width));
            break;
        }
        lines.append(title.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// The store marks matches with <mark>, which Qt's rich text does not know. The highlight and
// its text colour come from the theme, so a hit stays readable on a dark list too.
QString markToSpan(QString html, bool selected, const QPalette &palette)
{
    const QString open = selected
        ? u"<span style=\"text-decoration: underline;\">"_s
        : u"<span style=\"background-color: %1; color: %2;\">"_s.arg(
              Theme::highlightBackground(palette).name(), Theme::highlightText(palette).name());
    return html.replace("<mark>"_L1, open).replace("</mark>"_L1, "</span>"_L1);
}
} // namespace

ArticleListDelegate::ArticleListDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString ArticleListDelegate::relativeDate(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (seconds < 12 * 3600 || day == today)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (day.daysTo(today) == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (day.year() == today.year())
        return locale.toString(day, tr("MMM d", "date in this year"));
    return locale.toString(day, tr("MMM d, yyyy", "date in another year"));
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QFontMetrics title(titleFont(option.font, true));
    const QFontMetrics meta(metaFont(option.font));
    int height = 2 * vPad + titleLines * title.lineSpacing() + lineGap + meta.height();
    if (index.data(ArticleListModel::SnippetHtmlRole).isValid())
        height += 2 * meta.lineSpacing() + lineGap;
    return { 200, height };
}

QRect ArticleListDelegate::starRect(const QStyleOptionViewItem &option) const
{
    const QFontMetrics title(titleFont(option.font, true));
    return { option.rect.right() - hPad - starWidth + 6, option.rect.top() + vPad - 2, starWidth,
             title.height() + 4 };
}

void ArticleListDelegate::paintHtml(QPainter *painter, const QString &html, const QRect &rect,
                                    const QFont &font, const QColor &color, int maxLines) const
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    doc.setTextWidth(rect.width());
    doc.setHtml(html);
    const int height = QFontMetrics(font).lineSpacing() * maxLines;
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRect(0, 0, rect.width(), height));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, color);
    context.clip = QRectF(0, 0, rect.width(), height);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor faint
        = mix(text, palette.color(selected ? QPalette::Highlight : QPalette::Base), 0.42);
    const QRect r = option.rect.adjusted(hPad + dotSize + 7, vPad, -hPad, -vPad);
    const QFontMetrics metaMetrics(metaFont(option.font));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A hairline between rows, as in a newspaper's story list.
    painter->setPen(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.1));
    painter->drawLine(option.rect.bottomLeft() + QPoint(hPad, 0), option.rect.bottomRight());

    if (!index.data(ArticleListModel::LoadedRole).toBool()) {
        const QFontMetrics title(titleFont(option.font, true));
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(palette.color(QPalette::Base), text, 0.08));
        painter->drawRoundedRect(
            QRect(r.left(), r.top() + 3, r.width() * 2 / 3, title.height() - 6), 3, 3);
        painter->drawRoundedRect(QRect(r.left(), r.top() + title.height() + lineGap + 3,
                                       r.width() / 3, metaMetrics.height() - 6),
                                 3, 3);
        painter->restore();
        return;
    }

    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(ArticleListModel::StarredRole).toBool();
    const QFont tFont = titleFont(option.font, !read);
    const QFontMetrics tMetrics(tFont);
    if (!read) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : unreadColor());
        painter->drawEllipse(QRectF(option.rect.left() + hPad,
                                    r.top() + (tMetrics.height() - dotSize) / 2.0, dotSize,
                                    dotSize));
    }
    const QRect star = starRect(option);
    if (starred || (option.state & QStyle::State_MouseOver)) {
        QFont starFont = tFont;
        starFont.setWeight(QFont::Normal);
        painter->setFont(starFont);
        painter->setPen(starred ? (selected ? text : starColor()) : faint);
        painter->drawText(star, Qt::AlignCenter, starred ? u"\u2605"_s : u"\u2606"_s);
    }

    const int titleWidth = r.width() - starWidth;
    const QString titleHtml = index.data(ArticleListModel::TitleHtmlRole).toString();
    const QString title = index.data(Qt::DisplayRole).toString();
    const QStringList lines
        = wrapTitle(title.isEmpty() ? tr("(untitled)") : title, tFont, titleWidth);
    if (!titleHtml.isEmpty()) {
        paintHtml(painter, markToSpan(titleHtml, selected, palette),
                  QRect(r.left(), r.top(), titleWidth, titleLines * tMetrics.lineSpacing()), tFont,
                  text, titleLines);
    } else {
        painter->setFont(tFont);
        painter->setPen(read ? mix(text, faint, 0.35) : text);
        int lineTop = r.top();
        for (const QString &line : lines) {
            painter->drawText(QRect(r.left(), lineTop, titleWidth, tMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, line);
            lineTop += tMetrics.lineSpacing();
        }
    }
    int y = r.top() + int(std::max<qsizetype>(1, lines.size())) * tMetrics.lineSpacing() + lineGap;

    const QFont mFont = metaFont(option.font);
    const QString snippet = index.data(ArticleListModel::SnippetHtmlRole).toString();
    if (!snippet.isEmpty()) {
        paintHtml(painter, markToSpan(snippet, selected, palette),
                  QRect(r.left(), y, r.width(), 2 * metaMetrics.lineSpacing()), mFont, faint, 2);
        y += 2 * metaMetrics.lineSpacing() + lineGap;
    }

    const QString date = relativeDate(index.data(ArticleListModel::DateRole).toDateTime(),
                                      QDateTime::currentDateTimeUtc());
    QStringList parts;
    for (const int role :
         { int(ArticleListModel::SourceRole), int(ArticleListModel::SectionRole) }) {
        const QString part = index.data(role).toString().trimmed();
        if (!part.isEmpty())
            parts.append(part);
    }
    painter->setFont(mFont);
    painter->setPen(faint);
    const int dateWidth = metaMetrics.horizontalAdvance(date);
    // Source, section and date sit on the row's last line, so they line up from row to row.
    const QRect metaRect(r.left(), snippet.isEmpty() ? r.bottom() + 1 - metaMetrics.height() : y,
                         r.width(), metaMetrics.height());
    painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter, date);
    painter->drawText(metaRect.adjusted(0, 0, -dateWidth - 12, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metaMetrics.elidedText(parts.join(u"  \u00b7  "_s), Qt::ElideRight,
                                             metaRect.width() - dateWidth - 12));
    painter->restore();
}

bool ArticleListDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && starRect(option).contains(mouse->position().toPoint())) {
            emit starClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
