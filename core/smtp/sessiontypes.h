#pragma once

#include "core/smtp/certificatepin.h"
#include "core/smtp/saslmechanism.h"
#include "core/smtp/smtpreply.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace SmtpDoctor {

// Where the session is; every state that waits for the network has a deadline.
enum class SessionState {
    Idle,
    Connecting,        // TCP connect
    TlsHandshake,      // implicit TLS, before the greeting
    Greeting,          // waiting for 220
    Ehlo,
    Helo,              // EHLO was refused, trying HELO
    Ready,             // open and idle: the next operation may start
    StartTls,          // waiting for the reply to STARTTLS
    StartTlsHandshake,
    EhloAfterTls,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    MessageBody,
    Noop,              // waiting for the reply to NOOP
    Quit,
    Closed,
};

QString sessionStateName(SessionState s);

struct SessionConfig
{
    QString host;          // name or IP literal, already in ASCII (punycode) form
    quint16 port = 0;
    bool implicitTls = false;
    QString peerName;      // the name the certificate must carry; defaults to host
    QString ehloName;      // defaults to our own address as a literal, "[192.0.2.1]"
    int timeoutMs = 10000; // longest single wait
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecureAuth = false; // the user's consent to AUTH without a verified TLS connection
    // Plain text only: when the peer has sent nothing this long after connecting, say "QUIT" once, so that
    // a peer that does not speak first (a web server) answers and can be named. A greeting arriving after
    // that ends open() as Silent with the greeting as reply (the server is SMTP, only slow). 0: never.
    int silenceProbeMs = 0;
    // The user asked for encryption (SSL/TLS or STARTTLS): nothing but STARTTLS and QUIT is ever sent
    // in clear, whatever allowInsecureAuth says; consent then only covers an unverified certificate.
    bool requireTls = false;
    // Shared by every session of one run, so that consent covers one certificate only (see
    // certificatepin.h). Null: the session pins for itself.
    SharedCertificatePin certificatePin;
    // Diagnosis only (tlsdiagnosisprobe.h): a second handshake that answers one question about a failed
    // one, closes right after the handshake and never sends anything. OldTlsVersion also accepts TLS
    // 1.0/1.1 and weak keys; ClientCertificate trusts no authority and notes when the server's
    // certificate arrived.
    enum class Diagnosis { None, OldTlsVersion, ClientCertificate };
    Diagnosis diagnosis = Diagnosis::None;
};

struct SessionFailure
{
    enum class Kind {
        None,
        HostNotFound,
        Refused,
        Timeout,        // no answer within the deadline (connect or a reply)
        Reset,          // closed or reset before the greeting
        ClosedByServer, // closed after the greeting, in the middle of something
        NetworkError,   // unreachable network, no route...
        Silent,         // connected, but no greeting arrived
        NotSmtp,        // another protocol answered; see otherProtocol
        GreetingRejected,
        HeloRejected,
        ProtocolError,  // malformed, oversized or endless replies
        StartTlsNotOffered,
        StartTlsRejected,
        TlsHandshakeFailed,
        AuthInsecure,   // refused to send credentials: not encrypted/verified and no consent
        AuthNotOffered,
        AuthMechanismUnsupported,
        AuthRejected,   // the server answered the AUTH exchange with an error; see reply
        MessageTooLarge, // larger than the server's SIZE, not sent
        CommandRejected, // MAIL/RCPT/DATA/body refused; see state and reply
        InvalidInput,    // CR, LF or NUL (or another unusable character) in something meant for a command
        NotEncrypted,    // refused to send a message in clear where encryption was required
    };

    Kind kind = Kind::None;
    SessionState state = SessionState::Idle; // what the session was doing
    SmtpReply reply;                         // the server's reply, when it gave one
    QString detail;                          // technical detail (socket or TLS error text)
    QString otherProtocol;                   // NotSmtp: "POP3", "IMAP", "HTTP", "SSH", "TLS"...
    QString outdatedTlsVersion;              // TlsHandshakeFailed: the old version ("TLS 1.0") the server insists on
    OAuthErrorStatus oauthError;             // AuthRejected with a bearer token: the server's JSON status, if any
    bool clientCertificateRequired
        = false; // TlsHandshakeFailed: the server ended it for want of a client certificate

    bool isFailure() const { return kind != Kind::None; }
};

QString failureKindName(SessionFailure::Kind k);

struct TlsInfo
{
    bool encrypted = false;
    bool implicit = false;
    bool verified = false;          // no certificate error at all
    bool consented = false;         // not verified, but the very certificate the user's consent is pinned to
    QByteArray certificateSha256;   // of the leaf certificate
    QList<QSslError> errors;        // what the verification found (the handshake went on, unverified)
    QList<QSslCertificate> chain;   // as presented by the server
    QString protocol;               // "TLS 1.3"
    bool protocolOutdated = false;  // TLS 1.0/1.1 or SSL
    QString cipher;
    qint64 injectedBytes = 0;       // sent by the server between STARTTLS's 220 and the handshake
};

struct Credentials
{
    Credentials() = default;
    Credentials(const QString& user, const QString& password)
        : user(user)
        , password(password)
    {
    }

    QString user;
    QString password;
    // OAuth 2.0: a bearer token from the provider instead of a password, sent with XOAUTH2 or OAUTHBEARER.
    QString accessToken;
    // The mechanism to use; None: the strongest one both sides support for this kind of credential.
    SaslMechanism mechanism = SaslMechanism::None;

    bool isToken() const { return !accessToken.isEmpty(); }
    static Credentials bearer(
        const QString& user, const QString& accessToken, SaslMechanism mechanism = SaslMechanism::None)
    {
        Credentials c(user, {});
        c.accessToken = accessToken;
        c.mechanism = mechanism;
        return c;
    }
};

struct Envelope
{
    QString from;
    QString to;
    QByteArray message; // headers and body, CRLF line ends, not dot-stuffed
};

} // namespace SmtpDoctor
