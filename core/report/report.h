#pragma once

#include "core/checks/checkcontext.h"
#include "core/smtp/transcript.h"

#include <QDateTime>

#include <optional>

namespace SmtpDoctor {

// Everything one run found, ready to render as text, JSON or HTML (../shared/cli-contract.md). Texts
// stay LocalizedText until rendering, so the report speaks whatever language is installed then.
struct Report
{
    QString tool = QStringLiteral("smtpdoctor");
    QString version = QStringLiteral(SMTPDOCTOR_VERSION);
    QDateTime startedAt;
    AccountSettings settings;
    QList<StepResult> steps;
    QList<PortProbeResult> probes;
    std::optional<Endpoint> recommendation;
    QList<TranscriptEntry> transcript;
    QString helpdesk; // who to contact, from a preset

    bool anyFailed() const;
    const StepResult* step(StepId id) const;
    // The first finding of the first failing step, the one to fix first.
    const Finding* mainProblem() const;
    // One sentence for the top of the result: what is wrong, or what to use.
    LocalizedText verdict() const;
};

} // namespace SmtpDoctor
