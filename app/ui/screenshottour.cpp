// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "articlelistmodel.h"
#include "mainwindow.h"
#include "readerpane.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int settleMs = 1800; // long enough for the reader to lay out and paint
}

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
    ReaderPane *reader = window->readerPane();
    m_steps = {
        { u"01-default"_s, [] {} },
        { u"02-font-plus2"_s, [reader] { reader->setFontStep(2); } },
        { u"03-font-minus2"_s, [reader] { reader->setFontStep(-2); } },
        { u"04-dark"_s,
          [this, reader] {
              reader->setFontStep(0);
              m_window->applyTheme(ReaderTheme::Dark);
          } },
        { u"05-korean"_s,
          [this] {
              m_window->applyTheme(ReaderTheme::System);
              if (const qint64 id = findKoreanArticle(); id > 0)
                  m_window->openArticle(id);
          } },
        { u"06-share-menu"_s,
          [this, reader] {
              QMenuBar *bar = m_window->menuBar();
              const QRect title = bar->actionGeometry(reader->shareMenu()->menuAction());
              reader->shareMenu()->popup(bar->mapToGlobal(title.bottomLeft()));
          } },
    };
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(settleMs * 2, this, [this] { runStep(0); });
}

void ScreenshotTour::runStep(int index)
{
    if (index >= m_steps.size()) {
        QApplication::quit();
        return;
    }
    m_steps.at(index).prepare();
    QTimer::singleShot(settleMs, this, [this, index] {
        save(m_steps.at(index).name);
        runStep(index + 1);
    });
}

void ScreenshotTour::save(const QString &name)
{
    // The window, with any open popup menu painted where it shows on screen.
    QPixmap shot = m_window->grab();
    QPainter painter(&shot);
    const QPoint origin = m_window->mapToGlobal(QPoint(0, 0));
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            painter.drawPixmap(menu->pos() - origin, menu->grab());
    }
    painter.end();
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    if (!shot.save(path))
        qWarning("Could not save %s", qPrintable(path));
}

qint64 ScreenshotTour::findKoreanArticle() const
{
    const ArticleListModel *model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto article = model->article(model->idAt(row));
        if (article && article->language.startsWith(u"ko"_s))
            return article->id;
    }
    return 0;
}
