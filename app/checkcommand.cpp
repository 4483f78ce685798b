#include "app/checkcommand.h"

#include "app/commandline.h"
#include "app/interruptwatcher.h"
#include "core/autodetect/autodetector.h"
#include "core/autodetect/providertable.h"
#include "core/checks/checkrunner.h"
#include "core/checks/oauthprofilechoice.h"
#include "core/credentials/credentialstore.h"
#include "core/i18n/language.h"
#include "core/report/jsonreportwriter.h"
#include "core/report/textreportwriter.h"
#include "core/settings/cafile.h"
#include "core/settings/inputvalidation.h"
#include "core/settings/presetlocation.h"
#include "core/smtp/transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>

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

// Test-only (tests/oauth): a shorter wait for the browser than the 5 minutes a person gets, so that the
// "never came back" case runs in seconds. Not an option: nobody needs it outside the tests.
int browserTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("SMTPDOCTOR_TEST_BROWSER_WAIT_MS", &ok);
    return ok && ms > 0 ? ms : OAuthRequest::DefaultBrowserTimeoutMs;
}

} // namespace

CheckCommand::CheckCommand(QObject* parent)
    : QObject(parent)
{
}

CheckCommand::~CheckCommand()
{
    m_password.fill(QLatin1Char(' '));
    m_refreshToken.fill(QLatin1Char(' '));
}

int CheckCommand::start(const QStringList& arguments)
{
    const int early = parse(arguments);
    if (early >= 0)
        return early;
    // Always continue inside the event loop, so that a later error can end it with exit().
    if (m_settings.host.isEmpty())
        QTimer::singleShot(0, this, &CheckCommand::detectServer);
    else
        QTimer::singleShot(0, this, &CheckCommand::continueWithUser);
    return -1;
}

int CheckCommand::applyPreset(const QCommandLineParser& parser, const QStringList& arguments)
{
    const PresetLookup lookup = findPreset(parser.value(QStringLiteral("preset")));
    if (lookup.failed()) {
        printError(lookup.error.toString());
        return ExitUsage;
    }
    m_preset = lookup.preset;
    if (!m_preset)
        return -1;
    // The preset's language is the default; --lang still wins.
    if (!m_preset->language.isEmpty() && languageArgument(arguments).isEmpty())
        Language::install(m_preset->language);
    m_preset->applyTo(&m_settings);
    m_userForm = m_preset->userForm;
    return -1;
}

