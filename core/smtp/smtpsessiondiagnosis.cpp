// The handshake diagnoses of SmtpSession: why a TLS handshake failed, told from the server's alert and,
// where that is ambiguous, from one more diagnostic handshake (tlsdiagnosisprobe.h): the old TLS
// version a server insists on, or a server that wants a client certificate.
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

#include <QSslSocket>

namespace SmtpDoctor {

namespace {

bool isHandshakeState(SessionState s)
{
    return s == SessionState::TlsHandshake || s == SessionState::StartTlsHandshake;
}

} // namespace

void SmtpSession::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString& description)
{
    if (level != QSsl::AlertLevel::Fatal)
        return;
    m_fatalAlert = type;
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("TLS alert from the server: %1 (%2)")
                                  .arg(makeControlCharactersVisible(description))
                                  .arg(int(type)),
            connectionLabel());
}

void SmtpSession::onHandshakeInterrupted(const QSslError&)
{
    // Only the client-certificate diagnosis trusts nothing and asks to be interrupted: the server's
    // certificate has arrived. Its verdict does not matter here; the handshake goes on.
    m_serverCertificateArrived = true;
    m_socket->continueInterruptedHandshake();
}

bool SmtpSession::diagnoseHandshakeRefusal(const QString& detail, bool tlsError, bool closed)
{
    using A = QSsl::AlertType;
    const bool handshaking = isHandshakeState(m_state);
    // TLS 1.3: this computer's part of the handshake ends before the server has judged a client
    // certificate, so the server's verdict arrives before its first words.
    const bool rightAfterHandshake = m_tls.encrypted
        && ((m_state == SessionState::Greeting && !m_greeting.isValid())
            || (m_state == SessionState::EhloAfterTls && !m_parser.hasBufferedData()));
    if (!handshaking && !rightAfterHandshake)
        return false;
    const std::optional<A> alert = tlsError ? m_fatalAlert : std::nullopt;
    const bool aboutCertificate = alert
        && (*alert == A::CertificateRequired || *alert == A::HandshakeFailure || *alert == A::BadCertificate
            || *alert == A::CertificateUnknown);
    if (m_config.diagnosis == SessionConfig::Diagnosis::ClientCertificate) {
        // The probe (TLS 1.2): refused after the server had shown its certificate and asked for ours, and
        // before its own Finished (which it sends only once it accepted what this side sent).
        if (handshaking && m_serverCertificateArrived && !m_socket->isEncrypted()
            && (aboutCertificate || (closed && !m_fatalAlert))) {
            failClientCertificateRequired(detail);
            return true;
        }
        return false;
    }
    if (m_config.diagnosis != SessionConfig::Diagnosis::None || m_diagnosisProbe)
        return false;
    if (alert == A::CertificateRequired || (aboutCertificate && rightAfterHandshake)) {
        failClientCertificateRequired(detail);
        return true;
    }
    // Ambiguous: "handshake failure" is also what a server says that shares no cipher with this
    // computer, and a server may hang up right after the handshake for other reasons. A TLS 1.2
    // handshake shows which (tlsdiagnosisprobe.h).
    if ((handshaking && alert == A::HandshakeFailure) || (rightAfterHandshake && closed && !m_fatalAlert)) {
        startTlsDiagnosis(SessionConfig::Diagnosis::ClientCertificate, detail);
        return true;
    }
    return false;
}

void SmtpSession::failClientCertificateRequired(const QString& detail)
{
    // The server did not accept the handshake: no encrypted connection exists, whatever this side saw.
    m_tls.encrypted = false;
    m_failure.clientCertificateRequired = true;
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("The server ends the connection because this computer has no "
                                             "client certificate to show"),
            connectionLabel());
    setState(m_config.implicitTls ? SessionState::TlsHandshake : SessionState::StartTlsHandshake);
    fail(SessionFailure::Kind::TlsHandshakeFailed, detail);
}

bool SmtpSession::failWithLegacyTlsProbe(const QString& detail, bool tlsError)
{
    // Worth a second look: an alert about the version, or the server hanging up in the middle of the
    // handshake (some old servers do that instead of sending the alert).
    const bool versionLike
        = tlsError ? TlsDiagnosisProbe::looksLikeVersionMismatch(detail) : m_tls.errors.isEmpty();
    if (!isHandshakeState(m_state) || m_config.diagnosis != SessionConfig::Diagnosis::None || m_diagnosisProbe
        || !versionLike)
        return false;
    startTlsDiagnosis(SessionConfig::Diagnosis::OldTlsVersion, detail);
    return true;
}

void SmtpSession::startTlsDiagnosis(SessionConfig::Diagnosis question, const QString& detail)
{
    m_diagnosisQuestion = question;
    m_failure.detail = detail;
    SessionConfig config = m_config;
    config.implicitTls = m_config.implicitTls;
    auto* probe = new TlsDiagnosisProbe(question, config, m_transcript, this);
    m_diagnosisProbe = probe;
    connect(probe, &TlsDiagnosisProbe::finished, this,
        [this, detail](const TlsDiagnosisProbe::Answer& answer) { onTlsDiagnosisFinished(answer, detail); });
    if (m_transcript)
        m_transcript->addInfo(question == SessionConfig::Diagnosis::OldTlsVersion
                ? QStringLiteral("The handshake found no common TLS version; connecting once more, "
                                 "allowing old versions, only to learn which one the server uses")
                : QStringLiteral("The server refused the handshake; connecting once more only to learn "
                                 "whether it wants a client certificate"),
            connectionLabel());
    // The probe's own waits are bounded; this deadline bounds the whole of it.
    armDeadline(2 * m_config.timeoutMs);
    probe->start();
}

void SmtpSession::onTlsDiagnosisFinished(
    const TlsDiagnosisProbe::Answer& answer, const QString& detail, bool mayAskAgain)
{
    if (m_diagnosisProbe)
        m_diagnosisProbe->deleteLater();
    m_diagnosisProbe = nullptr;
    m_failure.outdatedTlsVersion = answer.oldProtocol;
    if (m_transcript && !answer.oldProtocol.isEmpty())
        m_transcript->addInfo(
            QStringLiteral("The server speaks only %1, which this computer no longer accepts")
                .arg(answer.oldProtocol),
            connectionLabel());
    if (answer.clientCertificateRequired) {
        failClientCertificateRequired(detail);
        return;
    }
    // A server that hung up in the middle of the handshake and speaks no old version may still be one
    // that wants a client certificate and does not say so.
    if (mayAskAgain && m_diagnosisQuestion == SessionConfig::Diagnosis::OldTlsVersion
        && answer.oldProtocol.isEmpty() && m_tls.errors.isEmpty() && !m_fatalAlert && m_busy) {
        startTlsDiagnosis(SessionConfig::Diagnosis::ClientCertificate, detail);
        return;
    }
    using K = SessionFailure::Kind;
    if (isHandshakeState(m_state))
        fail(K::TlsHandshakeFailed, detail);
    else // hung up right after the handshake, and not for want of a client certificate
        fail(m_state == SessionState::Greeting ? K::Reset : K::ClosedByServer, detail);
}

} // namespace SmtpDoctor
