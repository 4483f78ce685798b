#pragma once

#include "core/smtp/sessiontypes.h"

#include <QObject>
#include <QPointer>

namespace SmtpDoctor {

class SmtpSession;
class Transcript;

// When a handshake fails, one more connection, set up to answer one question, can tell the user why:
//  - OldTlsVersion: client and server share no TLS version. Also accepting TLS 1.0/1.1 (and the weak
//    keys that go with them) names the old version the server insists on.
//  - ClientCertificate: the server sent a "handshake failure" alert. Trusting no authority at all, the
//    probe notes whether the server's certificate had arrived when the alert came: a server that shares
//    no cipher with this computer says so before it shows its certificate, one that wants a client
//    certificate only after this computer answered its certificate request without one.
// Diagnosis only: the probe session says nothing but EHLO and STARTTLS (for a STARTTLS port) and
// closes the moment the handshake is done; it never authenticates or sends mail. Every wait of it has
// the session's deadline.
class TlsDiagnosisProbe : public QObject
{
    Q_OBJECT
public:
    using Question = SessionConfig::Diagnosis;
    struct Answer
    {
        QString oldProtocol; // OldTlsVersion: "TLS 1.0"; empty when it could not be told
        bool clientCertificateRequired = false; // ClientCertificate
    };

    TlsDiagnosisProbe(
        Question question, const SessionConfig& config, Transcript* transcript, QObject* parent = nullptr);

    void start();

    // True for handshake errors that mean "no common protocol version" (OpenSSL's words).
    static bool looksLikeVersionMismatch(const QString& errorText);

signals:
    void finished(const SmtpDoctor::TlsDiagnosisProbe::Answer& answer);

private:
    void onOpened(bool ok);
    void onStartTlsFinished(bool ok);
    void report();

    Question m_question;
    SmtpSession* m_session;
    bool m_reported = false;
};

} // namespace SmtpDoctor
