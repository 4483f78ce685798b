#pragma once

#include "core/settings/accountsettings.h"

#include <QList>

namespace SmtpDoctor {

// Which mail ports are worth trying and which is preferred: the one place that knows 465, 587, 25 and
// 2525 (RFC 8314: SSL/TLS from the start on 465 first, then STARTTLS submission on 587, then 25, 2525).
namespace PortPolicy {

constexpr quint16 ImplicitTlsPort = 465;
constexpr quint16 SubmissionPort = 587;
constexpr quint16 RelayPort = 25;

// The usual ports for a security choice, most preferred first; Auto gives every port with the
// security it normally has.
QList<Endpoint> candidates(Security security);
// The endpoint for a port the user gave: automatic security means SSL/TLS on 465, STARTTLS elsewhere.
Endpoint endpointFor(quint16 port, Security security);
// Lower is better. A STARTTLS endpoint whose server did not offer STARTTLS ranks last.
int preferenceRank(const Endpoint& endpoint, bool startTlsOffered);
// 465 and 587: the ports meant for mail programs (port 25 is the one providers block).
bool isSubmissionPort(quint16 port);
// Ports to try when checking that a host answers at all: the user's port first, then 465 and 587.
QList<quint16> reachabilityPorts(quint16 userPort);

} // namespace PortPolicy

} // namespace SmtpDoctor
