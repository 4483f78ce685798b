#include "app/checkdomaincommand.h"

#include "app/commandline.h"
#include "app/domainreportoutput.h"
#include "core/domain/dnsclient.h"
#include "core/domain/domainchecker.h"
#include "core/domain/domainname.h"
#include "core/i18n/language.h"
#include "core/settings/inputvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace SmtpDoctor {

namespace {

constexpr qint64 MaxMessageBytes = 1 << 20;

QString trText(const char* text)
{
    return QCoreApplication::translate("CheckDomainCommand", text);
}

} // namespace

int runCheckDomainCommand(const QStringList& arguments)
{
    CheckDomainCommand command;
    const int early = command.start(arguments);
    if (early >= 0)
        return early;
    const int code = QCoreApplication::exec();
    // A DNS lookup that was given up on may still wait inside the C library's resolver, and
    // QCoreApplication's destruction would wait for it: the report is out, so leave now.
    if (DnsClient::lookupsStillRunning()) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    return code;
}

CheckDomainCommand::CheckDomainCommand(QObject* parent)
    : QObject(parent)
{
}

int CheckDomainCommand::start(const QStringList& arguments)
{
    const int early = parse(arguments);
    if (early >= 0)
        return early;
    m_checker = new DomainChecker(this);
    connect(m_checker, &DomainChecker::finished, this, &CheckDomainCommand::onFinished);
    QTimer::singleShot(0, this, [this] { m_checker->start(m_request); });
    return -1;
}

int CheckDomainCommand::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trText(QT_TRANSLATE_NOOP("CheckDomainCommand",
        "Checks a sender domain's SPF, DKIM and DMARC records, its MX records and the reverse DNS of a "
        "sending server, as receiving mail servers see them.")));
    parser.addPositionalArgument(QStringLiteral("check-domain"),
        trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Check a sender domain.")));
    parser.addPositionalArgument(QStringLiteral("DOMAIN"),
        trText(QT_TRANSLATE_NOOP(
            "CheckDomainCommand", "The domain of your address (example.com), or the address itself.")));
    const QCommandLineOption server(QStringLiteral("server"),
        trText(QT_TRANSLATE_NOOP(
            "CheckDomainCommand", "The outgoing mail server you send through: SPF must allow it.")),
        QStringLiteral("HOST"));
    const QCommandLineOption selector(QStringLiteral("selector"),
        trText(QT_TRANSLATE_NOOP(
            "CheckDomainCommand", "A DKIM selector to check (may be given several times).")),
        QStringLiteral("NAME"));
    const QCommandLineOption message(QStringLiteral("message"),
        trText(QT_TRANSLATE_NOOP("CheckDomainCommand",
            "A sent message, its headers or a bounce (- for standard input): its DKIM-Signature and the "
            "server address of a 5.7.25 reply are checked.")),
        QStringLiteral("FILE"));
    const QCommandLineOption ip(QStringLiteral("ip"),
        trText(QT_TRANSLATE_NOOP(
            "CheckDomainCommand", "The address of a sending server whose reverse DNS to check.")),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Longest wait for any DNS answer, in seconds.")),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"),
        trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Report format: text or json.")),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Language of the report: ja or en.")),
        QStringLiteral("LANG"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Show this help.")));
    parser.addOptions({ server, selector, message, ip, timeout, format, lang, help });

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList words = parser.positionalArguments().mid(1); // after "check-domain"
    if (words.size() != 1) {
        printError(words.isEmpty()
                ? trText(QT_TRANSLATE_NOOP("CheckDomainCommand",
                    "Name the domain to check, for example: smtpdoctor check-domain example.com"))
                : trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Unexpected argument: %1"))
                      .arg(words.mid(1).join(QLatin1Char(' '))));
        return ExitUsage;
    }
    if (DomainName::normalized(words.first()).isEmpty()) {
        printError(trText(QT_TRANSLATE_NOOP("CheckDomainCommand",
                              "\"%1\" is not a domain name. A domain looks like example.com."))
                       .arg(words.first().left(80)));
        return ExitUsage;
    }
    m_request.domain = words.first();
    if (words.first().contains(QLatin1Char('@')))
        m_request.sender = words.first().trimmed();
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        printError(trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Unknown format \"%1\": use text or json."))
                       .arg(formatName));
        return ExitUsage;
    }
    m_json = formatName == QLatin1String("json");
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        printError(trText(QT_TRANSLATE_NOOP(
            "CheckDomainCommand", "The timeout must be a number of seconds from 1 to 600.")));
        return ExitUsage;
    }
    m_request.timeoutMs = seconds * 1000;
    if (parser.isSet(server)) {
        HostInput host;
        if (const LocalizedText error = parseHostInput(parser.value(server), &host); !error.isEmpty()) {
            printError(error.toString());
            return ExitUsage;
        }
        m_request.server = host.host;
    }
    for (const QString& s : parser.values(selector)) {
        if (!DomainName::isQueryable(s.trimmed() + QStringLiteral("._domainkey.example"))) {
            printError(trText(QT_TRANSLATE_NOOP("CheckDomainCommand",
                                  "\"%1\" is not a DKIM selector (a name such as google or selector1)."))
                           .arg(s.left(80)));
            return ExitUsage;
        }
        m_request.selectors << s.trimmed();
    }
    for (const QString& a : parser.values(ip)) {
        QHostAddress address;
        if (!address.setAddress(a.trimmed()) || address.isNull()) {
            printError(trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "\"%1\" is not an IP address."))
                           .arg(a.left(80)));
            return ExitUsage;
        }
        m_request.sendingAddresses << address;
    }
    if (parser.isSet(message)) {
        const QString path = parser.value(message);
        QFile file;
        const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            printError(trText(QT_TRANSLATE_NOOP("CheckDomainCommand", "Cannot read the message file %1."))
                           .arg(path));
            return ExitUsage;
        }
        m_request.messageText = QString::fromUtf8(file.read(MaxMessageBytes));
    }
    return -1;
}

void CheckDomainCommand::onFinished(const DomainReport& report)
{
    printOut(m_json ? DomainReportOutput::json(report, Language::current())
                    : DomainReportOutput::text(report).toUtf8());
    QCoreApplication::exit(report.hasError() ? ExitProblem : ExitOk);
}

} // namespace SmtpDoctor
