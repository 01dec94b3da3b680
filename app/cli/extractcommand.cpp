// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractcommand.h"

#include "commandcontext.h"
#include "extract/extractedarticle.h"
#include "importing/pageimporter.h"
#include "importing/pagereader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QByteArray ExtractCommand::jsonLine(const QString &input, const ExtractedArticle &article)
{
    const QJsonObject object {
        { u"input"_s, input },
        { u"title"_s, article.title },
        { u"byline"_s, article.author },
        { u"published"_s,
          // In the page's own zone, so that its date part is the page's date (issue 10).
          article.published.isValid()
              ? QJsonValue(article.published.toString(Qt::ISODateWithMs))
              : QJsonValue() },
        { u"section"_s, article.section },
        { u"url"_s, article.url.toString() },
        { u"lang"_s, article.language },
        { u"articleBody"_s, article.plainText },
        { u"html"_s, article.contentHtml },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString ExtractCommand::text(const ExtractedArticle &article)
{
    QString out = article.title + u'\n';
    if (!article.deck.isEmpty())
        out += article.deck + u'\n';
    const QList<std::pair<QString, QString>> fields {
        { tr("Section:"), article.section },
        { tr("Author:"), article.author },
        { tr("Published:"),
          article.published.isValid()
              ? article.published.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
              : QString() },
        { tr("URL:"), article.url.toString() },
        { tr("Words:"), QString::number(article.wordCount) },
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out += label + u' ' + value + u'\n';
    }
    out += u'\n' + QString(article.plainText).replace(u"\n"_s, u"\n\n"_s) + u'\n';
    return out;
}

int ExtractCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption wholePage(u"whole-page"_s);
    parser.addOptions({ json, wholePage });
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return context.usageError(tr("extract needs at least one file or URL"));

    PageReader::Options options;
    options.wholePage = parser.isSet(wholePage);
    int status = 0;
    bool first = true;
    for (const QString &argument : inputs) {
        Result<ExtractedArticle> article = Error { QString() };
        if (argument == u"-"_s) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                article = Error { tr("cannot read standard input") };
            else
                article = PageReader::readDevice(in, options);
        } else {
            article = PageReader::read(ImportInput::fromArgument(argument), options);
        }
        if (!article) {
            status = context.fail(tr("%1: %2").arg(argument, article.error()));
            continue;
        }
        if (!article->looksLikeArticle && !options.wholePage) {
            status = context.fail(tr("%1: %2 (--whole-page extracts it anyway)")
                                      .arg(argument, PageImporter::notAnArticleMessage()));
            continue;
        }
        if (!article->notice.isEmpty()) // a hostile or huge page was trimmed: say how
            context.err() << "byline: " << tr("%1: %2").arg(argument, article->notice) << '\n';
        if (parser.isSet(json)) {
            context.out() << QString::fromUtf8(jsonLine(argument, *article)) << '\n';
        } else {
            if (!first)
                context.out() << "\n" << QString(40, u'─') << "\n\n";
            context.out() << text(*article);
        }
        context.out().flush();
        first = false;
    }
    return status;
}
