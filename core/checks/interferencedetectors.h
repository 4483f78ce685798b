#pragma once

#include "core/checks/checkcontext.h"
#include "core/checks/finding.h"

#include <QDateTime>

#include <optional>

namespace SmtpDoctor {

// The interference step's judgements, each from what the server and TLS steps and the port sweep saw
// (CheckContext::probes complete, CheckContext::session as the TLS step left it). Each returns nothing
// when there is no sign of its kind of interference.
namespace InterferenceDetectors {

// Port 25 filtered or refused while 465 or 587 answer: the provider's outbound port 25 block (OP25B).
std::optional<Finding> port25Block(const CheckContext& ctx);
// A firewall's SMTP inspection: the plain-text conversation differs from what arrives over TLS.
std::optional<Finding> esmtpInspection(const CheckContext& ctx);
// A certificate signed by a security program or proxy (whether this computer trusts it or not).
std::optional<Finding> tlsInterception(const CheckContext& ctx);
// A system proxy for this connection, or a proxy's own greeting.
QList<Finding> proxies(const CheckContext& ctx);
// Every port accepted, even one no server uses (`canaryPort`): a transparent proxy answers for all.
Finding transparentProxy(const CheckContext& ctx, quint16 canaryPort);
// Certificate dates (and the server's own clock, when its greeting shows it) that fit only a wrong clock.
std::optional<Finding> clockSkew(const CheckContext& ctx, const QDateTime& now);

// Every certificate chain seen: the main session's, then each implicit-TLS probe's.
QList<QList<QSslCertificate>> chainsSeen(const CheckContext& ctx);

} // namespace InterferenceDetectors

} // namespace SmtpDoctor
