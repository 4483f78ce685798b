#include "core/checks/connectiontarget.h"

namespace SmtpDoctor {

SessionConfig sessionConfigFor(const ConnectionTarget& target, const Endpoint& e)
{
    const AccountSettings& s = target.settings;
    SessionConfig config;
    config.host = target.connectAddress ? target.connectAddress->toString() : s.host;
    config.peerName = s.host; // certificate and SNI: always the name, also when connecting to an address
    config.port = e.port;
    config.implicitTls = e.security == Security::Tls;
    config.timeoutMs = s.timeoutMs();
    config.extraCaCertificates = s.extraCaCertificates;
    config.allowInsecureAuth = s.allowInsecure;
    config.requireTls = e.security == Security::Tls || e.security == Security::StartTls;
    config.certificatePin = target.certificatePin;
    return config;
}

} // namespace SmtpDoctor
