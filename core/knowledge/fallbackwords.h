#pragma once

#include "core/knowledge/explainer.h"

#include <QStringView>

#include <optional>

// The last resort of `explain`: a text in which nothing was recognised, but which reports a failure
// ("error", "failed", "できません"...), gets the item of the first topic its words name (signing in,
// encryption, the server's name, the connection, a recipient, the sender), else the item that says
// the failure is unknown. Texts that report no failure (prose, headers) stay unexplained.
namespace SmtpDoctor::FallbackWords {

constexpr qsizetype MaxText = 4000; // longer texts are documents, not one error message

std::optional<ExplanationItem> item(QStringView text);

} // namespace SmtpDoctor::FallbackWords
