#pragma once

#include "core/i18n/localizedtext.h"
#include "core/settings/accountsettings.h"

#include <optional>

namespace SmtpDoctor {

// What the user typed as the server, understood: "smtp.example.com", "smtp.example.com:587",
// "smtp://host:587", "smtps://host", "[2001:db8::1]:465", "::1", "メール.例え.jp" (IDN).
struct HostInput
{
    QString host;        // ASCII form for the wire (punycode for IDN, bare IPv6 literal)
    QString displayHost; // as typed, without scheme/port
    std::optional<quint16> port;
    std::optional<Security> security; // smtps:// implies TLS, smtp:// says nothing
};

// Each returns an empty LocalizedText when the input is fine, else a sentence saying what is wrong.
LocalizedText parseHostInput(const QString& text, HostInput* out);
LocalizedText validatePort(const QString& text, quint16* port); // "auto" or "" gives 0
LocalizedText validateEmailAddress(const QString& address);
LocalizedText validateUserName(const QString& user);
// CR, LF or NUL in anything that goes into an SMTP command would let it inject commands.
bool containsLineBreakOrNul(const QString& text);

} // namespace SmtpDoctor
