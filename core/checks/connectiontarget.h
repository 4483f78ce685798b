#pragma once

#include "core/settings/accountsettings.h"
#include "core/smtp/certificatepin.h"
#include "core/smtp/sessiontypes.h"

#include <QHostAddress>

#include <optional>

namespace SmtpDoctor {

// Where a run connects to: the account's server, the address to use when one address family is broken,
// and the one certificate the user's consent covers in this run (certificatepin.h).
struct ConnectionTarget
{
    AccountSettings settings;
    std::optional<QHostAddress> connectAddress;
    SharedCertificatePin certificatePin = std::make_shared<CertificatePin>();
};

// The one mapping from an endpoint to a session's configuration: the name for the certificate and SNI
// always, the address when one was chosen; never AUTH in clear where encryption was asked for.
SessionConfig sessionConfigFor(const ConnectionTarget& target, const Endpoint& endpoint);

} // namespace SmtpDoctor
