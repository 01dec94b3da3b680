// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtreedelegate.h"

#include "feedtreemodel.h"

#include <QApplication>
#include <QPainter>

void FeedTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int count = index.data(FeedTreeModel::CountRole).toInt();
    const QString countText = count > 0 ? QLocale().toString(count) : QString();
    QFont countFont = opt.font;
    countFont.setPointSizeF(countFont.pointSizeF() * 0.9);
    const QFontMetrics countMetrics(countFont);
    const int countWidth = countText.isEmpty() ? 0 : countMetrics.horizontalAdvance(countText) + 12;

    const auto kind = FeedTreeModel::Kind(index.data(FeedTreeModel::KindRole).toInt());
    if (count > 0 && (kind == FeedTreeModel::Kind::Feed || kind == FeedTreeModel::Kind::Folder)) {
        opt.font.setWeight(QFont::DemiBold); // feeds with something to read stand out
        opt.fontMetrics = QFontMetrics(opt.font);
    }
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight,
                                          std::max(0, textRect.width() - countWidth));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (countText.isEmpty())
        return;

    painter->save();
    painter->setFont(countFont);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText
                                               : QPalette::PlaceholderText));
    const QRect countRect(opt.rect.right() - countWidth, opt.rect.top(), countWidth - 6,
                          opt.rect.height());
    painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, countText);
    painter->restore();
}

QSize FeedTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}
