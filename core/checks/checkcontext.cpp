#include "core/checks/checkcontext.h"

namespace SmtpDoctor {

SessionConfig CheckContext::sessionConfig(const Endpoint& e) const
{
    SessionConfig config;
    config.host = connectAddress ? connectAddress->toString() : settings.host;
    config.peerName = settings.host; // certificate and SNI: always the name, also when connecting to an address
    config.port = e.port;
    config.implicitTls = e.security == Security::Tls;
    config.timeoutMs = settings.timeoutMs();
    config.extraCaCertificates = settings.extraCaCertificates;
    config.allowInsecureAuth = settings.allowInsecure;
    config.requireTls = e.security == Security::Tls || e.security == Security::StartTls;
    config.certificatePin = certificatePin;
    return config;
}

LocalizedText securityLabel(Security s)
{
    switch (s) {
    case Security::Tls: return LocalizedText::verbatim(QStringLiteral("SSL/TLS"));
    case Security::StartTls: return LocalizedText::verbatim(QStringLiteral("STARTTLS"));
    case Security::None: return { "Security", QT_TRANSLATE_NOOP("Security", "none (unencrypted)") };
    case Security::Auto: return { "Security", QT_TRANSLATE_NOOP("Security", "automatic") };
    }
    return {};
}

} // namespace SmtpDoctor
