#pragma once

#include "core/knowledge/checkdomainoffer.h"
#include "core/knowledge/explainer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace SmtpDoctor {

// Renders what `explain` found, in the installed language: the JSON of ../shared/cli-contract.md
// (plus "reason", "id", "finding", "retry" and "retryAdvice" in each item) or text for a terminal.
namespace ExplanationReport {

// With an offer, the JSON gains "checkDomain": {"domain", "command"} (null without one) and the text a
// last paragraph that names the command.
QByteArray json(const QString& input, const QList<ExplanationItem>& items, const QString& language,
    const std::optional<CheckDomainOffer>& offer = std::nullopt);
QString text(
    const QList<ExplanationItem>& items, const std::optional<CheckDomainOffer>& offer = std::nullopt);
LocalizedText classLabel(ReplyClass c);

} // namespace ExplanationReport

} // namespace SmtpDoctor
