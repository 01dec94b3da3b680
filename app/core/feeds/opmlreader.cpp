// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlreader.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// Attribute lookup ignoring case: exporters write xmlUrl, xmlurl and XMLURL.
QString attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : attributes)
        if (attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().toString().trimmed();
    return {};
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(OpmlReader)

public:
    explicit Parser(const QByteArray &data) : m_xml(data) { }

    Result<OpmlDocument> parse()
    {
        OpmlDocument document;
        bool sawOpml = false;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                if (!m_xml.entityDeclarations().isEmpty() || m_xml.text().contains(u"ENTITY"_s))
                    return refuse(tr("it declares entities, which Byline does not read"));
            } else if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() != u"opml"_s)
                    return refuse(tr("it is not an OPML file"));
                sawOpml = true;
                readOpml(document);
            }
        }
        if (m_xml.hasError())
            return refuse(m_xml.errorString());
        if (!sawOpml)
            return refuse(tr("it is not an OPML file"));
        return document;
    }

private:
    Error refuse(const QString &reason) const
    {
        return Error { tr("This OPML file cannot be read (line %1: %2). Nothing was imported.")
                           .arg(m_xml.lineNumber())
                           .arg(reason) };
    }

    void readOpml(OpmlDocument &document)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"head"_s) {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"title"_s)
                        document.title = m_xml.readElementText().trimmed();
                    else
                        m_xml.skipCurrentElement();
                }
            } else if (m_xml.name() == u"body"_s) {
                readOutlines(document.outlines);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readOutlines(QList<OpmlOutline> &into)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"outline"_s) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = m_xml.attributes();
            OpmlOutline outline;
            outline.title = attribute(attributes, u"title");
            if (outline.title.isEmpty())
                outline.title = attribute(attributes, u"text");
            outline.xmlUrl = attribute(attributes, u"xmlUrl");
            outline.htmlUrl = attribute(attributes, u"htmlUrl");
            readOutlines(outline.children);
            into.append(outline);
        }
    }

    QXmlStreamReader m_xml;
};

} // namespace

Result<OpmlDocument> OpmlReader::read(const QByteArray &data)
{
    return Parser(data).parse();
}

Result<OpmlDocument> OpmlReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Could not read %1: %2").arg(path, file.errorString()) };
    return read(file.readAll());
}
