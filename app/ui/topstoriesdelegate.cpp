// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topstoriesdelegate.h"

#include "topstoriesmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int hPad = 12;
constexpr int vPad = 8;
constexpr int rankWidth = 30;
constexpr int maxTitleLines = 3;

QFont rankFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({ QStringLiteral("Noto Serif"), QStringLiteral("serif") });
    font.setPointSizeF(base.pointSizeF() * 1.6);
    font.setWeight(QFont::Bold);
    return font;
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::Medium);
    return font;
}

QFont sectionFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    return font;
}

// The room for the title: the viewport's, so a scrollbar that appears narrows the lines (they
// wrap again) instead of clipping them mid-letter.
int textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * hPad - rankWidth - 8);
}

// The title's lines, at most maxTitleLines, the last one elided when it does not fit.
QStringList titleLines(const QString &title, const QFont &font, int width)
{
    QStringList lines;
    QTextLayout layout(title, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxTitleLines - 1) {
            lines.append(
                QFontMetrics(font).elidedText(title.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(title.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

QFont sourcesFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    font.setWeight(QFont::DemiBold);
    return font;
}

// "3 sources" for a story more than one source carries; empty otherwise.
QString sourcesText(const QModelIndex &index)
{
    const int sources = index.data(TopStoriesModel::SourcesRole).toInt();
    return sources > 1 ? TopStoriesDelegate::tr("%1 sources").arg(sources) : QString();
}

// The rank's red, lighter on a dark background.
QColor accent(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xe8, 0x7a, 0x6e)
                                                           : QColor(0xb4, 0x2b, 0x2b);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

QSize TopStoriesDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QFont title = titleFont(option.font);
    const int lines = int(titleLines(index.data().toString(), title, textWidth(option)).size());
    int height = 2 * vPad + std::max(1, lines) * QFontMetrics(title).lineSpacing();
    if (!index.data(TopStoriesModel::SectionRole).toString().isEmpty()
        || !sourcesText(index).isEmpty())
        height += 2
            + std::max(QFontMetrics(sectionFont(option.font)).height(),
                       QFontMetrics(sourcesFont(option.font)).height());
    return { 160, std::max(height, QFontMetrics(rankFont(option.font)).height() + 2 * vPad) };
}

void TopStoriesDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QRect r = option.rect.adjusted(hPad, vPad, -hPad, -vPad);

    painter->save();
    painter->setFont(rankFont(option.font));
    painter->setPen(selected ? text : accent(option.palette));
    painter->drawText(QRect(r.left(), r.top() - 2, rankWidth, r.height()),
                      Qt::AlignLeft | Qt::AlignTop,
                      QString::number(index.data(TopStoriesModel::RankRole).toInt()));

    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    const int x = r.left() + rankWidth + 8;
    const int width = textWidth(option);
    int y = r.top();
    painter->setFont(title);
    painter->setPen(text);
    for (const QString &line : titleLines(index.data().toString(), title, textWidth(option))) {
        painter->drawText(QRect(x, y, width, titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += titleMetrics.lineSpacing();
    }
    // The meta line: the section, then how many sources carry the story.
    const QString section = index.data(TopStoriesModel::SectionRole).toString();
    const QString sources = sourcesText(index);
    const int metaHeight = std::max(QFontMetrics(sectionFont(option.font)).height(),
                                    QFontMetrics(sourcesFont(option.font)).height());
    int metaX = x;
    if (!section.isEmpty()) {
        const QFont font = sectionFont(option.font);
        painter->setFont(font);
        painter->setPen(mix(text, base, 0.45));
        const QString shown = QFontMetrics(font).elidedText(section, Qt::ElideRight,
                                                            sources.isEmpty() ? width : width / 2);
        painter->drawText(QRect(metaX, y + 2, width, metaHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          shown);
        metaX += QFontMetrics(font).horizontalAdvance(shown) + 10;
    }
    if (!sources.isEmpty()) {
        painter->setFont(sourcesFont(option.font));
        painter->setPen(selected ? text : accent(option.palette));
        painter->drawText(QRect(metaX, y + 2, x + width - metaX, metaHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, sources);
    }
    painter->setPen(
        mix(option.palette.color(QPalette::Base), option.palette.color(QPalette::Text), 0.1));
    painter->drawLine(option.rect.bottomLeft() + QPoint(hPad, 0), option.rect.bottomRight());
    painter->restore();
}
