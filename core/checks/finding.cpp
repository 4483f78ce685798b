#include "core/checks/finding.h"

#include "core/knowledge/findingcatalog.h"

namespace SmtpDoctor {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString sideName(Side s)
{
    switch (s) {
    case Side::You: return QStringLiteral("you");
    case Side::Network: return QStringLiteral("network");
    case Side::Server: return QStringLiteral("server");
    case Side::Recipient: return QStringLiteral("recipient");
    }
    return {};
}

LocalizedText sideLabel(Side s)
{
    switch (s) {
    case Side::You: return { "Side", QT_TRANSLATE_NOOP("Side", "Your settings or computer") };
    case Side::Network: return { "Side", QT_TRANSLATE_NOOP("Side", "Your network, provider, firewall or antivirus") };
    case Side::Server: return { "Side", QT_TRANSLATE_NOOP("Side", "Your mail provider's server") };
    case Side::Recipient: return { "Side", QT_TRANSLATE_NOOP("Side", "The receiving side") };
    }
    return {};
}

Finding Finding::make(const QString& id, const QStringList& args)
{
    Finding f;
    f.id = id;
    f.args = args;
    if (const FindingInfo* info = FindingCatalog::find(id)) {
        f.severity = info->severity;
        f.side = info->side;
    } else {
        qWarning("finding id without catalog entry: %s", qPrintable(id));
    }
    return f;
}

LocalizedText Finding::title() const
{
    const FindingInfo* info = FindingCatalog::find(id);
    return info ? LocalizedText(FindingCatalog::Context, info->title, args) : LocalizedText::verbatim(id);
}

LocalizedText Finding::explanation() const
{
    const FindingInfo* info = FindingCatalog::find(id);
    return info ? LocalizedText(FindingCatalog::Context, info->explanation, args) : LocalizedText();
}

LocalizedText Finding::fix() const
{
    const FindingInfo* info = FindingCatalog::find(id);
    return info ? LocalizedText(FindingCatalog::Context, info->fix, args) : LocalizedText();
}

} // namespace SmtpDoctor
