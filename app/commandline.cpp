#include "app/commandline.h"

#include "core/i18n/textcut.h"
#include "core/network/knownhosts.h"
#include "core/smtp/smtpreply.h"

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
        if (a == QLatin1String("check-domain"))
            return Subcommand::CheckDomain;
        break;
    }
    return Subcommand::Wizard;
}

QString unknownSubcommand(const QStringList& arguments)
{
    if (subcommandOf(arguments) != Subcommand::Wizard)
        return {};
    // Options that take the next argument as their value: ours, and those QGuiApplication and
    // QApplication read themselves (with one dash or two).
    static const QStringList withValue { QStringLiteral("lang"), QStringLiteral("preset"),
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("session"), QStringLiteral("display"),
        QStringLiteral("geometry"), QStringLiteral("style"), QStringLiteral("stylesheet"),
        QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("visual") };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a.startsWith(QLatin1Char('-'))) {
            QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && withValue.contains(name))
                ++i;
            continue;
        }
        return a;
    }
    return {};
}

QString unknownSubcommandMessage(const QString& word)
{
    static const QStringList commands { QStringLiteral("check"), QStringLiteral("explain"),
        QStringLiteral("check-domain") };
    const QString shown = makeControlCharactersVisible(shortenedText(word, 40, u"…"));
    QString closest;
    int best = 0;
    for (const QString& c : commands) {
        const int d = typingDistance(word.toLower(), c);
        if (closest.isEmpty() || d < best) {
            closest = c;
            best = d;
        }
    }
    // Close enough to be a typo: two slips, or a third of a longer word.
    if (best <= std::max<int>(2, int(word.size()) / 3))
        return QCoreApplication::translate(
            "main", "Unknown command \"%1\". Did you mean \"%2\"? (smtpdoctor --help lists the commands.)")
            .arg(shown, closest);
    return QCoreApplication::translate(
        "main", "Unknown command \"%1\". smtpdoctor --help lists the commands.")
        .arg(shown);
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
        "  smtpdoctor --version                       the version\n")
        + QCoreApplication::translate("main",
            "  smtpdoctor check-domain DOMAIN [options]   check the sender domain's SPF, DKIM, DMARC and MX records\n"
            "  smtpdoctor check-domain --help             the options of check-domain\n");
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