int CheckCommand::parse(const QStringList& arguments)
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
    const QCommandLineOption keychain(QStringLiteral("keychain"), tr("Use the password stored in this computer's password store."));
    const QCommandLineOption remember(QStringLiteral("remember"),
        tr("Store the password (with --oauth: the sign-in) in this computer's password store after a successful "
           "sign-in."));
    const QCommandLineOption oauth(
        QStringLiteral("oauth"), tr("Sign in through the browser (OAuth 2.0) instead of with a password."));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"),
        tr("With --oauth: do not open the browser, only print the address to open."));
    const QCommandLineOption sendTo(QStringLiteral("send-to"), tr("Also send a short test message to this address."), QStringLiteral("ADDR"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), QStringLiteral("PEM"));
    const QCommandLineOption allowInsecure(QStringLiteral("allow-insecure"), tr("Allow signing in over an unencrypted or unverified connection."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Longest wait for any answer, in seconds."), QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Report format: text or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the report: ja or en."), QStringLiteral("LANG"));
    const QCommandLineOption preset(QStringLiteral("preset"), tr("Organisation preset file."), QStringLiteral("FILE"));
    parser.addOptions({ host, port, security, email, user, passwordStdin, keychain, remember, oauth,
        noBrowser, sendTo, caFile, allowInsecure, timeout, format, lang, preset });
    // Our own help option: Qt 6.4 has no Japanese text for the one addHelpOption() adds.
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(helpOption);

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
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

    if (const int code = applyPreset(parser, arguments); code >= 0)
        return code;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        printError(tr("Unknown format \"%1\": use text or json.").arg(formatName));
        return ExitUsage;
    }
    m_json = formatName == QLatin1String("json");
    // Each option given overrides the preset's value for the same field.
    if (parser.isSet(host)) {
        HostInput hostInput;
        if (const LocalizedText error = parseHostInput(parser.value(host), &hostInput); !error.isEmpty())
            return usage(error);
        m_settings.host = hostInput.host;
        m_settings.displayHost = hostInput.displayHost;
        if (hostInput.port)
            m_settings.port = *hostInput.port;
        if (hostInput.security)
            m_settings.security = *hostInput.security;
    }
    if (parser.isSet(port)) {
        if (const LocalizedText error = validatePort(parser.value(port), &m_settings.port); !error.isEmpty())
            return usage(error);
    }
    if (parser.isSet(security) && !securityFromName(parser.value(security), &m_settings.security)) {
        printError(tr("Unknown security \"%1\": use auto, tls, starttls or none.").arg(parser.value(security)));
        return ExitUsage;
    }
    for (const auto& [option, target] : { std::pair { &email, &m_settings.email }, std::pair { &sendTo, &m_settings.sendTo } }) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option).trimmed();
        if (const LocalizedText error = validateEmailAddress(*target); !error.isEmpty())
            return usage(error);
    }
    if (m_settings.host.isEmpty() && m_settings.email.isEmpty()) {
        printError(tr("Please give the outgoing mail server with --host NAME, or your address with --email ADDR so that SMTP Doctor can look the server up."));
        return ExitUsage;
    }
    if (parser.isSet(user)) {
        m_settings.user = parser.value(user);
        if (const LocalizedText error = validateUserName(m_settings.user); !error.isEmpty())
            return usage(error);
    }
    bool ok = false;
    m_settings.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || m_settings.timeoutSeconds < 1 || m_settings.timeoutSeconds > 600) {
        printError(tr("The timeout must be a number of seconds from 1 to 600."));
        return ExitUsage;
    }
    m_settings.allowInsecure = parser.isSet(allowInsecure);
    if (parser.isSet(caFile)) {
        const CaFile ca = loadCaFile(parser.value(caFile));
        if (!ca.ok())
            return usage(ca.errorText());
        m_settings.caFile = ca.path;
        m_settings.extraCaCertificates = ca.certificates;
    }
    m_readPassword = parser.isSet(passwordStdin);
    m_useKeychain = parser.isSet(keychain);
    m_remember = parser.isSet(remember);
    m_oauth = parser.isSet(oauth);
    m_openBrowser = !parser.isSet(noBrowser);
    if (m_oauth && m_readPassword) {
        printError(tr("Use either --oauth or --password-stdin, not both: --oauth signs in through the "
                      "browser, without a password."));
        return ExitUsage;
    }
    if (!m_oauth && !m_openBrowser) {
        printError(tr("--no-browser goes with --oauth: please add that option."));
        return ExitUsage;
    }
    if (m_readPassword && m_useKeychain) {
        printError(tr("Use either --password-stdin or --keychain, not both."));
        return ExitUsage;
    }
    if (m_remember && !m_readPassword && !m_oauth) {
        printError(tr("--remember saves the password given with --password-stdin: please add that option."));
        return ExitUsage;
    }
    if (m_oauth)
        m_settings.signIn = SignInMethod::OAuth;
    if (m_readPassword)
        m_password = readPasswordLine();
    m_language = Language::current();
    return -1;
}

void CheckCommand::detectServer()
{
    m_detector = new Autodetector(this);
    m_detector->setTimeoutMs(m_settings.timeoutMs());
    m_detector->setExtraCaCertificates(m_settings.extraCaCertificates);
    connect(m_detector, &Autodetector::finished, this, &CheckCommand::onDetected);
    m_detector->start(m_settings.email);
}

void CheckCommand::onDetected()
{
    m_detectionLog = m_detector->log();
    m_providerNotes = m_detector->providerNotes();
    m_detected = m_detector->best();
    if (!m_detected) {
        QString message = tr("No outgoing mail server could be found for %1. Please give it with --host NAME.").arg(m_settings.email);
        for (const LocalizedText& note : std::as_const(m_providerNotes))
            message += QLatin1Char(' ') + note.toString();
        stopWithUsageError(message);
        return;
    }
    m_settings.host = m_detected->host;
    m_settings.displayHost.clear();
    // The preset or the command line may already have chosen port and security.
    if (m_settings.port == 0 && m_settings.security == Security::Auto) {
        m_settings.port = m_detected->port;
        m_settings.security = m_detected->security;
    }
    if (m_userForm == UserNameForm::Unknown)
        m_userForm = m_detected->userForm;
    continueWithUser();
}

