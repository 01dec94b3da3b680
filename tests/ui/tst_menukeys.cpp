// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and names as menus and the shortcuts dialog show them: single letters in lower case,
// names without accelerator markers in English and in Korean.

#include "menukeys.h"

#include <QAction>
#include <QMenu>
#include <QStyleOptionMenuItem>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What QMenu hands the style to paint for an action.
class InspectableMenu : public QMenu {
public:
    QString paintedText(QAction *action)
    {
        QStyleOptionMenuItem option;
        initStyleOption(&option, action);
        return option.text;
    }
};
} // namespace

class TestMenuKeys : public QObject {
    Q_OBJECT

private slots:
    void plainName_data();
    void plainName();
    void letterKeysShowLowerCase();
};

void TestMenuKeys::plainName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("english") << u"&Find..."_s << u"Find"_s;
    QTest::newRow("english-mid") << u"Open &URL..."_s << u"Open URL"_s;
    QTest::newRow("korean-ampersand") << u"찾기(&F)..."_s << u"찾기"_s;
    QTest::newRow("korean-plain") << u"파일(F)"_s << u"파일"_s;
    QTest::newRow("korean-ellipsis") << u"가져오기(&I)…"_s << u"가져오기"_s;
    QTest::newRow("key-after-tab") << u"Next Article\tj"_s << u"Next Article"_s;
    QTest::newRow("literal-ampersand") << u"Read && Star"_s << u"Read & Star"_s;
    QTest::newRow("brackets-kept") << u"Text size (default)"_s << u"Text size (default)"_s;
}

void TestMenuKeys::plainName()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(MenuKeys::plainName(text), name);
}

void TestMenuKeys::letterKeysShowLowerCase()
{
    QAction next(u"Next Article"_s);
    next.setShortcut(Qt::Key_J);
    QAction find(u"&Find..."_s);
    find.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction space(u"Page Down"_s);
    space.setShortcut(Qt::Key_Space);
    InspectableMenu menu;
    menu.addActions({ &next, &find, &space });
    QCOMPARE(menu.paintedText(&next), u"Next Article\tJ"_s); // Qt's own: reads as Shift+J

    MenuKeys::showLetterKeysLowerCase({ &next, &find, &space });
    QCOMPARE(menu.paintedText(&next), u"Next Article\tj"_s);
    QCOMPARE(menu.paintedText(&find),
             u"&Find...\t"_s + QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText));
    QCOMPARE(menu.paintedText(&space), u"Page Down\tSpace"_s);
    QCOMPARE(next.shortcut(), QKeySequence(Qt::Key_J)); // the key itself is unchanged

    // Again after a new text (Mark as Read / Unread): once, not twice.
    next.setText(u"Mark as Unread"_s);
    MenuKeys::showLetterKeysLowerCase({ &next });
    MenuKeys::showLetterKeysLowerCase({ &next });
    QCOMPARE(menu.paintedText(&next), u"Mark as Unread\tj"_s);
    QCOMPARE(MenuKeys::keyText(QKeySequence(Qt::Key_M)), u"m"_s);
    QCOMPARE(MenuKeys::keyText(QKeySequence(Qt::SHIFT | Qt::Key_Space)),
             QKeySequence(Qt::SHIFT | Qt::Key_Space).toString(QKeySequence::NativeText));
}

QTEST_MAIN(TestMenuKeys)
#include "tst_menukeys.moc"
