// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/article.h"

#include <QWidget>

class ArticleListModel;
class ArticleSearch;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

// Below the feed tree: search field, the scope's name and count, source and section filters and
// the article list. The feed tree sets the scope (a feed, a folder, unread or starred); the
// filters narrow it. Search runs as you type on a worker thread; Esc in the field clears it.
class LibraryPane : public QWidget {
    Q_OBJECT
public:
    enum StateFilter { All, Unread, Starred };

    LibraryPane(ArticleListModel *model, const QString &libraryPath, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    QLineEdit *searchField() const { return m_searchField; }
    QComboBox *sourceBox() const { return m_sourceBox; }
    QComboBox *sectionBox() const { return m_sectionBox; }
    void setStateFilter(StateFilter filter); // a scope of all, unread or starred articles
    // The feed tree's choice: sourceId, folderId, unreadOnly, starredOnly (title: its name).
    void setScope(const ArticleFilter &scope, const QString &title);
    ArticleFilter scope() const { return m_scope; }
    ArticleSearch *search() const { return m_search; }

    qint64 currentArticleId() const;
    void selectArticle(qint64 id); // selects its row, or clears the selection when not listed
    bool selectNext();
    bool selectPrevious();
    void focusSearch();
    void focusList(); // where single-key shortcuts work
    bool selectNextUnread(); // the first unread row below the current one
    void openTopHit(); // Enter in the search field: the first result, once it is in
    Status refresh(); // the list (keeping the selection), the source and section choices

signals:
    void articleSelected(qint64 id);
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void handleCurrentChanged(const QModelIndex &current);
    void updateCount();
    bool selectRow(int row);
    Status reloadFilterChoices();
    void createSearchBehaviour(); // Enter, Esc, results at the top, the empty message
    void handleSearchResults(const QList<SearchHit> &hits);
    void handleSearchCleared();
    void updateEmptyMessage();
    ArticleFilter composedFilter() const;

    ArticleListModel *m_model;
    ArticleSearch *m_search;
    QLineEdit *m_searchField;
    ArticleFilter m_scope;
    QLabel *m_scopeTitle;
    QComboBox *m_sourceBox;
    QComboBox *m_sectionBox;
    QLabel *m_count;
    QListView *m_list;
    QLabel *m_emptyMessage = nullptr;
    qint64 m_readingId = 0; // the article last selected or opened, to come back to after a search
    bool m_searchCapped = false;
    bool m_topHitPending = false;
};
