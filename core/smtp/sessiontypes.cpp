#include "core/smtp/sessiontypes.h"

namespace SmtpDoctor {

QString sessionStateName(SessionState s)
{
    switch (s) {
    case SessionState::Idle: return QStringLiteral("idle");
    case SessionState::Connecting: return QStringLiteral("connecting");
    case SessionState::TlsHandshake: return QStringLiteral("tls-handshake");
    case SessionState::Greeting: return QStringLiteral("greeting");
    case SessionState::Ehlo: return QStringLiteral("ehlo");
    case SessionState::Helo: return QStringLiteral("helo");
    case SessionState::Ready: return QStringLiteral("ready");
    case SessionState::StartTls: return QStringLiteral("starttls");
    case SessionState::StartTlsHandshake: return QStringLiteral("starttls-handshake");
    case SessionState::EhloAfterTls: return QStringLiteral("ehlo-after-tls");
    case SessionState::Auth: return QStringLiteral("auth");
    case SessionState::MailFrom: return QStringLiteral("mail-from");
    case SessionState::RcptTo: return QStringLiteral("rcpt-to");
    case SessionState::Data: return QStringLiteral("data");
    case SessionState::MessageBody: return QStringLiteral("message-body");
    case SessionState::Noop: return QStringLiteral("noop");
    case SessionState::Quit: return QStringLiteral("quit");
    case SessionState::Closed: return QStringLiteral("closed");
    }
    return {};
}

QString failureKindName(SessionFailure::Kind k)
{
    using K = SessionFailure::Kind;
    switch (k) {
    case K::None: return QStringLiteral("none");
    case K::HostNotFound: return QStringLiteral("host-not-found");
    case K::Refused: return QStringLiteral("refused");
    case K::Timeout: return QStringLiteral("timeout");
    case K::Reset: return QStringLiteral("reset");
    case K::ClosedByServer: return QStringLiteral("closed-by-server");
    case K::NetworkError: return QStringLiteral("network-error");
    case K::Silent: return QStringLiteral("silent");
    case K::NotSmtp: return QStringLiteral("not-smtp");
    case K::GreetingRejected: return QStringLiteral("greeting-rejected");
    case K::HeloRejected: return QStringLiteral("helo-rejected");
    case K::ProtocolError: return QStringLiteral("protocol-error");
    case K::StartTlsNotOffered: return QStringLiteral("starttls-not-offered");
    case K::StartTlsRejected: return QStringLiteral("starttls-rejected");
    case K::TlsHandshakeFailed: return QStringLiteral("tls-handshake-failed");
    case K::AuthInsecure: return QStringLiteral("auth-insecure");
    case K::AuthNotOffered: return QStringLiteral("auth-not-offered");
    case K::AuthMechanismUnsupported: return QStringLiteral("auth-mechanism-unsupported");
    case K::AuthRejected: return QStringLiteral("auth-rejected");
    case K::MessageTooLarge: return QStringLiteral("message-too-large");
    case K::CommandRejected: return QStringLiteral("command-rejected");
    case K::InvalidInput: return QStringLiteral("invalid-input");
    case K::NotEncrypted: return QStringLiteral("not-encrypted");
    }
    return {};
}

} // namespace SmtpDoctor
