#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// What SPF macros (RFC 7208 section 7) expand to during one check.
struct SpfMacroContext
{
    QString sender; // "alice@example.com" (MAIL FROM)
    QString domain; // the <domain> of the check_host() being evaluated
    QHostAddress ip; // the client address; null when the check asks about no address at all
    QString helo; // the client's EHLO name; "unknown" when not known
};

namespace SpfMacro {

// RFC 7208 section 12: macro-string and domain-spec (a macro-string that ends in "." toplabel or
// in a macro).
bool isValidMacroString(const QString& text);
bool isValidDomainSpec(const QString& text);
// True when the text expands differently for different senders or client addresses (s l o i p v h),
// which is what a check from outside the mail flow cannot know for every message.
bool dependsOnClient(const QString& text);
// The expansion, or nothing when it needs the client address but the context has none. Domain
// names longer than 253 characters lose labels on the left (RFC 7208 section 4.8 and 7.3).
std::optional<QString> expandDomain(const QString& domainSpec, const SpfMacroContext& context);

} // namespace SpfMacro

} // namespace SmtpDoctor