CredentialKey CheckCommand::credentialKey() const
{
    if (m_oauth)
        return CredentialKey::refreshToken(m_settings.user, m_profile.tokenUrl.host());
    return { m_settings.user, m_settings.host };
}

void CheckCommand::continueWithUser()
{
    const bool needUser = m_readPassword || m_useKeychain || m_oauth;
    if (needUser && m_settings.user.isEmpty() && !m_settings.email.isEmpty()) {
        UserNameForm form = m_userForm;
        if (form == UserNameForm::Unknown) {
            const ProviderInfo* p = ProviderTable::forDomain(domainOf(m_settings.email));
            form = p && p->userForm != UserNameForm::Unknown ? p->userForm : UserNameForm::Address;
        }
        if (form == UserNameForm::Other) {
            stopWithUsageError(tr("Your provider signs in with an account ID rather than your email address: please give it with --user NAME."));
            return;
        }
        m_settings.user = userNameFor(form, m_settings.email);
    }
    if (m_oauth && m_settings.user.isEmpty()) {
        stopWithUsageError(
            tr("--oauth needs the account to sign in with: please give --email ADDR or --user NAME."));
        return;
    }
    if (m_oauth)
        m_profile = chooseOAuthProfile(m_preset ? m_preset->oauth : std::nullopt, m_settings);
    // Without a usable profile there is no saved sign-in to look for: the check says why it cannot sign in.
    if (!m_useKeychain || (m_oauth && !m_profile.isConfigured())) {
        runChecks();
        return;
    }
    if (m_settings.user.isEmpty()) {
        stopWithUsageError(tr("--keychain needs a user name: please give --user NAME or --email ADDR."));
        return;
    }
    m_store = new CredentialStore(this);
    m_store->setTimeoutMs(qMax(CredentialStore::DefaultTimeoutMs, m_settings.timeoutMs()));
    connect(m_store, &CredentialStore::finished, this, &CheckCommand::onKeychainRead, Qt::SingleShotConnection);
    m_store->read(credentialKey());
}

void CheckCommand::onKeychainRead(const CredentialResult& result)
{
    if (!result.ok()) {
        QString message = result.message().toString();
        if (result.status == CredentialStatus::NotFound)
            message += QLatin1Char(' ')
                + (m_oauth ? tr("Save it once with --oauth --remember.")
                           : tr("Save it once with --password-stdin --remember."));
        stopWithUsageError(message);
        return;
    }
    (m_oauth ? m_refreshToken : m_password) = result.password;
    runChecks();
}

QString CheckCommand::detectionText() const
{
    QString out;
    if (m_detected) {
        out += tr("Server found from your email address: %1").arg(m_detected->description().toString()) + QLatin1Char('\n');
        for (const LocalizedText& note : m_detected->notes)
            out += QStringLiteral("    ") + tr("Note: %1").arg(note.toString()) + QLatin1Char('\n');
    }
    if (m_preset && !m_preset->organisation.isEmpty())
        out += tr("Settings prepared by: %1").arg(m_preset->organisation) + QLatin1Char('\n');
    return out;
}

void CheckCommand::runChecks()
{
    m_runner
        = new CheckRunner({ m_settings, m_password, m_profile, m_refreshToken, browserTimeoutMs() }, this);
    m_refreshToken.fill(QLatin1Char(' '));
    if (!m_remember)
        m_password.fill(QLatin1Char(' '));
    connect(m_runner, &CheckRunner::finished, this, &CheckCommand::onFinished);
    connect(m_runner, &CheckRunner::browserSignInRequested, this, &CheckCommand::onBrowserSignIn);
    if (m_oauth) {
        m_interrupts = new InterruptWatcher(this);
        connect(m_interrupts, &InterruptWatcher::interrupted, this, &CheckCommand::onInterrupted);
    }
    m_runner->start();
    Transcript* transcript = m_runner->transcript();
    if (m_preset)
        transcript->addInfo(QStringLiteral("Preset %1 (%2)").arg(m_preset->sourceFile, m_preset->organisation));
    for (const QString& line : std::as_const(m_detectionLog))
        transcript->addInfo(line);
    if (m_detected) {
        transcript->addInfo(QStringLiteral("Server found by autodetection (%1): %2 port %3 %4; %5")
                                .arg(detectionSourceName(m_detected->source), m_detected->host, QString::number(m_detected->port),
                                    securityName(m_detected->security), m_detected->origin));
    }
}

