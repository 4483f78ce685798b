#pragma once

#include "core/smtp/capabilities.h"
#include "core/smtp/replyparser.h"
#include "core/smtp/saslmechanism.h"
#include "core/smtp/sessiontypes.h"
#include "core/smtp/tlsdiagnosisprobe.h"

#include <QObject>
#include <QPointer>
#include <QSsl>
#include <QSslError>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace SmtpDoctor {

class Transcript;

// One SMTP client connection as an explicit state machine on QSslSocket. Each public operation runs
// asynchronously and ends with exactly one finished(ok) signal; on !ok, failure() says why. Every wait
// has a deadline that does not restart while bytes trickle in, so a server cannot hold the session.
//
//   open()         connect [+ implicit TLS] -> 220 greeting -> EHLO (HELO on refusal)
//   startTls()     STARTTLS -> handshake -> EHLO again (earlier capabilities are forgotten)
//   authenticate() AUTH with the strongest common mechanism (a bearer token: XOAUTH2 or OAUTHBEARER);
//                  refuses without verified TLS unless allowed
//   sendMessage()  MAIL FROM -> RCPT TO -> DATA -> message
//   noop()         NOOP: keeps an idle connection open (while the user signs in through the browser)
//   quit()         QUIT, bounded wait for 221, close; always finishes with true
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    SmtpSession(const SessionConfig& config, Transcript* transcript, QObject* parent = nullptr);
    ~SmtpSession() override;

    void open();
    void startTls();
    void authenticate(const Credentials& credentials);
    void sendMessage(const Envelope& envelope);
    void noop();
    void quit();
    void abort(); // closes at once; no finished() for the running operation

    const SessionConfig& config() const { return m_config; }
    SessionState state() const { return m_state; }
    bool isReady() const { return m_state == SessionState::Ready; }
    // False once the connection is gone, also between operations (the next operation then says why).
    bool isConnected() const;
    const SessionFailure& failure() const { return m_failure; }
    SmtpReply greeting() const { return m_greeting; }
    SmtpReply ehloReply() const { return m_ehloReply; }
    SmtpReply lastReply() const { return m_lastReply; }
    bool usedHelo() const { return m_usedHelo; }
    Capabilities capabilities() const { return m_capabilities; }
    Capabilities capabilitiesBeforeTls() const { return m_capabilitiesBeforeTls; }
    const TlsInfo& tls() const { return m_tls; }
    SaslMechanism usedMechanism() const { return m_mechanism; }
    // Why authenticate() would send nothing right now (AuthInsecure, AuthNotOffered), without trying; kind
    // None when credentials may go out. Lets a caller stop before asking the user to sign in.
    SessionFailure authBlocker() const;
    qint64 connectMs() const { return m_connectMs; } // TCP connect round trip, -1 before
    bool silenceProbeSent() const { return m_silenceProbeSent; }
    QString connectionLabel() const;

signals:
    void stateChanged(SmtpDoctor::SessionState state);
    void finished(bool ok);

private:
    void setState(SessionState state);
    bool send(const QByteArray& line, const QString& shownAs = {});
    void armDeadline(int ms = -1);
    void succeed();
    void fail(SessionFailure::Kind kind, const QString& detail = {}, const SmtpReply& reply = {});
    void failLater(SessionFailure::Kind kind, const QString& detail = {}, const SmtpReply& reply = {});
    bool beginOperation(SessionState requiredState);

    void onConnected();
    void onEncrypted();
    void askSystemTrust();
    void continueEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString& description);
    void onHandshakeInterrupted(const QSslError& error);
    void onReadyRead();
    void onSocketError();
    void onDeadline();
    void onSilence();

    void handleReply(const SmtpReply& reply);
    void handleGreeting(const SmtpReply& reply);
    void handleEhlo(const SmtpReply& reply);
    void handleStartTls(const SmtpReply& reply);
    void handleAuth(const SmtpReply& reply);
    void handleSend(const SmtpReply& reply);
    void handleNoop(const SmtpReply& reply);
    void sendEhlo();
    SaslMechanism pickMechanism() const;
    void startAuthMechanism();
    // Bearer tokens (XOAUTH2, OAUTHBEARER), in smtpsessionoauth.cpp.
    bool refuseUnusableToken(const Credentials& credentials);
    void sendTokenResponse(bool asAnswer = false);
    void handleTokenChallenge(const SmtpReply& reply);
    bool credentialsSent() const; // everything the mechanism needs from the user has gone out
    void recordTlsSession();
    void handleParserError();
    // Defences, in smtpsessionguard.cpp.
    bool refuseUnsafeInput(const QStringList& values, const QString& what);
    void handleUnsolicited();
    void judgeCertificateConsent();
    // Handshake diagnoses, in smtpsessiondiagnosis.cpp.
    bool failWithLegacyTlsProbe(const QString& detail, bool tlsError);
    bool diagnoseHandshakeRefusal(const QString& detail, bool tlsError, bool closed);
    void failClientCertificateRequired(const QString& detail);
    void startTlsDiagnosis(SessionConfig::Diagnosis question, const QString& detail);
    void onTlsDiagnosisFinished(
        const TlsDiagnosisProbe::Answer& answer, const QString& detail, bool mayAskAgain = true);

    SessionConfig m_config;
    QPointer<Transcript> m_transcript;
    QSslSocket* m_socket = nullptr;
    QTimer m_deadline;
    QTimer m_silence;
    bool m_silenceProbeSent = false;
    ReplyParser m_parser;
    SessionState m_state = SessionState::Idle;
    bool m_busy = false;
    SessionFailure m_failure;
    SmtpReply m_greeting;
    SmtpReply m_ehloReply;
    SmtpReply m_lastReply;
    bool m_usedHelo = false;
    bool m_receivedAny = false; // the first bytes name another protocol, if any
    SessionFailure m_pendingFailure; // what closed the connection between operations (an unsolicited 421...)
    SharedCertificatePin m_pin;
    QPointer<QObject> m_diagnosisProbe;
    SessionConfig::Diagnosis m_diagnosisQuestion = SessionConfig::Diagnosis::None;
    std::optional<QSsl::AlertType> m_fatalAlert; // the last fatal TLS alert the server sent
    bool m_serverCertificateArrived = false; // client-certificate diagnosis: the handshake got that far
    Capabilities m_capabilities;
    Capabilities m_capabilitiesBeforeTls;
    TlsInfo m_tls;
    bool m_judgingTrust = false; // the system store is being asked about a chain (systemtrust.h)
    qint64 m_connectStartMs = -1;
    qint64 m_connectMs = -1;

    Credentials m_credentials;
    SaslMechanism m_mechanism = SaslMechanism::None;
    QList<SaslMechanism> m_refusedMechanisms;
    int m_authRound = 0;
    bool m_authCancelled = false;
    bool m_tokenRefused = false; // the server answered the bearer token with its JSON error status

    Envelope m_envelope;
};

} // namespace SmtpDoctor
