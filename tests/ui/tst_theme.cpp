// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Byline's theme colours: readable in every theme, and a dark window that still shows which
// filter button is checked and where the search field is.
#include "theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void readerColoursMeetContrast_data();
    void readerColoursMeetContrast();
    void listHighlightReadable();
    void readerCssDefinesEveryTheme();
    void darkCheckedButtonVisible();
    void darkSearchFieldBorderVisible();
    void cleanupTestCase();
};

void TestTheme::readerColoursMeetContrast_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("light") << u"light"_s;
    QTest::newRow("sepia") << u"sepia"_s;
    QTest::newRow("dark") << u"dark"_s;
}

void TestTheme::readerColoursMeetContrast()
{
    QFETCH(QString, name);
    const ThemeColors c = Theme::colors(name);
    QVERIFY(Theme::contrast(c.text, c.background) >= 7.0);
    QVERIFY(Theme::contrast(c.muted, c.background) >= 4.5);
    QVERIFY(Theme::contrast(c.link, c.background) >= 4.5);
    QVERIFY(Theme::contrast(c.accent, c.background) >= 4.5);
    QVERIFY2(Theme::contrast(c.markText, c.mark) >= 4.5,
             qPrintable(QString::number(Theme::contrast(c.markText, c.mark))));
    QVERIFY(Theme::contrast(c.text, c.raised) >= 4.5); // code, Go to Top
}

void TestTheme::listHighlightReadable()
{
    for (const QPalette &palette : { Theme::darkPalette(), QPalette(Qt::white) }) {
        const QColor back = Theme::highlightBackground(palette);
        const double ratio = Theme::contrast(Theme::highlightText(palette), back);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        // The highlight is not the list's own background.
        QVERIFY(Theme::contrast(back, palette.color(QPalette::Base)) >= 1.15);
    }
    // No white text on pale yellow in the dark.
    QVERIFY(Theme::highlightBackground(Theme::darkPalette()).lightness() < 100);
}

void TestTheme::readerCssDefinesEveryTheme()
{
    const QString css = Theme::readerCss();
    for (const QString &name : { u"light"_s, u"sepia"_s, u"dark"_s }) {
        QVERIFY(css.contains(u"html[data-theme=\"%1\"]"_s.arg(name)));
        QVERIFY(css.contains(u"--bg: "_s + Theme::colors(name).background.name()));
    }
    QVERIFY(css.contains(u"--mark-text: "_s + Theme::colors(u"dark"_s).markText.name()));
    QVERIFY(css.contains(u"prefers-color-scheme: dark"_s));
}

namespace {
QImage render(QWidget *widget)
{
    widget->ensurePolished();
    widget->adjustSize();
    return widget->grab().toImage();
}
} // namespace

void TestTheme::darkCheckedButtonVisible()
{
    Theme::applyToApplication(ReaderTheme::Dark);
    QWidget row;
    auto *layout = new QHBoxLayout(&row);
    auto *on = new QToolButton;
    auto *off = new QToolButton;
    for (QToolButton *button : { on, off }) {
        button->setText(u"Unread"_s);
        button->setCheckable(true);
        button->setAutoRaise(false);
        layout->addWidget(button);
    }
    on->setChecked(true);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    const QImage checked = render(on);
    const QImage unchecked = render(off);
    const QColor a = checked.pixelColor(4, checked.height() / 2);
    const QColor b = unchecked.pixelColor(4, unchecked.height() / 2);
    // The platform style darkens a checked button by a tenth: about 1.2 here, hard to see.
    QVERIFY2(Theme::contrast(a, b) >= 1.6, qPrintable(a.name() + u" vs "_s + b.name()));
    // Its label stays readable on the checked fill.
    const QPalette palette = QApplication::palette();
    QVERIFY(Theme::contrast(palette.color(QPalette::HighlightedText),
                            palette.color(QPalette::Highlight))
            >= 4.5);
}

void TestTheme::darkSearchFieldBorderVisible()
{
    Theme::applyToApplication(ReaderTheme::Dark);
    QLineEdit field;
    field.setPlaceholderText(u"Search articles"_s);
    field.resize(240, field.sizeHint().height());
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    const QImage image = field.grab().toImage();
    const QColor base = QApplication::palette().color(QPalette::Base);
    double best = 1;
    for (int x = 0; x < 3; ++x)
        best = std::max(best, Theme::contrast(image.pixelColor(x, image.height() / 2), base));
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
}

void TestTheme::cleanupTestCase()
{
    Theme::applyToApplication(ReaderTheme::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