void CheckCommand::onBrowserSignIn(const QUrl& url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    // QDesktopServices needs a GUI application; main.cpp makes one when a display can be used.
    const bool opened = m_openBrowser && qobject_cast<QGuiApplication*>(QCoreApplication::instance())
        && QDesktopServices::openUrl(url);
    const int ms = browserTimeoutMs();
    const QString wait = ms >= 120000 && ms % 60000 == 0 ? tr("%1 minutes").arg(ms / 60000)
                                                         : tr("%1 seconds").arg(ms / 1000.0);
    // One line, the address last: people copy it, scripts (and the tests) read it.
    printError(opened
            ? tr("Sign in in the browser window that opened (SMTP Doctor waits up to %1; Ctrl+C cancels). If "
                 "none opened, open this address: %2")
                  .arg(wait, address)
            : tr(
                "To sign in, open this address in a browser (SMTP Doctor waits up to %1; Ctrl+C cancels): %2")
                  .arg(wait, address));
}

void CheckCommand::onInterrupted()
{
    // During the sign-in, Ctrl+C ends only the wait for the browser: the run goes on to its report.
    if (m_runner && m_runner->cancelSignIn())
        return;
    m_interrupts->passOn();
}

void CheckCommand::onFinished()
{
    delete m_interrupts; // Ctrl+C ends the program again while the report is written
    m_interrupts = nullptr;
    Report report(m_runner->record());
    if (m_preset)
        report.helpdesk = m_preset->helpdesk;
    if (m_json) {
        printOut(JsonReportWriter::write(report, m_language));
    } else {
        // The lines about where the settings came from join the report's header block.
        QString text = TextReportWriter::write(report);
        const qsizetype headerEnd = text.indexOf(QStringLiteral("\n\n"));
        text.insert(headerEnd < 0 ? 0 : headerEnd + 1, detectionText());
        printOut(text);
    }
    m_exitCode = report.anyFailed() ? ExitProblem : ExitOk;
    if (!rememberAfterRun(report))
        QCoreApplication::exit(m_exitCode);
}

bool CheckCommand::rememberAfterRun(const Report& report)
{
    QString secret = m_password;
    m_password.fill(QLatin1Char(' '));
    if (m_oauth) {
        secret = m_runner->refreshTokenToKeep();
        // A provider that rotates refresh tokens has just retired the saved one: keep the new one, whatever
        // the mail server said. A first sign-in is kept, as a password is, only when it signed in.
        const bool rotated = m_useKeychain && m_runner->refreshTokenIsNew() && !secret.isEmpty();
        if (!rotated && !m_remember)
            return false;
        if (!rotated && report.signedIn && secret.isEmpty()) {
            printError(tr("The sign-in was not saved in this computer's password store, because the provider gave no "
                          "refresh token for it."));
            return false;
        }
        if (!rotated && !report.signedIn) {
            printError(
                tr("The sign-in was not saved in this computer's password store, because signing in did not work."));
            return false;
        }
    } else if (!m_remember) {
        return false;
    } else if (!report.signedIn) {
        printError(tr("The password was not saved in this computer's password store, because signing in did not work."));
        return false;
    }
    m_store = new CredentialStore(this);
    m_store->setTimeoutMs(qMax(CredentialStore::DefaultTimeoutMs, m_settings.timeoutMs()));
    connect(m_store, &CredentialStore::finished, this, &CheckCommand::onRemembered, Qt::SingleShotConnection);
    m_store->write(credentialKey(), secret);
    secret.fill(QLatin1Char(' '));
    return true;
}

void CheckCommand::onRemembered(const CredentialResult& result)
{
    // Success or not, the check's own result decides the exit code; this line only informs.
    printError(result.message().toString());
    QCoreApplication::exit(m_exitCode);
}

void CheckCommand::stopWithUsageError(const QString& message)
{
    m_password.fill(QLatin1Char(' '));
    m_refreshToken.fill(QLatin1Char(' '));
    printError(message);
    QCoreApplication::exit(ExitUsage);
}

} // namespace SmtpDoctor
