#pragma once

#include <QStringList>

namespace SmtpDoctor {

// `smtpdoctor explain`: explains a reply line, a client error message or a whole bounce.
// Returns the contract's exit code.
int runExplainCommand(const QStringList& arguments);

} // namespace SmtpDoctor
