// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "articlelistdelegate.h"
#include "articlelistmodel.h"
#include "articlesearch.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

LibraryPane::LibraryPane(ArticleListModel *model, const QString &libraryPath, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new ArticleSearch(libraryPath, this)),
      m_searchField(new QLineEdit), m_stateGroup(new QButtonGroup(this)),
      m_sourceBox(new QComboBox), m_sectionBox(new QComboBox), m_count(new QLabel),
      m_list(new QListView)
{
    m_searchField->setPlaceholderText(tr("Search articles"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search articles"));
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchField);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_searchField->clear();
        m_list->setFocus();
    });
    connect(m_searchField, &QLineEdit::textChanged, m_search, &ArticleSearch::setText);
    connect(m_search, &ArticleSearch::resultsReady, this,
            [this](const QString &, const QList<SearchHit> &hits) {
                m_model->setSearchResults(hits);
                updateCount();
            });
    connect(m_search, &ArticleSearch::cleared, this, [this] {
        m_model->clearSearch();
        updateCount();
    });
    connect(m_search, &ArticleSearch::failed, this, &LibraryPane::statusMessage);
    connect(m_search, &ArticleSearch::notice, this, &LibraryPane::statusMessage);

    auto *states = new QHBoxLayout;
    states->setSpacing(0);
    const QStringList names = { tr("All"), tr("Unread"), tr("Starred") };
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QToolButton;
        button->setText(names.at(i));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setChecked(i == All);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_stateGroup->addButton(button, i);
        states->addWidget(button);
    }
    connect(m_stateGroup, &QButtonGroup::idClicked, this, &LibraryPane::applyFilter);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    states->addStretch();
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
    top->addLayout(states);
    top->addLayout(combos);
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
}

void LibraryPane::setStateFilter(StateFilter filter)
{
    m_stateGroup->button(filter)->setChecked(true);
    applyFilter();
}

void LibraryPane::applyFilter()
{
    ArticleFilter filter;
    filter.unreadOnly = m_stateGroup->checkedId() == Unread;
    filter.starredOnly = m_stateGroup->checkedId() == Starred;
    filter.sourceId = m_sourceBox->currentData().toLongLong();
    filter.section = m_sectionBox->currentData().toString();
    if (const Status status = m_model->setFilter(filter); !status)
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
    ArticleFilter filter = m_model->filter();
    filter.sourceId = m_sourceBox->currentData().toLongLong();
    filter.section = m_sectionBox->currentData().toString();
    const Status status = m_model->setFilter(filter);
    updateCount();
    return status;
}

void LibraryPane::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_model->isSearching())
        m_count->setText(rows == 1 ? tr("1 result") : tr("%n results", nullptr, rows));
    else
        m_count->setText(rows == 1 ? tr("1 article") : tr("%n articles", nullptr, rows));
}

qint64 LibraryPane::currentArticleId() const
{
    return m_list->currentIndex().data(ArticleListModel::IdRole).toLongLong();
}

void LibraryPane::handleCurrentChanged(const QModelIndex &current)
{
    if (current.isValid())
        emit articleSelected(current.data(ArticleListModel::IdRole).toLongLong());
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

void LibraryPane::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}
