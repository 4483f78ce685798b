#include "app/commandline.h"

#include <QCoreApplication>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace SmtpDoctor {

Subcommand subcommandOf(const QStringList& arguments)
{
    // The first argument that is not an option (or an option's value) names the subcommand.
    static const QStringList withValue { QStringLiteral("--lang"), QStringLiteral("--preset") };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        if (a == QLatin1String("check"))
            return Subcommand::Check;
        if (a == QLatin1String("explain"))
            return Subcommand::Explain;
        break;
    }
    return Subcommand::Wizard;
}

bool wantsGeneralHelp(const QStringList& arguments)
{
    return subcommandOf(arguments) == Subcommand::Wizard
        && (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h")));
}

QString generalHelpText()
{
    return QCoreApplication::translate("main",
        "SMTP Doctor finds out why a mail program cannot send mail.\n"
        "\n"
        "Usage:\n"
        "  smtpdoctor [--lang ja|en] [--preset FILE]   open the troubleshooting window\n"
        "  smtpdoctor check [options]                 check the outgoing mail server and print a report\n"
        "  smtpdoctor explain [options] [TEXT]        explain an error message or a returned mail\n"
        "  smtpdoctor check --help                    the options of check\n"
        "  smtpdoctor explain --help                  the options of explain\n"
        "  smtpdoctor --version                       the version\n");
}

namespace {

// "--name VALUE" or "--name=VALUE" anywhere after the program name.
QString optionValue(const QStringList& arguments, QLatin1String name)
{
    // The last one counts, as in QCommandLineParser::value(), which reads the same options later.
    const QString withEquals = name + QLatin1Char('=');
    QString value;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == name && i + 1 < arguments.size())
            value = arguments[++i];
        else if (arguments[i].startsWith(withEquals))
            value = arguments[i].mid(withEquals.size());
    }
    return value;
}

} // namespace

QString languageArgument(const QStringList& arguments)
{
    return optionValue(arguments, QLatin1String("--lang"));
}

StartOptions startOptions(const QStringList& arguments)
{
    return { optionValue(arguments, QLatin1String("--preset")), !languageArgument(arguments).isEmpty() };
}

void attachToParentConsole()
{
#if defined(Q_OS_WIN)
    const auto unusable = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h == nullptr || h == INVALID_HANDLE_VALUE;
    };
    const bool out = unusable(STD_OUTPUT_HANDLE), err = unusable(STD_ERROR_HANDLE), in = unusable(STD_INPUT_HANDLE);
    if (!(out || err || in) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE* ignored = nullptr;
    if (out)
        freopen_s(&ignored, "CONOUT$", "w", stdout);
    if (err)
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    if (in)
        freopen_s(&ignored, "CONIN$", "r", stdin);
#endif
}

void printError(const QString& message)
{
    QString line = message.simplified();
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString& text)
{
    printOut(text.toUtf8());
}

} // namespace SmtpDoctor
