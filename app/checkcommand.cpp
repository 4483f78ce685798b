#include "app/checkcommand.h"

#include "app/commandline.h"
#include "core/checks/checkrunner.h"
#include "core/i18n/language.h"
#include "core/report/jsonreportwriter.h"
#include "core/report/textreportwriter.h"
#include "core/settings/inputvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

#include <cstdio>

namespace SmtpDoctor {

namespace {

QString readPasswordLine()
{
    // The first line of standard input; only the line end is removed (spaces belong to the password).
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

CheckCommand::CheckCommand(QObject* parent)
    : QObject(parent)
{
}

int CheckCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks why mail cannot be sent and prints a report."));
    parser.addPositionalArgument(QStringLiteral("check"), tr("Run the checklist."));
    const QCommandLineOption host(QStringLiteral("host"), tr("SMTP server name or IP address."), QStringLiteral("NAME"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port 1-65535, or auto."), QStringLiteral("N"), QStringLiteral("auto"));
    const QCommandLineOption security(QStringLiteral("security"), tr("auto, tls, starttls or none."), QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption email(QStringLiteral("email"), tr("Your email address."), QStringLiteral("ADDR"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name for signing in."), QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read the password from the first line of standard input."));
    const QCommandLineOption keychain(QStringLiteral("keychain"), tr("Use the password stored in the system keychain."));
    const QCommandLineOption remember(QStringLiteral("remember"), tr("Store the password in the system keychain after a successful sign-in."));
    const QCommandLineOption sendTo(QStringLiteral("send-to"), tr("Also send a short test message to this address."), QStringLiteral("ADDR"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), QStringLiteral("PEM"));
    const QCommandLineOption allowInsecure(QStringLiteral("allow-insecure"), tr("Allow signing in over an unencrypted or unverified connection."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Longest wait for any answer, in seconds."), QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Report format: text or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the report: ja or en."), QStringLiteral("LANG"));
    const QCommandLineOption preset(QStringLiteral("preset"), tr("Organisation preset file."), QStringLiteral("FILE"));
    parser.addOptions({ host, port, security, email, user, passwordStdin, keychain, remember, sendTo, caFile,
        allowInsecure, timeout, format, lang, preset });
    parser.addHelpOption();

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(tr("Unexpected argument: %1").arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))));
        return ExitUsage;
    }
    const auto usage = [](const LocalizedText& text) {
        printError(text.toString());
        return int(ExitUsage);
    };

    AccountSettings settings;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        printError(tr("Unknown format \"%1\": use text or json.").arg(formatName));
        return ExitUsage;
    }
    m_json = formatName == QLatin1String("json");
    if (!parser.isSet(host)) {
        printError(tr("Please give the outgoing mail server with --host NAME."));
        return ExitUsage;
    }
    HostInput hostInput;
    if (const LocalizedText error = parseHostInput(parser.value(host), &hostInput); !error.isEmpty())
        return usage(error);
    settings.host = hostInput.host;
    settings.displayHost = hostInput.displayHost;
    if (hostInput.port)
        settings.port = *hostInput.port;
    if (hostInput.security)
        settings.security = *hostInput.security;
    if (parser.isSet(port)) {
        if (const LocalizedText error = validatePort(parser.value(port), &settings.port); !error.isEmpty())
            return usage(error);
    }
    if (parser.isSet(security) && !securityFromName(parser.value(security), &settings.security)) {
        printError(tr("Unknown security \"%1\": use auto, tls, starttls or none.").arg(parser.value(security)));
        return ExitUsage;
    }
    for (const auto& [option, target] : { std::pair { &email, &settings.email }, std::pair { &sendTo, &settings.sendTo } }) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option).trimmed();
        if (const LocalizedText error = validateEmailAddress(*target); !error.isEmpty())
            return usage(error);
    }
    settings.user = parser.value(user);
    if (const LocalizedText error = validateUserName(settings.user); !error.isEmpty())
        return usage(error);
    bool ok = false;
    settings.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || settings.timeoutSeconds < 1 || settings.timeoutSeconds > 600) {
        printError(tr("The timeout must be a number of seconds from 1 to 600."));
        return ExitUsage;
    }
    settings.allowInsecure = parser.isSet(allowInsecure);
    if (parser.isSet(caFile)) {
        settings.caFile = parser.value(caFile);
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("Cannot read the certificate file %1.").arg(settings.caFile));
            return ExitUsage;
        }
        settings.extraCaCertificates = QSslCertificate::fromData(file.read(8 * 1024 * 1024), QSsl::Pem);
        if (settings.extraCaCertificates.isEmpty()) {
            printError(tr("The file %1 contains no PEM certificate.").arg(settings.caFile));
            return ExitUsage;
        }
    }
    if (parser.isSet(keychain) || parser.isSet(remember) || parser.isSet(preset)) {
        printError(tr("The options --keychain, --remember and --preset are not available in this version."));
        return ExitUsage;
    }
    QString password;
    if (parser.isSet(passwordStdin))
        password = readPasswordLine();

    m_language = Language::current();
    m_runner = new CheckRunner(settings, password, this);
    password.fill(QLatin1Char(' '));
    connect(m_runner, &CheckRunner::finished, this, &CheckCommand::onFinished);
    m_runner->start();
    return -1;
}

void CheckCommand::onFinished()
{
    const Report& report = m_runner->report();
    if (m_json)
        printOut(JsonReportWriter::write(report, m_language));
    else
        printOut(TextReportWriter::write(report));
    QCoreApplication::exit(report.anyFailed() ? ExitProblem : ExitOk);
}

} // namespace SmtpDoctor
