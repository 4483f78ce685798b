// smtpdoctor: the wizard, or with a subcommand the same checks headless (../shared/cli-contract.md).
#include "app/checkcommand.h"
#include "app/checkdomaincommand.h"
#include "app/commandline.h"
#include "app/explaincommand.h"
#include "core/domain/dnsclient.h"
#include "core/i18n/language.h"
#include "ui/mainwizard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace SmtpDoctor;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpdoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPDOCTOR_VERSION));
}

bool installLanguage(const QStringList& arguments)
{
    const QString requested = languageArgument(arguments);
    if (!requested.isEmpty() && !Language::isSupported(requested)) {
        Language::install(Language::systemDefault());
        printError(QCoreApplication::translate("main", "Unknown language \"%1\": use ja or en.").arg(requested));
        return false;
    }
    Language::install(requested.isEmpty() ? Language::systemDefault() : requested);
    return true;
}

// QtNetworkAuth logs every answer it does not like on its own (a wrong state, an error from the provider),
// where the checks already explain it in the report. QT_LOGGING_RULES can still turn it back on.
void silenceQtNetworkAuth()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.networkauth*=false"));
}

// `check --oauth` opens the system browser through QDesktopServices, which needs a GUI application, and
// that needs a display: without one the address is only printed.
bool wantsBrowser(const QStringList& arguments, Subcommand subcommand)
{
    if (subcommand != Subcommand::Check || !arguments.contains(QLatin1String("--oauth"))
        || arguments.contains(QLatin1String("--no-browser")))
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int runHeadless(int argc, char** argv, Subcommand subcommand, const QStringList& rawArguments)
{
    std::unique_ptr<QCoreApplication> app(wantsBrowser(rawArguments, subcommand)
            ? new QGuiApplication(argc, argv)
            : new QCoreApplication(argc, argv));
    setApplicationInfo();
    silenceQtNetworkAuth();
    const QStringList arguments = QCoreApplication::arguments();
    if (!installLanguage(arguments))
        return ExitUsage;
    if (subcommand == Subcommand::Explain)
        return runExplainCommand(arguments);
    if (subcommand == Subcommand::CheckDomain)
        return runCheckDomainCommand(arguments);
    int code = 0;
    {
        CheckCommand check;
        const int early = check.start(arguments);
        if (early >= 0)
            return early;
        code = QCoreApplication::exec();
    } // the command is gone: its secrets are wiped
    // The domain step may have given up on a DNS lookup that still waits inside the C library's
    // resolver, and QCoreApplication's destruction would wait for it: the report is out, so leave now.
    if (DnsClient::lookupsStillRunning()) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Subcommand subcommand = subcommandOf(arguments);
    if (const QString unknown = unknownSubcommand(arguments); !unknown.isEmpty()) {
        // A mistyped subcommand is a usage error, never a window (headless, that would wait forever).
        attachToParentConsole();
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        if (installLanguage(QCoreApplication::arguments()))
            printError(unknownSubcommandMessage(unknown));
        return ExitUsage;
    }
    const bool version = arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"));
    const bool help = wantsGeneralHelp(arguments);
    if (subcommand != Subcommand::Wizard || version || help)
        attachToParentConsole();
    if (version) {
        printOut(QStringLiteral("smtpdoctor %1\n").arg(QStringLiteral(SMTPDOCTOR_VERSION)));
        return ExitOk;
    }
    if (help) {
        // Needs no display: the wizard is not created.
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        if (!installLanguage(QCoreApplication::arguments()))
            return ExitUsage;
        printOut(generalHelpText());
        return ExitOk;
    }
    if (subcommand != Subcommand::Wizard)
        return runHeadless(argc, argv, subcommand, arguments);

    QApplication app(argc, argv);
    setApplicationInfo();
    silenceQtNetworkAuth();
    if (!installLanguage(QCoreApplication::arguments()))
        return ExitUsage;
    MainWizard wizard(startOptions(QCoreApplication::arguments()));
    wizard.show();
    return QApplication::exec();
}
