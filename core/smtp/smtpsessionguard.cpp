// The defensive parts of SmtpSession: input that could inject commands, replies nobody asked for,
// consent bound to one certificate (the handshake diagnoses are in smtpsessiondiagnosis.cpp).
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
    if (m_tls.verified || !m_config.allowInsecureAuth || m_config.diagnosis != SessionConfig::Diagnosis::None)
        return;
    // Consent covers the first unverified certificate of the run only (certificatepin.h).
    m_tls.consented = m_pin->admit(leaf);
    if (!m_tls.consented && m_transcript)
        m_transcript->addInfo(
            QStringLiteral("This certificate differs from the one accepted earlier in this check; "
                           "the consent to continue does not cover it"),
            connectionLabel());
}

} // namespace SmtpDoctor
