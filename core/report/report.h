#pragma once

#include "core/checks/runrecord.h"

namespace SmtpDoctor {

// One run's record as the user and the helpdesk see it, ready to render as text, JSON or HTML
// (../shared/cli-contract.md). Texts stay LocalizedText until rendering, so the report speaks whatever
// language is installed then.
struct Report : RunRecord
{
    Report() = default;
    explicit Report(const RunRecord& record)
        : RunRecord(record)
    {
    }

    QString tool = QStringLiteral("smtpdoctor");
    QString version = QStringLiteral(SMTPDOCTOR_VERSION);
    QString helpdesk; // who to contact, from a preset

    // The first finding of the first failing step, the one to fix first.
    const Finding* mainProblem() const;
    const Finding* firstWarning() const; // the first warning of a step that passed with a warning
    // One sentence for the top of the result: what is wrong, or what to use.
    LocalizedText verdict() const;
    // The verdict with whose side the main problem is on, in one sentence: the top line of the result.
    LocalizedText headline() const;

private:
    // The headline when the first problem is the sender domain's (the "Your domain" step), else empty.
    LocalizedText domainHeadline(const Finding& problem) const;
};

} // namespace SmtpDoctor
