#pragma once

#include "core/findings/stepid.h"
#include "core/settings/accountsettings.h"
#include "core/smtp/sessiontypes.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// What each step hands to the steps after it (the interference and send steps hand nothing on). A step
// writes only its own outcome, once, when it finishes; later steps read earlier outcomes and never
// another step's working state.

struct NetworkOutcome
{
    QList<QHostAddress> addresses;
    std::optional<QHostAddress> connectAddress; // connect here: the other address family is broken
    qint64 hostSilentMs = 0; // how long the host was already waited for, in vain
};

struct ServerOutcome
{
    // The connection the runner keeps open for the next steps (the port that works, or the one
    // suggested instead of the user's); none when no port could be used.
    std::optional<Endpoint> endpoint;
    std::optional<Endpoint> mismatchedEndpoint; // the user's endpoint, when the other security worked there
    std::optional<SessionFailure> implicitTlsFailure; // TCP worked, the TLS-from-the-start handshake did not
    // Automatic port: STARTTLS was already tried on the kept connection and failed (the TLS step says how).
    std::optional<SessionFailure> startTlsFailure;
};

struct TlsOutcome
{
    TlsInfo tls; // what was negotiated on the runner's connection (encrypted, verified, protocol...)
};

struct AuthOutcome
{
    bool signedIn = false; // the server accepted the credentials (password or token) actually sent
    QString acceptedUser; // the user name it accepted (the other form, when only that worked)
    SignInMethod method = SignInMethod::Password; // how the step signed in (or tried to)
    SaslMechanism mechanism = SaslMechanism::None; // the SASL mechanism the server accepted
    // OAuth: the refresh token to keep (the provider's new one when it rotated it, else the one used),
    // and whether it is new. A secret: only the caller that saves it reads it (CheckRunner).
    QString refreshToken;
    bool refreshTokenIsNew = false;
};

struct RunOutcomes
{
    QMap<StepId, StepStatus> statuses;
    NetworkOutcome network;
    ServerOutcome server;
    TlsOutcome tls;
    AuthOutcome auth;

    // Skip for a step that has not run.
    StepStatus statusOf(StepId id) const { return statuses.value(id, StepStatus::Skip); }
};

} // namespace SmtpDoctor
