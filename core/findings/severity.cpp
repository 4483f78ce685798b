#include "core/findings/severity.h"

namespace SmtpDoctor {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString sideName(Side s)
{
    switch (s) {
    case Side::You:
        return QStringLiteral("you");
    case Side::Network:
        return QStringLiteral("network");
    case Side::Server:
        return QStringLiteral("server");
    case Side::Recipient:
        return QStringLiteral("recipient");
    }
    return {};
}

LocalizedText sideLabel(Side s)
{
    switch (s) {
    case Side::You:
        return { "Side", QT_TRANSLATE_NOOP("Side", "Your settings or computer") };
    case Side::Network:
        return { "Side", QT_TRANSLATE_NOOP("Side", "Your network, provider, firewall or antivirus") };
    case Side::Server:
        return { "Side", QT_TRANSLATE_NOOP("Side", "Your mail provider's server") };
    case Side::Recipient:
        return { "Side", QT_TRANSLATE_NOOP("Side", "The receiving side") };
    }
    return {};
}

} // namespace SmtpDoctor
