// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/credentialstore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void fileFallbackIsPrivate();
};

void TestCredentialStore::fileFallbackIsPrivate()
{
    QTemporaryDir dir;
    CredentialStore store(dir.filePath(u"data"_s));
    QVERIFY(!store.password(u"http://h/"_s, u"me"_s).ok());
    QVERIFY(store.save(u"http://h/"_s, u"me"_s, u"s3cret"_s).ok());
    QVERIFY(store.save(u"http://h/"_s, u"you"_s, u"other"_s).ok());
    QCOMPARE(*store.password(u"http://h/"_s, u"me"_s), u"s3cret"_s);
    QCOMPARE(*store.password(u"http://h/"_s, u"you"_s), u"other"_s);
    const QFileInfo file(dir.filePath(u"data/credentials.json"_s));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.where().contains(file.absoluteFilePath()));
    QVERIFY(store.remove(u"http://h/"_s, u"me"_s).ok());
    QVERIFY(!store.password(u"http://h/"_s, u"me"_s).ok());
    QCOMPARE(*store.password(u"http://h/"_s, u"you"_s), u"other"_s);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
