#pragma once

#include "core/settings/accountsettings.h"
#include "core/smtp/capabilities.h"
#include "core/smtp/sessiontypes.h"

#include <optional>

namespace SmtpDoctor {

// How one port of the sweep answered.
struct PortProbeResult
{
    Endpoint endpoint;
    bool ok = false; // greeting and EHLO/HELO done
    SessionFailure failure; // why not, when !ok
    SmtpReply greeting;
    SmtpReply ehloReply; // the refusal, when EHLO was refused and HELO used
    bool usedHelo = false;
    Capabilities capabilities;
    TlsInfo tls; // implicit TLS, or after checkTls(): what the handshake showed (the chain as presented)
    // Automatic port: STARTTLS tried on this probe's own connection before the port is chosen, to learn
    // whether it works end to end with a verified certificate (ServerStep).
    enum class TlsCheck { NotRun, Running, Verified, Failed };
    TlsCheck tlsCheck = TlsCheck::NotRun;
    std::optional<SessionFailure> tlsCheckFailure; // how STARTTLS failed there, when it did
    bool background
        = false; // probed only to compare (port 25 block, inspection), not for the user's settings
    bool silenceProbed = false; // the peer said nothing, so a probe line was sent to make it answer
    bool cutOff = false; // stopped unfinished because the check had its answer (PortSweep::cutOff)
    bool connected = false; // the TCP connection was made (a refusal is an answer, not a connection)
    qint64 connectMs = -1; // until the connection attempt was answered: connected or refused
    qint64 durationMs = 0;
};

} // namespace SmtpDoctor
