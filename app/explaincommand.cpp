#include "app/explaincommand.h"

#include "app/commandline.h"
#include "core/i18n/language.h"
#include "core/i18n/textcut.h"
#include "core/knowledge/explainer.h"
#include "core/knowledge/explanationreport.h"
#include "core/knowledge/inputdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace SmtpDoctor {

namespace {

// Standard input, at most Explainer::MaxInput bytes; the rest is left unread.
QByteArray readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray data;
    while (data.size() < Explainer::MaxInput) {
        const QByteArray chunk = in.read(std::min<qint64>(64 * 1024, Explainer::MaxInput - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

} // namespace

int runExplainCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ExplainCommand",
        "Explains a mail server reply, an error message from a mail program, or a whole bounce."));
    parser.addPositionalArgument(QStringLiteral("explain"),
        QCoreApplication::translate("ExplainCommand", "Explain a reply or an error."));
    parser.addPositionalArgument(QStringLiteral("TEXT"),
        QCoreApplication::translate(
            "ExplainCommand", "The text to explain; without it, or with -, standard input is read."),
        QStringLiteral("[TEXT|-]"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("ExplainCommand", "Output format: text or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("ExplainCommand", "Language of the explanations: ja or en."),
        QStringLiteral("LANG"));
    parser.addOptions({ format, lang });
    // Our own help option: Qt 6.4 has no Japanese text for the one addHelpOption() adds.
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("ExplainCommand", "Show this help."));
    parser.addOption(helpOption);

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        printError(QCoreApplication::translate("ExplainCommand", "Unknown format \"%1\": use text or json.")
                       .arg(formatName));
        return ExitUsage;
    }
    const QStringList words = parser.positionalArguments().mid(1); // after "explain"
    QString input;
    QList<ExplanationItem> items;
    if (words.isEmpty() || words == QStringList { QStringLiteral("-") }) {
        const QByteArray bytes = readStandardInput();
        input = InputDecoder::decode(bytes, Explainer::MaxInput);
        items = Explainer::explain(input);
    } else {
        // Unquoted words arrive one by one: "smtpdoctor explain 550 5.1.1 User unknown".
        input = shortenedText(words.join(QLatin1Char(' ')), Explainer::MaxInput);
        items = Explainer::explain(input);
    }

    const std::optional<CheckDomainOffer> offer = CheckDomainOffer::find(input, items);
    if (formatName == QLatin1String("json"))
        printOut(ExplanationReport::json(input, items, Language::current(), offer));
    else
        printOut(ExplanationReport::text(items, offer));
    return items.isEmpty() ? ExitProblem : ExitOk;
}

} // namespace SmtpDoctor
