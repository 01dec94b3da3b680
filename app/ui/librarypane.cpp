// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "articlelistdelegate.h"
#include "articlelistmodel.h"
#include "articlesearch.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

LibraryPane::LibraryPane(ArticleListModel *model, const QString &libraryPath, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new ArticleSearch(libraryPath, this)),
      m_searchField(new QLineEdit), m_scopeTitle(new QLabel), m_sourceBox(new QComboBox), m_sectionBox(new QComboBox), m_count(new QLabel),
      m_list(new QListView)
{
    m_searchField->setPlaceholderText(tr("Search articles"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search articles"));
    connect(m_search, &ArticleSearch::failed, this, &LibraryPane::statusMessage);
    connect(m_search, &ArticleSearch::notice, this, &LibraryPane::statusMessage);

    auto *states = new QHBoxLayout;
    m_scopeTitle->setObjectName(QStringLiteral("scopeTitle"));
    m_scopeTitle->setText(tr("All articles"));
    QFont bold = m_scopeTitle->font();
    bold.setWeight(QFont::DemiBold);
    m_scopeTitle->setFont(bold);
    m_scopeTitle->setMinimumWidth(40);
    m_scopeTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    states->addWidget(m_scopeTitle, 1);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    states->addWidget(m_count);

    m_sourceBox->setAccessibleName(tr("Source"));
    m_sectionBox->setAccessibleName(tr("Section"));
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sectionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceBox->setMinimumContentsLength(8);
    m_sectionBox->setMinimumContentsLength(8);
    auto *combos = new QHBoxLayout;
    combos->addWidget(m_sourceBox, 1);
    combos->addWidget(m_sectionBox, 1);
    connect(m_sourceBox, &QComboBox::activated, this, &LibraryPane::applyFilter);
    connect(m_sectionBox, &QComboBox::activated, this, &LibraryPane::applyFilter);

    auto *delegate = new ArticleListDelegate(m_list);
    connect(delegate, &ArticleListDelegate::starClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ArticleListModel::IdRole).toLongLong();
        const bool starred = index.data(ArticleListModel::StarredRole).toBool();
        if (const Status status = m_model->setStarred(id, !starred); !status)
            emit statusMessage(status.error());
    });
    m_list->setModel(m_model);
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true); // never asks every row for its size
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setAccessibleName(tr("Articles"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryPane::handleCurrentChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &LibraryPane::updateCount);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(10, 10, 10, 8);
    top->setSpacing(8);
    top->addWidget(m_searchField);
    top->addLayout(combos);
    top->addLayout(states);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(line);
    layout->addWidget(m_list, 1);
    createSearchBehaviour();
}

void LibraryPane::createSearchBehaviour()
{
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchField);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_topHitPending = false;
        m_searchField->clear(); // back to the article being read (handleSearchCleared)
        m_list->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, &LibraryPane::openTopHit);
    connect(m_searchField, &QLineEdit::textChanged, m_search, &ArticleSearch::setText);
    connect(m_search, &ArticleSearch::resultsReady, this,
            [this](const QString &, const QList<SearchHit> &hits) { handleSearchResults(hits); });
    connect(m_search, &ArticleSearch::cleared, this, &LibraryPane::handleSearchCleared);

    m_emptyMessage = new QLabel(m_list->viewport());
    m_emptyMessage->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setForegroundRole(QPalette::PlaceholderText);
    m_emptyMessage->setContentsMargins(16, 24, 16, 24);
    auto *overlay = new QVBoxLayout(m_list->viewport());
    overlay->addWidget(m_emptyMessage, 0, Qt::AlignTop);
    m_emptyMessage->hide();
}

void LibraryPane::handleSearchResults(const QList<SearchHit> &hits)
{
    m_searchCapped = ArticleSearch::isCapped(hits);
    m_model->setSearchResults(hits);
    updateCount();
    m_list->scrollToTop(); // results open at the best hit, whatever was selected
    if (m_topHitPending) {
        m_topHitPending = false;
        openTopHit();
    }
}

