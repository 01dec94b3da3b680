// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

// Paints one library row: an unread dot and the title (bold when unread), source and section,
// the date (relative when recent) and the star. Search hits show the title and a snippet with
// the matched words highlighted. A click on the star asks to toggle it.
class ArticleListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ArticleListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "just now", "5 min ago", "3 h ago", "Yesterday", "Nov 2", "Nov 2, 2024"
    static QString relativeDate(const QDateTime &when, const QDateTime &now);

signals:
    void starClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QRect starRect(const QStyleOptionViewItem &option) const;
    void paintHtml(QPainter *painter, const QString &html, const QRect &rect, const QFont &font,
                   const QColor &color, int maxLines) const;
};
