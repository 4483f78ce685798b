// The encryption part of SmtpSession: STARTTLS (with its injection defence), the handshake's
// certificate problems, and what the encrypted session turned out to be.
#include "core/smtp/smtpsession.h"

#include "core/smtp/quickack.h"
#include "core/smtp/systemtrust.h"
#include "core/smtp/transcript.h"

#include <QFutureWatcher>
#include <QSslCipher>
#include <QSslSocket>

namespace SmtpDoctor {

namespace {

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1: return QStringLiteral("TLS 1.1");
    case QSsl::TlsV1_0: return QStringLiteral("TLS 1.0");
QT_WARNING_POP
    default: return QStringLiteral("unknown");
    }
}

} // namespace

void SmtpSession::startTls()
{
    if (!beginOperation(SessionState::Ready))
        return;
    if (m_tls.encrypted) {
        failLater(SessionFailure::Kind::ProtocolError, QStringLiteral("already encrypted"));
        return;
    }
    if (!m_capabilities.startTls()) {
        failLater(SessionFailure::Kind::StartTlsNotOffered);
        return;
    }
    setState(SessionState::StartTls);
    send("STARTTLS");
}

void SmtpSession::recordTlsSession()
{
    m_tls.encrypted = true;
    m_tls.verified = m_tls.errors.isEmpty();
    m_tls.chain = m_socket->peerCertificateChain();
    judgeCertificateConsent();
    const QSsl::SslProtocol protocol = m_socket->sessionProtocol();
    m_tls.protocol = protocolName(protocol);
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
    m_tls.protocolOutdated = protocol == QSsl::TlsV1_0 || protocol == QSsl::TlsV1_1;
QT_WARNING_POP
    m_tls.cipher = m_socket->sessionCipher().name();
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("TLS established: %1, %2, certificate %3")
                                  .arg(m_tls.protocol, m_tls.cipher,
                                      m_tls.verified       ? QStringLiteral("verified")
                                          : m_tls.consented ? QStringLiteral("NOT verified (%1 problem(s)), accepted by the user")
                                                                  .arg(m_tls.errors.size())
                                                            : QStringLiteral("NOT verified (%1 problem(s))")
                                                                  .arg(m_tls.errors.size())),
            connectionLabel());
}

void SmtpSession::onEncrypted()
{
    // TLS 1.2: the server's last handshake packets are in, and its next words wait for our ACK.
    requestQuickAcks(*m_socket);
    if (!m_config.extraCaCertificates.isEmpty() && SystemTrust::worthAsking(m_tls.errors)) {
        askSystemTrust();
        return;
    }
    continueEncrypted();
}

void SmtpSession::askSystemTrust()
{
    m_judgingTrust = true;
    armDeadline();
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("The extra CA certificates do not vouch for this certificate; "
                                             "asking the system's trusted authorities"),
            connectionLabel());
    const SessionState judgedIn = m_state;
    auto* watcher = new QFutureWatcher<QList<QSslError>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, judgedIn] {
        watcher->deleteLater();
        if (!m_judgingTrust || m_state != judgedIn)
            return; // the session ended meanwhile (deadline, cancel, the server hung up)
        m_judgingTrust = false;
        if (watcher->result().isEmpty()) {
            if (m_transcript)
                m_transcript->addInfo(QStringLiteral("The system's trusted authorities vouch for it"), connectionLabel());
            m_tls.errors.clear();
        }
        continueEncrypted();
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    });
    watcher->setFuture(SystemTrust::judge(m_socket->peerCertificateChain(), m_config.peerName));
}

void SmtpSession::continueEncrypted()
{
    recordTlsSession();
    if (m_config.diagnosis != SessionConfig::Diagnosis::None) {
        fail(SessionFailure::Kind::TlsHandshakeFailed, QStringLiteral("diagnostic handshake done (%1)").arg(m_tls.protocol));
        return;
    }
    if (m_state == SessionState::TlsHandshake) {
        setState(SessionState::Greeting);
        armDeadline();
    } else if (m_state == SessionState::StartTlsHandshake) {
        // RFC 3207: forget everything learned in clear; only the EHLO over TLS counts.
        m_parser.reset();
        m_capabilities = {};
        setState(SessionState::EhloAfterTls);
        sendEhlo();
    }
}

void SmtpSession::onSslErrors(const QList<QSslError>& errors)
{
    // Continue the handshake to learn more (the post-TLS EHLO), but remember the connection is not
    // verified: authenticate() then refuses to send credentials unless the user consented and this is
    // the very certificate the consent is pinned to (certificatepin.h). Only these exact errors of this
    // exact certificate are ignored, never a blanket ignoreSslErrors().
    for (const QSslError& e : errors) {
        m_tls.errors.append(e);
        if (m_transcript)
            m_transcript->addInfo(QStringLiteral("Certificate problem: %1").arg(e.errorString()), connectionLabel());
    }
    m_socket->ignoreSslErrors(errors);
}

void SmtpSession::handleStartTls(const SmtpReply& reply)
{
    if (reply.code != 220) {
        fail(SessionFailure::Kind::StartTlsRejected, {}, reply);
        return;
    }
    // Anything that came with or after the 220 was sent before the handshake and could have been
    // injected by a man in the middle (RFC 3207 section 6): throw it away, never parse it. Qt 6.4 would
    // otherwise hand bytes still in the socket back after encrypted() as if they had been encrypted.
    qint64 injected = m_parser.discardBuffered();
    injected += m_socket->bytesAvailable();
    if (m_socket->bytesAvailable() > 0)
        m_socket->skip(m_socket->bytesAvailable());
    if (injected > 0) {
        m_tls.injectedBytes += injected;
        if (m_transcript)
            m_transcript->addInfo(QStringLiteral("Discarded %1 bytes the server sent after its STARTTLS reply, "
                                                 "before encryption started").arg(injected),
                connectionLabel());
    }
    m_parser.reset();
    setState(SessionState::StartTlsHandshake);
    armDeadline();
    m_socket->startClientEncryption();
}

} // namespace SmtpDoctor
