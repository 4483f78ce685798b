#include "core/findings/stepid.h"

namespace SmtpDoctor {

QString stepIdName(StepId id)
{
    switch (id) {
    case StepId::Network: return QStringLiteral("network");
    case StepId::Server: return QStringLiteral("server");
    case StepId::Tls: return QStringLiteral("tls");
    case StepId::Auth: return QStringLiteral("auth");
    case StepId::Interference: return QStringLiteral("interference");
    case StepId::Send: return QStringLiteral("send");
    case StepId::Domain: return QStringLiteral("domain");
    }
    return {};
}

QString stepStatusName(StepStatus s)
{
    switch (s) {
    case StepStatus::Pass: return QStringLiteral("pass");
    case StepStatus::Warn: return QStringLiteral("warn");
    case StepStatus::Fail: return QStringLiteral("fail");
    case StepStatus::Skip: return QStringLiteral("skip");
    }
    return {};
}

LocalizedText stepTitle(StepId id)
{
    switch (id) {
    case StepId::Network: return { "Step", QT_TRANSLATE_NOOP("Step", "Network connection") };
    case StepId::Server: return { "Step", QT_TRANSLATE_NOOP("Step", "Mail server and port") };
    case StepId::Tls: return { "Step", QT_TRANSLATE_NOOP("Step", "Secure connection (SSL/TLS)") };
    case StepId::Auth: return { "Step", QT_TRANSLATE_NOOP("Step", "User name and password") };
    case StepId::Interference: return { "Step", QT_TRANSLATE_NOOP("Step", "Firewall and antivirus") };
    case StepId::Send: return { "Step", QT_TRANSLATE_NOOP("Step", "Test message") };
    case StepId::Domain: return { "Step", QT_TRANSLATE_NOOP("Step", "Your domain") };
    }
    return {};
}

LocalizedText stepStatusLabel(StepStatus s)
{
    switch (s) {
    case StepStatus::Pass: return { "Step", QT_TRANSLATE_NOOP("Step", "OK") };
    case StepStatus::Warn: return { "Step", QT_TRANSLATE_NOOP("Step", "Warning") };
    case StepStatus::Fail: return { "Step", QT_TRANSLATE_NOOP("Step", "Problem found") };
    case StepStatus::Skip: return { "Step", QT_TRANSLATE_NOOP("Step", "Not checked") };
    }
    return {};
}

QList<StepId> checklistSteps(bool withSend, bool withDomain)
{
    QList<StepId> steps { StepId::Network, StepId::Server, StepId::Tls, StepId::Auth, StepId::Interference };
    if (withSend)
        steps.append(StepId::Send);
    if (withDomain)
        steps.append(StepId::Domain);
    return steps;
}

} // namespace SmtpDoctor
