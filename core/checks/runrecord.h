#pragma once

#include "core/checks/portprobe.h"
#include "core/checks/stepresult.h"
#include "core/smtp/transcript.h"

#include <QDateTime>

#include <optional>

namespace SmtpDoctor {

// Everything one run found, as the runner hands it over; core/report adds who to ask and renders it.
struct RunRecord
{
    QDateTime startedAt;
    AccountSettings settings;
    QList<StepResult> steps;
    QList<PortProbeResult> probes;
    std::optional<Endpoint> recommendation; // the settings that worked, to type into the mail program
    QList<TranscriptEntry> transcript;
    bool signedIn = false; // the server accepted the credentials (AuthOutcome::signedIn)
    QString acceptedUser; // the user name the server accepted (the other form, when only that worked)
    // The sign-in methods the server offers on the recommended connection, once encrypted (upper case,
    // "PLAIN", "XOAUTH2"...): what decides the authentication method to choose in the mail program.
    QStringList authMechanisms;

    bool anyFailed() const;
    const StepResult* step(StepId id) const;
};

} // namespace SmtpDoctor
