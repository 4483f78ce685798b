#include "core/settings/portpolicy.h"

namespace SmtpDoctor::PortPolicy {

QList<Endpoint> candidates(Security security)
{
    switch (security) {
    case Security::Tls:
        return { { ImplicitTlsPort, Security::Tls } };
    case Security::StartTls:
        return { { SubmissionPort, Security::StartTls }, { RelayPort, Security::StartTls },
            { 2525, Security::StartTls } };
    case Security::None:
        return { { SubmissionPort, Security::None }, { RelayPort, Security::None },
            { 2525, Security::None } };
    case Security::Auto:
        break;
    }
    return { { ImplicitTlsPort, Security::Tls }, { SubmissionPort, Security::StartTls },
        { RelayPort, Security::StartTls }, { 2525, Security::StartTls } };
}

Endpoint endpointFor(quint16 port, Security security)
{
    if (security == Security::Auto)
        security = port == ImplicitTlsPort ? Security::Tls : Security::StartTls;
    return { port, security };
}

int preferenceRank(const Endpoint& e, bool startTlsOffered)
{
    static const QList<quint16> portOrder { ImplicitTlsPort, SubmissionPort, RelayPort, 2525 };
    const int tier = e.security == Security::Tls                ? 0
        : (e.security != Security::StartTls || startTlsOffered) ? 1
                                                                : 2;
    const qsizetype order = portOrder.indexOf(e.port);
    return tier * 100 + int(order < 0 ? 99 : order);
}

bool isSubmissionPort(quint16 port)
{
    return port == ImplicitTlsPort || port == SubmissionPort;
}

QList<quint16> reachabilityPorts(quint16 userPort)
{
    QList<quint16> ports;
    if (userPort)
        ports << userPort;
    for (const quint16 p : { ImplicitTlsPort, SubmissionPort })
        if (!ports.contains(p))
            ports << p;
    return ports;
}

} // namespace SmtpDoctor::PortPolicy
