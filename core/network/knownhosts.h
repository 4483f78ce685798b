#pragma once

#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// Outgoing server names of well-known mail providers, to catch typos in a name that does not resolve.
QStringList knownSmtpHosts();

// The known provider server that `typed` most likely meant ("smtp.gmial.com" -> "smtp.gmail.com"), or
// empty when none is close enough or `typed` is itself a known name.
QString suggestKnownHost(const QString& typed);

// Edit distance counting insertions, deletions, substitutions and swaps of two neighbours as one each
// (optimal string alignment), the usual shape of typing mistakes.
int typingDistance(const QString& a, const QString& b);

} // namespace SmtpDoctor
