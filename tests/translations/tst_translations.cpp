// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Korean translation stays complete: lupdate over today's sources finds every string
// translated, with the same placeholders as the English.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

namespace {
struct Message {
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
};

QList<Message> readMessages(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1)
                context = xml.readElementText();
            else if (name == "message"_L1) {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1)
                current.source = xml.readElementText();
            else if (name == "translation"_L1) {
                current.type = xml.attributes().value("type"_L1).toString();
                if (current.numerus) {
                    // <numerusform> children; Korean has one form.
                    QString text;
                    while (xml.readNextStartElement())
                        text += xml.readElementText();
                    current.translation = text;
                } else {
                    current.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("korean") << u"byline_ko.ts"_s;
}

void TestTranslations::complete()
{
    QFETCH(QString, tsFile);
    const QString source = QStringLiteral(BYLINE_SOURCE_DIR);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(tsFile);
    QVERIFY(QFile::copy(source + u"/translations/"_s + tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(BYLINE_LUPDATE),
                  { u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                    source + u"/app"_s, u"-ts"_s, copy });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const QList<Message> messages = readMessages(copy);
    QVERIFY2(!messages.isEmpty(), "no tr() strings found in app/");
    QStringList missing;
    for (const Message &m : messages) {
        const QString where = m.context + u": "_s + m.source;
        if (m.type == "unfinished"_L1 || m.translation.trimmed().isEmpty())
            missing.append(where);
        else if (placeholders(m.source) != placeholders(m.translation))
            missing.append(where + u" (placeholders differ)"_s);
    }
    if (!missing.isEmpty())
        qWarning().noquote() << "untranslated:\n " << missing.join(u"\n  "_s);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 of %2 strings untranslated; run the update_translations target "
                        "and translate them"_s.arg(missing.size()).arg(messages.size())));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
