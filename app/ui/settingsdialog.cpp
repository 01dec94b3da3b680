// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "library/librarypath.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QString stepText(int step)
{
    return step > 0 ? QStringLiteral("+%1").arg(step) : QString::number(step);
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_fontSlider(new QSlider(Qt::Horizontal)), m_fontValue(new QLabel),
      m_theme(new QComboBox), m_topWindow(new QComboBox), m_refresh(new QSpinBox),
      m_refreshAtStart(new QCheckBox(tr("Also when Byline starts"))), m_libraryPath(new QLabel), m_restartNote(new QLabel)
{
    setWindowTitle(tr("Preferences"));
    m_openLibrary = currentLibraryPath();

    m_fontSlider->setRange(Settings::minFontStep, Settings::maxFontStep);
    m_fontSlider->setPageStep(1);
    m_fontSlider->setTickPosition(QSlider::TicksBelow);
    m_fontSlider->setTickInterval(1);
    m_fontSlider->setAccessibleName(tr("Text size"));
    m_fontValue->setMinimumWidth(
        m_fontValue->fontMetrics().horizontalAdvance(QStringLiteral("+22")));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(new QLabel(tr("Smaller")));
    fontRow->addWidget(m_fontSlider, 1);
    fontRow->addWidget(new QLabel(tr("Larger")));
    fontRow->addSpacing(8);
    fontRow->addWidget(m_fontValue);

    m_theme->addItem(tr("System"), int(ReaderTheme::System));
    m_theme->addItem(tr("Light"), int(ReaderTheme::Light));
    m_theme->addItem(tr("Sepia"), int(ReaderTheme::Sepia));
    m_theme->addItem(tr("Dark"), int(ReaderTheme::Dark));
    m_topWindow->addItem(tr("Last 24 hours"), 1);
    m_topWindow->addItem(tr("Last 7 days"), 7);
    m_topWindow->addItem(tr("Last 30 days"), 30);
    m_topRanking = new QComboBox;
    m_topRanking->addItem(tr("Automatic: Top stories when you follow feeds"),
                          int(TopRanking::Automatic));
    m_topRanking->addItem(tr("Top stories"), int(TopRanking::TopStories));
    m_topRanking->addItem(tr("Most read"), int(TopRanking::MostRead));

    m_refresh->setRange(5, 1440);
    m_refresh->setSingleStep(5);
    m_refresh->setSuffix(tr(" minutes"));
    m_refresh->setAccessibleName(tr("Refresh feeds every"));

    m_libraryPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_libraryPath->setWordWrap(true);
    m_libraryPath->setMinimumWidth(320);
    auto *choose = new QPushButton(tr("Choose..."));
    auto *useDefault = new QPushButton(tr("Use Default"));
    auto *libraryButtons = new QHBoxLayout;
    libraryButtons->addWidget(choose);
    libraryButtons->addWidget(useDefault);
    libraryButtons->addStretch();
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    auto *libraryBox = new QVBoxLayout;
    libraryBox->addWidget(m_libraryPath);
    libraryBox->addLayout(libraryButtons);
    libraryBox->addWidget(m_restartNote);

    auto *form = new QFormLayout;
    form->addRow(tr("Text size:"), fontRow);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Top 10 Stories:"), m_topRanking);
    form->addRow(tr("Most read over:"), m_topWindow); // the window of Most read
    form->addRow(tr("Refresh feeds every:"), m_refresh);
    form->addRow(QString(), m_refreshAtStart);
    form->addRow(tr("Library file:"), libraryBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setFontStep(m_settings.fontStep());
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings.theme())));
    m_topWindow->setCurrentIndex(m_topWindow->findData(m_settings.topStoriesWindowDays()));
    setTopStoriesRanking(m_settings.topStoriesRanking());
    m_refresh->setValue(m_settings.refreshMinutes());
    m_refreshAtStart->setChecked(m_settings.refreshAtStart());
    connect(m_refreshAtStart, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setRefreshAtStart(on); });
    showLibraryPath();

    connect(m_refresh, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setRefreshMinutes(minutes);
        emit refreshMinutesChanged(minutes);
    });
    connect(m_fontSlider, &QSlider::valueChanged, this, [this](int step) {
        m_fontValue->setText(stepText(step));
        m_settings.setFontStep(step);
        emit fontStepChanged(step);
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const auto theme = ReaderTheme(m_theme->currentData().toInt());
        m_settings.setTheme(theme);
        emit themeChanged(theme);
    });
    connect(m_topWindow, &QComboBox::currentIndexChanged, this, [this] {
        const int days = m_topWindow->currentData().toInt();
        m_settings.setTopStoriesWindowDays(days);
        emit topStoriesWindowChanged(days);
    });
    connect(m_topRanking, &QComboBox::currentIndexChanged, this, [this] {
        const auto ranking = TopRanking(m_topRanking->currentData().toInt());
        m_settings.setTopStoriesRanking(ranking);
        emit topStoriesRankingChanged(ranking);
    });
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseLibrary);
    connect(useDefault, &QPushButton::clicked, this, [this] {
        m_settings.setLibraryPath({});
        showLibraryPath();
    });
}

void SettingsDialog::setFontStep(int step)
{
    const QSignalBlocker blocker(m_fontSlider);
    m_fontSlider->setValue(step);
    m_fontValue->setText(stepText(step));
}

void SettingsDialog::setTheme(ReaderTheme theme)
{
    const QSignalBlocker blocker(m_theme);
    m_theme->setCurrentIndex(m_theme->findData(int(theme)));
}

void SettingsDialog::setTopStoriesRanking(TopRanking ranking)
{
    const QSignalBlocker blocker(m_topRanking);
    m_topRanking->setCurrentIndex(m_topRanking->findData(int(ranking)));
}

QString SettingsDialog::currentLibraryPath() const
{
    return LibraryPath::resolve({});
}

void SettingsDialog::showLibraryPath()
{
    const QString path = currentLibraryPath();
    m_libraryPath->setText(QDir::toNativeSeparators(path));
    m_restartNote->setText(QDir::cleanPath(path) == QDir::cleanPath(m_openLibrary)
                               ? tr("A new location applies the next time Byline starts.")
                               : tr("Byline will use this library the next time it starts."));
}

void SettingsDialog::chooseLibrary()
{
    QFileDialog dialog(this, tr("Choose Library"), QFileInfo(currentLibraryPath()).absolutePath(),
                       tr("Byline libraries (*.sqlite);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave); // an existing file, or a new one to create
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_settings.setLibraryPath(dialog.selectedFiles().constFirst());
    showLibraryPath();
}
