#pragma once

#include "core/knowledge/explainer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace SmtpDoctor {

// Renders what `explain` found, in the installed language: the JSON of ../shared/cli-contract.md
// (plus "reason", "id", "finding", "retry" and "retryAdvice" in each item) or text for a terminal.
namespace ExplanationReport {

QByteArray json(const QString& input, const QList<ExplanationItem>& items, const QString& language);
QString text(const QList<ExplanationItem>& items);
LocalizedText classLabel(ReplyClass c);

} // namespace ExplanationReport

} // namespace SmtpDoctor
