#include "app/commandline.h"

#include <cstdio>

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

QString languageArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
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
