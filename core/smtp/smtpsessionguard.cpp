// The defensive parts of SmtpSession: input that could inject commands, replies nobody asked for,
// consent bound to one certificate, and naming the old TLS version a server insists on.
#include "core/smtp/legacytlsprobe.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

#include <QSslSocket>

namespace SmtpDoctor {

bool SmtpSession::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpSession::refuseUnsafeInput(const QStringList& values, const QString& what)
{
    // Defence in depth: the command line and the wizard validate first, but nothing that reaches a
    // command may carry a line break or NUL (it would let one value smuggle in a second command).
    for (const QString& v : values) {
        if (v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\n')) || v.contains(QChar(0))) {
            failLater(SessionFailure::Kind::InvalidInput,
                QStringLiteral("%1 contains a line break or NUL; nothing was sent").arg(what));
            return true;
        }
    }
    return false;
}

void SmtpSession::handleUnsolicited()
{
    // A reply while no command is outstanding. RFC 5321 allows one kind: 421, the server closing the
    // channel. Anything else means the two sides are out of step (or someone in between is adding
    // lines), so no later reply could be trusted to answer our command: close the connection at once.
    // The session stays Ready in name so that the next operation reports why (see beginOperation).
    const SmtpReply reply = m_parser.takeReply();
    m_parser.discardBuffered();
    const bool closing = reply.code == 421;
    m_pendingFailure = {};
    m_pendingFailure.kind
        = closing ? SessionFailure::Kind::ClosedByServer : SessionFailure::Kind::ProtocolError;
    m_pendingFailure.state = m_state;
    m_pendingFailure.reply = reply;
    m_pendingFailure.detail = closing ? QStringLiteral("the server closed the connection between commands")
                                      : QStringLiteral("the server sent a reply that was never asked for");
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("Closing: %1").arg(m_pendingFailure.detail), connectionLabel());
    m_deadline.stop();
    m_socket->abort();
}

void SmtpSession::judgeCertificateConsent()
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    m_tls.certificateSha256 = CertificatePin::digestOf(leaf);
    m_tls.consented = false;
    if (m_tls.verified || !m_config.allowInsecureAuth || m_config.legacyTlsProbe)
        return;
    // Consent covers the first unverified certificate of the run only (certificatepin.h).
    m_tls.consented = m_pin->admit(leaf);
    if (!m_tls.consented && m_transcript)
        m_transcript->addInfo(
            QStringLiteral("This certificate differs from the one accepted earlier in this check; "
                           "the consent to continue does not cover it"),
            connectionLabel());
}

bool SmtpSession::failWithLegacyTlsProbe(const QString& detail, bool tlsError)
{
    // Worth a second look: an alert about the version, or the server hanging up in the middle of the
    // handshake (some old servers do that instead of sending the alert).
    const bool handshaking
        = m_state == SessionState::TlsHandshake || m_state == SessionState::StartTlsHandshake;
    const bool versionLike
        = tlsError ? LegacyTlsProbe::looksLikeVersionMismatch(detail) : m_tls.errors.isEmpty();
    if (!handshaking || m_config.legacyTlsProbe || m_legacyProbe || !versionLike)
        return false;
    m_failure.detail = detail;
    SessionConfig config = m_config;
    config.implicitTls = m_state == SessionState::TlsHandshake;
    auto* probe = new LegacyTlsProbe(config, m_transcript, this);
    m_legacyProbe = probe;
    connect(probe, &LegacyTlsProbe::finished, this,
        [this, detail](const QString& protocol) { onLegacyTlsProbeFinished(protocol, detail); });
    if (m_transcript)
        m_transcript->addInfo(
            QStringLiteral("The handshake found no common TLS version; connecting once more, "
                           "allowing old versions, only to learn which one the server uses"),
            connectionLabel());
    // The probe's own waits are bounded; this deadline bounds the whole of it.
    armDeadline(2 * m_config.timeoutMs);
    probe->start();
    return true;
}

void SmtpSession::onLegacyTlsProbeFinished(const QString& protocol, const QString& detail)
{
    if (m_legacyProbe)
        m_legacyProbe->deleteLater();
    m_legacyProbe = nullptr;
    m_failure.outdatedTlsVersion = protocol;
    if (m_transcript && !protocol.isEmpty())
        m_transcript->addInfo(
            QStringLiteral("The server speaks only %1, which this computer no longer accepts").arg(protocol),
            connectionLabel());
    fail(SessionFailure::Kind::TlsHandshakeFailed, detail);
}

} // namespace SmtpDoctor
