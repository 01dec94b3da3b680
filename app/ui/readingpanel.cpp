// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingpanel.h"

#include "fontsizeactions.h"
#include "theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QToolButton *segment(const QString &name, const QString &text)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(30);
    return button;
}

QString plain(QString text)
{
    return text.remove(u'&').simplified();
}
} // namespace

ReadingPanel::ReadingPanel(FontSizeActions *sizes, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_grid(new QGridLayout(this))
{
    setObjectName(u"readingPanel"_s);
    setAccessibleName(tr("Reading settings"));
    setFrameShape(QFrame::NoFrame); // paintEvent draws an edge that shows on a dark palette too
    m_grid->setContentsMargins(14, 12, 14, 14);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(8);
    addSizeRow(sizes);
    m_typeface = addRow(tr("Typeface"),
                        { { u"typeface-serif"_s, tr("Serif"), int(ReaderTypeface::Serif) },
                          { u"typeface-sans"_s, tr("Sans"), int(ReaderTypeface::Sans) } });
    m_lineWidth = addRow(tr("Line width"),
                         { { u"width-narrow"_s, tr("Narrow"), int(ReaderLineWidth::Narrow) },
                           { u"width-normal"_s, tr("Normal"), int(ReaderLineWidth::Normal) },
                           { u"width-wide"_s, tr("Wide"), int(ReaderLineWidth::Wide) } });
    m_lineSpacing
        = addRow(tr("Line spacing"),
                 { { u"spacing-compact"_s, tr("Compact"), int(ReaderLineSpacing::Compact) },
                   { u"spacing-normal"_s, tr("Normal"), int(ReaderLineSpacing::Normal) },
                   { u"spacing-loose"_s, tr("Loose"), int(ReaderLineSpacing::Loose) } });
    m_theme = addRow(tr("Theme"),
                     { { u"theme-light"_s, tr("Light"), int(ReaderTheme::Light) },
                       { u"theme-sepia"_s, tr("Sepia"), int(ReaderTheme::Sepia) },
                       { u"theme-dark"_s, tr("Dark"), int(ReaderTheme::Dark) },
                       { u"theme-system"_s, tr("System"), int(ReaderTheme::System) } });

    // Each typeface button shows its face.
    QFont serif = font();
    serif.setFamilies({ u"Noto Serif"_s, u"Noto Serif CJK KR"_s, u"DejaVu Serif"_s });
    m_typeface->button(int(ReaderTypeface::Serif))->setFont(serif);
    QFont sans = font();
    sans.setFamilies({ u"Noto Sans"_s, u"Noto Sans CJK KR"_s, u"DejaVu Sans"_s });
    m_typeface->button(int(ReaderTypeface::Sans))->setFont(sans);
    styleThemeButtons();

    connect(m_typeface, &QButtonGroup::idClicked, this,
            [this](int id) { emit typefaceChosen(ReaderTypeface(id)); });
    connect(m_lineWidth, &QButtonGroup::idClicked, this,
            [this](int id) { emit lineWidthChosen(ReaderLineWidth(id)); });
    connect(m_lineSpacing, &QButtonGroup::idClicked, this,
            [this](int id) { emit lineSpacingChosen(ReaderLineSpacing(id)); });
    connect(m_theme, &QButtonGroup::idClicked, this,
            [this](int id) { emit themeChosen(ReaderTheme(id)); });
    setTypeface(ReaderTypeface::Serif);
    setLineWidth(ReaderLineWidth::Normal);
    setLineSpacing(ReaderLineSpacing::Normal);
    setTheme(ReaderTheme::System);
}

void ReadingPanel::addSizeRow(FontSizeActions *sizes)
{
    // The five steps are FontSizeActions' own checkable actions: one state with the View menu.
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    int pixels = 11;
    for (QAction *action : sizes->stepActions()) {
        const int step = action->data().toInt();
        auto *button
            = segment(u"size%1%2"_s.arg(step < 0 ? u"-"_s : u"+"_s).arg(qAbs(step)), u"A"_s);
        QFont face = button->font();
        face.setPixelSize(pixels);
        pixels += 3;
        button->setFont(face);
        button->setToolTip(plain(action->text()));
        button->setAccessibleName(tr("Text size %1").arg(plain(action->text())));
        button->setChecked(action->isChecked());
        connect(action, &QAction::toggled, button, &QToolButton::setChecked);
        connect(button, &QToolButton::clicked, action, [action, button] {
            action->trigger();
            button->setChecked(action->isChecked());
        });
        row->addWidget(button);
    }
    const int at = m_grid->rowCount();
    m_grid->addWidget(new QLabel(tr("Text size")), at, 0);
    m_grid->addLayout(row, at, 1);
}

QButtonGroup *ReadingPanel::addRow(const QString &label, const QList<Choice> &choices)
{
    auto *group = new QButtonGroup(this);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    for (const Choice &choice : choices) {
        QToolButton *button = segment(choice.name, choice.text);
        group->addButton(button, choice.id);
        row->addWidget(button);
    }
    const int at = m_grid->rowCount();
    m_grid->addWidget(new QLabel(label), at, 0);
    m_grid->addLayout(row, at, 1);
    return group;
}

void ReadingPanel::styleThemeButtons()
{
    // Light, sepia and dark look like the page they give; System like the window.
    for (const QString &name : { u"light"_s, u"sepia"_s, u"dark"_s }) {
        const ThemeColors c = Theme::colors(name);
        QAbstractButton *button = findChild<QAbstractButton *>(u"theme-"_s + name);
        button->setStyleSheet(
            u"QToolButton { background: %1; color: %2; border: 1px solid %3; border-radius: 4px;"
            " margin: 0 2px; padding: 4px 8px; }"
            " QToolButton:checked { border: 2px solid %4; }"_s.arg(
                c.background.name(), c.text.name(), c.muted.name(),
                palette().color(QPalette::Highlight).name()));
    }
}

void ReadingPanel::check(QButtonGroup *group, int id)
{
    if (QAbstractButton *button = group->button(id))
        button->setChecked(true);
}

void ReadingPanel::setTypeface(ReaderTypeface typeface)
{
    check(m_typeface, int(typeface));
}

void ReadingPanel::setLineWidth(ReaderLineWidth width)
{
    check(m_lineWidth, int(width));
}

void ReadingPanel::setLineSpacing(ReaderLineSpacing spacing)
{
    check(m_lineSpacing, int(spacing));
}

void ReadingPanel::setTheme(ReaderTheme theme)
{
    check(m_theme, int(theme));
}

void ReadingPanel::popup(QWidget *anchor)
{
    adjustSize();
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height() + 2));
    if (const QScreen *screen = anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(qBound(room.left(), at.x(), room.right() - width()));
        at.setY(qBound(room.top(), at.y(), room.bottom() - height()));
    }
    move(at);
    show();
    if (QAbstractButton *checked = m_typeface->checkedButton())
        checked->setFocus();
}

void ReadingPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ReadingPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(Theme::isDark(palette()) ? QPalette::Mid : QPalette::Dark));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void ReadingPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleThemeButtons(); // the checked border follows the window's highlight
}