void LibraryPane::handleSearchCleared()
{
    m_searchCapped = false;
    m_model->clearSearch();
    updateCount();
    // The article being read, selected and in view, not the top of the list.
    const int row = m_model->rowOf(m_readingId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (m_list->currentIndex() != index)
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LibraryPane::openTopHit()
{
    if (m_search->isBusy()) {
        m_topHitPending = true; // opened when the results come
        return;
    }
    if (m_model->rowCount() > 0)
        selectRow(0);
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void LibraryPane::updateEmptyMessage()
{
    const bool empty = m_model->isSearching() && m_model->rowCount() == 0;
    if (empty)
        m_emptyMessage->setText(tr("No articles match “%1”.").arg(m_search->text()));
    m_emptyMessage->setVisible(empty);
}

void LibraryPane::setStateFilter(StateFilter filter)
{
    ArticleFilter scope;
    scope.unreadOnly = filter == Unread;
    scope.starredOnly = filter == Starred;
    const QString titles[] = { tr("All articles"), tr("Unread"), tr("Starred") };
    setScope(scope, titles[filter]);
}

void LibraryPane::setScope(const ArticleFilter &scope, const QString &title)
{
    m_scope = scope;
    m_scopeTitle->setText(title);
    m_scopeTitle->setToolTip(title);
    // A feed is one source: the source choice has nothing to narrow.
    m_sourceBox->setEnabled(scope.sourceId == 0);
    if (scope.sourceId != 0)
        m_sourceBox->setCurrentIndex(0);
    applyFilter();
}

ArticleFilter LibraryPane::composedFilter() const
{
    ArticleFilter filter = m_scope;
    if (filter.sourceId == 0)
        filter.sourceId = m_sourceBox->currentData().toLongLong();
    filter.section = m_sectionBox->currentData().toString();
    return filter;
}

void LibraryPane::applyFilter()
{
    if (const Status status = m_model->setFilter(composedFilter()); !status)
        emit statusMessage(status.error());
    updateCount();
}

Status LibraryPane::reloadFilterChoices()
{
    const auto sources = m_model->sources();
    if (!sources)
        return Error { sources.error() };
    const auto sections = m_model->sections();
    if (!sections)
        return Error { sections.error() };
    const qint64 source = m_sourceBox->currentData().toLongLong();
    const QString section = m_sectionBox->currentData().toString();
    m_sourceBox->clear();
    m_sourceBox->addItem(tr("All sources"), qint64(0));
    for (const Source &s : *sources)
        m_sourceBox->addItem(s.title.isEmpty() ? s.url : s.title, s.id);
    m_sectionBox->clear();
    m_sectionBox->addItem(tr("All sections"), QString());
    for (const QString &s : *sections) {
        if (!s.isEmpty())
            m_sectionBox->addItem(s, s);
    }
    m_sourceBox->setCurrentIndex(std::max(0, m_sourceBox->findData(source)));
    m_sectionBox->setCurrentIndex(section.isEmpty() ? 0
                                                    : std::max(0, m_sectionBox->findData(section)));
    return {};
}

Status LibraryPane::refresh()
{
    if (const Status status = reloadFilterChoices(); !status)
        return status;
    // New articles above keep the rows in view where they were (and the selection, the model's).
    const QModelIndex top = m_list->indexAt(QPoint(0, 0));
    const qint64 topId = top.data(ArticleListModel::IdRole).toLongLong();
    const int topOffset = top.isValid() ? m_list->visualRect(top).top() : 0;
    const Status status = m_model->setFilter(composedFilter());
    const int row = m_model->rowOf(topId);
    if (topId != 0 && row >= 0 && row != top.row()) {
        m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
        m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->value() - topOffset);
    }
    updateCount();
    return status;
}

void LibraryPane::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_model->isSearching() && m_searchCapped)
        m_count->setText(tr("%1+ results").arg(rows));
    else if (m_model->isSearching())
        m_count->setText(rows == 1 ? tr("1 result") : tr("%n results", nullptr, rows));
    else
        m_count->setText(rows == 1 ? tr("1 article") : tr("%n articles", nullptr, rows));
    updateEmptyMessage();
}

qint64 LibraryPane::currentArticleId() const
{
    return m_list->currentIndex().data(ArticleListModel::IdRole).toLongLong();
}

void LibraryPane::handleCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    m_readingId = current.data(ArticleListModel::IdRole).toLongLong();
    emit articleSelected(m_readingId);
}

bool LibraryPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    return true;
}

void LibraryPane::selectArticle(qint64 id)
{
    m_readingId = id;
    const int row = m_model->rowOf(id);
    if (row >= 0 && row == m_list->currentIndex().row())
        return;
    if (!selectRow(row))
        m_list->selectionModel()->clear();
}

bool LibraryPane::selectNext()
{
    const QModelIndex current = m_list->currentIndex();
    return selectRow(current.isValid() ? current.row() + 1 : 0);
}

bool LibraryPane::selectPrevious()
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && selectRow(current.row() - 1);
}

bool LibraryPane::selectNextUnread()
{
    const QModelIndex current = m_list->currentIndex();
    for (int row = current.isValid() ? current.row() + 1 : 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        bool read = index.data(ArticleListModel::ReadRole).toBool();
        if (!index.data(ArticleListModel::LoadedRole).toBool()) {
            const auto article = m_model->article(m_model->idAt(row)); // not in the cache yet
            read = article && article->read;
        }
        if (!read)
            return selectRow(row);
    }
    return false;
}

void LibraryPane::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

void LibraryPane::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}
