#pragma once

#include "core/checks/stepresult.h"
#include "core/settings/accountsettings.h"
#include "core/smtp/capabilities.h"
#include "core/smtp/sessiontypes.h"

#include <QHostAddress>
#include <QMap>
#include <QPointer>

#include <optional>

namespace SmtpDoctor {

class PortSweep;
class SmtpSession;
class Transcript;

// How one port of the sweep answered.
struct PortProbeResult
{
    Endpoint endpoint;
    bool ok = false;         // greeting and EHLO/HELO done
    SessionFailure failure;  // why not, when !ok
    SmtpReply greeting;
    SmtpReply ehloReply;     // the refusal, when EHLO was refused and HELO used
    bool usedHelo = false;
    Capabilities capabilities;
    TlsInfo tls;             // implicit TLS: what the handshake showed (the chain as presented)
    bool background = false; // probed only to compare (port 25 block, inspection), not for the user's settings
    bool silenceProbed = false; // the peer said nothing, so a probe line was sent to make it answer
    bool cutOff = false;     // stopped unfinished because the check had its answer (PortSweep::cutOff)
    qint64 connectMs = -1;
    qint64 durationMs = 0;
};

// What the steps of one run share. The runner owns it; each step reads what earlier steps left here.
struct CheckContext
{
    AccountSettings settings;
    QString password; // never rendered anywhere
    Transcript* transcript = nullptr;

    QList<QHostAddress> addresses;      // network step
    std::optional<QHostAddress> connectAddress; // network step: connect here (one address family is broken)
    qint64 hostSilentMs = 0;            // network step: how long the host was already waited for, in vain
    QList<PortProbeResult> probes;      // server step: every port tried (final after the interference step)
    QPointer<PortSweep> sweep;          // server step: may go on probing other ports in the background
    QPointer<SmtpSession> session;      // the main connection, open and Ready when usable
    Endpoint endpoint;                  // what `session` is connected with
    std::optional<Endpoint> mismatchedEndpoint; // the user's endpoint, when the other security worked there
    std::optional<SessionFailure> implicitTlsFailure; // TCP worked, the TLS-from-the-start handshake did not
    // The one unverified certificate the user's consent covers in this run (core/smtp/certificatepin.h).
    SharedCertificatePin certificatePin = std::make_shared<CertificatePin>();

    QMap<StepId, StepResult> results;

    StepStatus statusOf(StepId id) const { return results.contains(id) ? results.value(id).status : StepStatus::Skip; }
    SessionConfig sessionConfig(const Endpoint& endpoint) const;
};

LocalizedText securityLabel(Security s); // "SSL/TLS", "STARTTLS", "none (unencrypted)", "automatic"

} // namespace SmtpDoctor
