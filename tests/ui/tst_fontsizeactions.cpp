// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontsizeactions.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

class TestFontSizeActions : public QObject {
    Q_OBJECT

private slots:
    void menuLayout();
    void steps_data();
    void steps();
    void largerSmallerClamp();
};

void TestFontSizeActions::menuLayout()
{
    FontSizeActions actions;
    const QList<QAction *> items = actions.menu()->actions();
    QCOMPARE(items.size(), 9); // five steps, a separator, Larger, Smaller, Reset
    for (int i = 0; i < 5; ++i) {
        QVERIFY(items.at(i)->isCheckable());
        QCOMPARE(items.at(i)->data().toInt(), i - 2);
        QCOMPARE(items.at(i)->isChecked(), i == 2);
    }
    QVERIFY(items.at(5)->isSeparator());
    QCOMPARE(items.at(6)->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    QCOMPARE(items.at(7)->shortcut(), QKeySequence(QKeySequence::ZoomOut));
    QCOMPARE(items.at(8)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
}

void TestFontSizeActions::steps_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("-2") << -2 << -2;
    QTest::newRow("-1") << -1 << -1;
    QTest::newRow("+1") << 1 << 1;
    QTest::newRow("+2") << 2 << 2;
    QTest::newRow("above") << 7 << 2;
    QTest::newRow("below") << -9 << -2;
}

void TestFontSizeActions::steps()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    FontSizeActions actions;
    QSignalSpy changed(&actions, &FontSizeActions::stepChanged);
    actions.setStep(requested);
    QCOMPARE(actions.step(), expected);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), expected);
    for (QAction *action : actions.stepActions())
        QCOMPARE(action->isChecked(), action->data().toInt() == expected);
    QCOMPARE(actions.largerAction()->isEnabled(), expected < 2);
    QCOMPARE(actions.smallerAction()->isEnabled(), expected > -2);
    actions.setStep(expected);
    QCOMPARE(changed.size(), 1); // no change, no signal
}

void TestFontSizeActions::largerSmallerClamp()
{
    FontSizeActions actions;
    for (int i = 0; i < 4; ++i)
        actions.largerAction()->trigger();
    QCOMPARE(actions.step(), 2);
    QVERIFY(!actions.largerAction()->isEnabled());
    actions.resetAction()->trigger();
    QCOMPARE(actions.step(), 0);
    for (int i = 0; i < 4; ++i)
        actions.smallerAction()->trigger();
    QCOMPARE(actions.step(), -2);
    QVERIFY(!actions.smallerAction()->isEnabled());
    actions.stepActions().at(3)->trigger();
    QCOMPARE(actions.step(), 1);
}

QTEST_MAIN(TestFontSizeActions)
#include "tst_fontsizeactions.moc"
