#pragma once

#include "core/checks/portprobe.h"
#include "core/findings/finding.h"

#include <QDateTime>

#include <optional>

namespace SmtpDoctor {

// What the interference step judges from: every port the sweep tried (complete), and the runner's own
// connection as the TLS step left it.
struct InterferenceInputs
{
    struct MainConnection
    {
        Endpoint endpoint;
        SmtpReply greeting;
        SmtpReply ehloReply;
        Capabilities capabilities;
        TlsInfo tls;
    };
    AccountSettings settings;
    QList<PortProbeResult> probes;
    std::optional<MainConnection> main;
};

// The interference step's judgements. Each returns nothing when there is no sign of its kind of
// interference.
namespace InterferenceDetectors {

// Port 25 filtered or refused while 465 or 587 answer: the provider's outbound port 25 block (OP25B).
std::optional<Finding> port25Block(const InterferenceInputs& in);
// A firewall's SMTP inspection: the plain-text conversation differs from what arrives over TLS.
std::optional<Finding> esmtpInspection(const InterferenceInputs& in);
// A certificate signed by a security program or proxy (whether this computer trusts it or not).
std::optional<Finding> tlsInterception(const InterferenceInputs& in);
// A system proxy for this connection, or a proxy's own greeting.
QList<Finding> proxies(const InterferenceInputs& in);
// Every port accepted, even one no server uses (`canaryPort`): a transparent proxy answers for all.
Finding transparentProxy(const InterferenceInputs& in, quint16 canaryPort);
// Certificate dates that fit only a wrong clock, from evidence that can be trusted (clockjudgement.h):
// never when a chain verified against this clock, never from a greeting's date alone.
std::optional<Finding> clockSkew(const InterferenceInputs& in, const QDateTime& now);

// Every certificate chain seen: the main session's, then each implicit-TLS probe's.
QList<QList<QSslCertificate>> chainsSeen(const InterferenceInputs& in);

} // namespace InterferenceDetectors

} // namespace SmtpDoctor
