#include "core/autodetect/detectedserver.h"

#include "core/settings/accountsettings.h"

namespace SmtpDoctor {

QString detectionSourceName(DetectionSource s)
{
    switch (s) {
    case DetectionSource::ProviderTable: return QStringLiteral("provider-table");
    case DetectionSource::Autoconfig: return QStringLiteral("autoconfig");
    case DetectionSource::Srv: return QStringLiteral("srv");
    case DetectionSource::ProviderByMx: return QStringLiteral("provider-mx");
    case DetectionSource::Mx: return QStringLiteral("mx");
    }
    return {};
}

LocalizedText detectionSourceLabel(DetectionSource s)
{
    switch (s) {
    case DetectionSource::ProviderTable:
        return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "SMTP Doctor's list of mail providers") };
    case DetectionSource::Autoconfig:
        return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "the setup file your mail domain publishes (autoconfig)") };
    case DetectionSource::Srv:
        return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "your mail domain's DNS entry for sending (SRV)") };
    case DetectionSource::ProviderByMx:
        return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "SMTP Doctor's list of mail providers, matched by the server that receives your domain's mail (MX)") };
    case DetectionSource::Mx:
        return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "the server that receives your domain's mail (MX), only a guess") };
    }
    return {};
}

LocalizedText DetectedServer::description() const
{
    const QString sourceText = detectionSourceLabel(source).toString();
    if (port == 0)
        return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "%1 (port not known), from %2"), { host, sourceText } };
    return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "%1, port %2 (%3), from %4"),
        { host, QString::number(port), securityLabel(security).toString(), sourceText } };
}

} // namespace SmtpDoctor
