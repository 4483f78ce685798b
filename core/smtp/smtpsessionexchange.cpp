// The conversation part of SmtpSession: the introduction (EHLO/HELO), AUTH and the message transaction.
#include "core/smtp/smtpsession.h"

#include "core/smtp/protocolsniffer.h"
#include "core/smtp/transcript.h"

#include <QHostAddress>
#include <QSslSocket>

namespace SmtpDoctor {

namespace {

// RFC 5321 4.5.2: a line that starts with a dot gets another one; line ends become CRLF.
QByteArray dotStuffed(const QByteArray& message)
{
    QByteArray normalised = message;
    normalised.replace("\r\n", "\n");
    QByteArray out;
    out.reserve(normalised.size() + normalised.size() / 40 + 8);
    for (const QByteArray& line : normalised.split('\n')) {
        if (line.startsWith('.'))
            out.append('.');
        out.append(line);
        out.append("\r\n");
    }
    if (normalised.endsWith('\n'))
        out.chop(2);
    return out;
}

} // namespace

SessionFailure SmtpSession::authBlocker() const
{
    // The one rule that always holds: no credentials in clear or to an unverified server without the
    // user's consent; where encryption was asked for, never in clear at all; and an unverified server
    // only if it shows the very certificate the consent is pinned to (certificatepin.h).
    SessionFailure blocker;
    if (!m_tls.encrypted && (m_config.requireTls || !m_config.allowInsecureAuth)) {
        blocker.kind = SessionFailure::Kind::AuthInsecure;
        blocker.detail = m_config.requireTls
            ? QStringLiteral("not encrypted, although encryption was asked for")
            : QStringLiteral("not encrypted");
    } else if (m_tls.encrypted
        && CertificatePin::digestOf(m_socket->peerCertificate()) != m_tls.certificateSha256) {
        // A renegotiation swapped the certificate after it was judged: judge nothing, send nothing.
        blocker.kind = SessionFailure::Kind::AuthInsecure;
        blocker.detail = QStringLiteral("the server's certificate changed during the connection");
    } else if (m_tls.encrypted && !m_tls.verified && !m_tls.consented) {
        blocker.kind = SessionFailure::Kind::AuthInsecure;
        blocker.detail = m_config.allowInsecureAuth
            ? QStringLiteral("certificate not verified, and not the one accepted earlier in this check")
            : QStringLiteral("certificate not verified");
    } else if (m_capabilities.authMechanisms().isEmpty()) {
        blocker.kind = SessionFailure::Kind::AuthNotOffered;
    }
    blocker.state = m_state;
    return blocker;
}

void SmtpSession::authenticate(const Credentials& credentials)
{
    if (!beginOperation(SessionState::Ready))
        return;
    if (const SessionFailure blocker = authBlocker();
        blocker.isFailure() && blocker.kind != SessionFailure::Kind::AuthNotOffered) {
        failLater(blocker.kind, blocker.detail);
        return;
    }
    // PLAIN separates its fields with NUL; a user name must also fit on one line.
    if (refuseUnsafeInput({ credentials.user }, QStringLiteral("the user name")))
        return;
    if (credentials.isToken() && refuseUnusableToken(credentials))
        return;
    if (!credentials.isToken() && credentials.password.contains(QChar(0))) {
        failLater(SessionFailure::Kind::InvalidInput, QStringLiteral("the password contains NUL; nothing was sent"));
        return;
    }
    if (m_capabilities.authMechanisms().isEmpty()) { // checked after the input, as it always was
        failLater(SessionFailure::Kind::AuthNotOffered);
        return;
    }
    m_credentials = credentials;
    if (m_transcript)
        m_transcript->addSecret(credentials.isToken() ? credentials.accessToken : credentials.password);
    m_refusedMechanisms.clear();
    startAuthMechanism();
}

SaslMechanism SmtpSession::pickMechanism() const
{
    const QStringList offered = m_capabilities.authMechanisms();
    const SaslMechanism wanted = m_credentials.mechanism;
    if (wanted != SaslMechanism::None) {
        // The caller chose one: that one or nothing (it must also suit the kind of credential).
        const bool usable = !m_refusedMechanisms.contains(wanted)
            && isTokenMechanism(wanted) == m_credentials.isToken()
            && offered.contains(saslMechanismName(wanted), Qt::CaseInsensitive);
        return usable ? wanted : SaslMechanism::None;
    }
    return m_credentials.isToken() ? chooseTokenSaslMechanism(offered, m_refusedMechanisms)
                                   : chooseSaslMechanism(offered, m_refusedMechanisms);
}

void SmtpSession::startAuthMechanism()
{
    m_mechanism = pickMechanism();
    if (m_mechanism == SaslMechanism::None) {
        setState(SessionState::Ready);
        QTimer::singleShot(0, this, [this] {
            fail(SessionFailure::Kind::AuthMechanismUnsupported, m_capabilities.authMechanisms().join(QLatin1Char(' ')));
        });
        return;
    }
    m_authRound = 0;
    m_authCancelled = false;
    m_tokenRefused = false;
    setState(SessionState::Auth);
    const QString hidden = Transcript::hiddenMarker();
    switch (m_mechanism) {
    case SaslMechanism::Plain:
        send("AUTH PLAIN " + Sasl::plainResponse(m_credentials.user, m_credentials.password),
            QStringLiteral("AUTH PLAIN ") + hidden);
        break;
    case SaslMechanism::Login: send("AUTH LOGIN"); break;
    case SaslMechanism::CramMd5: send("AUTH CRAM-MD5"); break;
    case SaslMechanism::XOAuth2:
    case SaslMechanism::OAuthBearer:
        sendTokenResponse();
        break;
    case SaslMechanism::None: break;
    }
}

bool SmtpSession::credentialsSent() const
{
    if (m_authCancelled)
        return false;
    switch (m_mechanism) {
    case SaslMechanism::Plain:
        return true; // in the AUTH command itself
    case SaslMechanism::Login:
        return m_authRound >= 2; // the user name, then the password
    case SaslMechanism::CramMd5:
        return m_authRound >= 1; // the one response
    case SaslMechanism::XOAuth2:
    case SaslMechanism::OAuthBearer:
        return !m_tokenRefused; // the token is the initial response; after a refusal nothing can succeed
    case SaslMechanism::None:
        break;
    }
    return false;
}

void SmtpSession::handleAuth(const SmtpReply& reply)
{
    const QString hidden = Transcript::hiddenMarker();
    // Success counts only as the answer to credentials that went out; "accepted" before that (or any
    // other positive reply) is no sign-in at all.
    const bool early = reply.isSuccess() && !credentialsSent();
    if (early || (reply.isSuccess() && reply.code != 235) || (reply.isIntermediate() && reply.code != 334)) {
        fail(SessionFailure::Kind::ProtocolError,
            (early ? QStringLiteral("the server reported success (%1) before the credentials were sent")
                   : QStringLiteral("the server answered %1, which is no answer to AUTH"))
                .arg(reply.code),
            reply);
        return;
    }
    if (reply.code == 235) {
        m_credentials = {};
        setState(SessionState::Ready);
        succeed();
        return;
    }
    if (reply.code == 334) {
        if (m_authCancelled) {
            fail(SessionFailure::Kind::ProtocolError, QStringLiteral("the server kept asking after the exchange was cancelled"), reply);
            return;
        }
        if (isTokenMechanism(m_mechanism)) {
            handleTokenChallenge(reply);
            return;
        }
        const QByteArray challenge = reply.firstLine().toLatin1();
        bool challengeOk = false;
        Sasl::decodeChallenge(challenge, &challengeOk);
        QByteArray answer;
        // LOGIN's prompts are base64 too; anything else is not a LOGIN server talking.
        if (m_mechanism == SaslMechanism::Login && m_authRound == 0 && challengeOk)
            answer = Sasl::base64(m_credentials.user);
        else if (m_mechanism == SaslMechanism::Login && m_authRound == 1 && challengeOk)
            answer = Sasl::base64(m_credentials.password);
        else if (m_mechanism == SaslMechanism::CramMd5 && m_authRound == 0)
            answer = Sasl::cramMd5Response(m_credentials.user, m_credentials.password, challenge);
        ++m_authRound;
        if (answer.isEmpty()) {
            // An unexpected or malformed challenge: cancel the exchange (RFC 4954 "*").
            m_authCancelled = true;
            send("*");
            return;
        }
        send(answer, hidden);
        return;
    }
    if (m_authCancelled) {
        fail(SessionFailure::Kind::ProtocolError, QStringLiteral("unexpected challenge during authentication"), reply);
        return;
    }
    if (reply.code == 504 && m_refusedMechanisms.size() < 3) {
        m_refusedMechanisms.append(m_mechanism);
        if (pickMechanism() != SaslMechanism::None) {
            startAuthMechanism();
            return;
        }
        fail(SessionFailure::Kind::AuthMechanismUnsupported, {}, reply);
        return;
    }
    fail(SessionFailure::Kind::AuthRejected, {}, reply);
}

void SmtpSession::noop()
{
    if (!beginOperation(SessionState::Ready))
        return;
    setState(SessionState::Noop);
    send("NOOP");
}

void SmtpSession::handleNoop(const SmtpReply& reply)
{
    if (reply.code / 100 == 2) {
        setState(SessionState::Ready);
        succeed();
        return;
    }
    // 421: the server is closing the connection; anything else leaves it usable.
    if (reply.code != 421)
        setState(SessionState::Ready);
    fail(SessionFailure::Kind::CommandRejected, {}, reply);
}

void SmtpSession::sendMessage(const Envelope& envelope)
{
    if (!beginOperation(SessionState::Ready))
        return;
    if (refuseUnsafeInput({ envelope.from, envelope.to }, QStringLiteral("an address")))
        return;
    for (const QString& address : { envelope.from, envelope.to }) {
        if (address.contains(QLatin1Char('<')) || address.contains(QLatin1Char('>'))) {
            // "<a@b> SIZE=1" would add parameters to MAIL FROM.
            failLater(SessionFailure::Kind::InvalidInput, QStringLiteral("an address contains < or >; nothing was sent"));
            return;
        }
    }
    if (m_config.requireTls && !m_tls.encrypted) {
        failLater(SessionFailure::Kind::NotEncrypted, QStringLiteral("encryption was asked for but is not active"));
        return;
    }
    m_envelope = envelope;
    const qint64 limit = m_capabilities.sizeLimit();
    if (limit > 0 && envelope.message.size() > limit) {
        failLater(SessionFailure::Kind::MessageTooLarge,
            QStringLiteral("%1 bytes, the server takes at most %2").arg(envelope.message.size()).arg(limit));
        return;
    }
    setState(SessionState::MailFrom);
    QByteArray command = "MAIL FROM:<" + envelope.from.toUtf8() + '>';
    if (m_capabilities.has(QStringLiteral("SIZE")))
        command += " SIZE=" + QByteArray::number(envelope.message.size());
    send(command);
}

void SmtpSession::handleSend(const SmtpReply& reply)
{
    switch (m_state) {
    case SessionState::MailFrom:
        if (reply.code != 250)
            break;
        setState(SessionState::RcptTo);
        send("RCPT TO:<" + m_envelope.to.toUtf8() + '>');
        return;
    case SessionState::RcptTo:
        if (reply.code != 250 && reply.code != 251)
            break;
        setState(SessionState::Data);
        send("DATA");
        return;
    case SessionState::Data: {
        if (reply.code != 354)
            break;
        setState(SessionState::MessageBody);
        const QByteArray body = dotStuffed(m_envelope.message);
        if (m_transcript)
            m_transcript->addClient(QStringLiteral("[message of %1 bytes, not shown]").arg(body.size()), connectionLabel());
        m_socket->write(body);
        send(".");
        return;
    }
    case SessionState::MessageBody:
        if (reply.code != 250)
            break;
        setState(SessionState::Ready);
        succeed();
        return;
    default: break;
    }
    fail(SessionFailure::Kind::CommandRejected, {}, reply);
}

void SmtpSession::sendEhlo()
{
    QString name = m_config.ehloName;
    if (name.isEmpty()) {
        const QHostAddress local = m_socket->localAddress();
        name = local.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[IPv6:%1]").arg(local.toString())
            : QStringLiteral("[%1]").arg(local.toString());
    }
    send((m_state == SessionState::Helo ? "HELO " : "EHLO ") + name.toUtf8());
}

void SmtpSession::handleEhlo(const SmtpReply& reply)
{
    if (reply.code == 250) {
        if (m_state != SessionState::Helo)
            m_ehloReply = reply; // after HELO, keep EHLO's refusal: a firewall answering EHLO with 500 is a clue
        m_capabilities = m_state == SessionState::Helo ? Capabilities() : Capabilities::fromEhloReply(reply);
        if (!m_tls.encrypted)
            m_capabilitiesBeforeTls = m_capabilities;
        setState(SessionState::Ready);
        succeed();
        return;
    }
    if (m_state != SessionState::Helo && reply.isPermanent()) {
        m_ehloReply = reply; // keep the refusal: a firewall answering EHLO with 500 is a clue
        m_usedHelo = true;
        setState(SessionState::Helo);
        sendEhlo();
        return;
    }
    // FTP greets with 220 too; only its greeting or its refusal in its own words gives it away (over
    // TLS from the start as well: FTPS servers greet the same way once encrypted).
    if (looksLikeFtp(m_greeting.text(), reply.text())) {
        m_failure.otherProtocol = QStringLiteral("FTP");
        fail(SessionFailure::Kind::NotSmtp, QStringLiteral("FTP"), m_greeting);
        return;
    }
    const QString command = m_state == SessionState::Helo ? QStringLiteral("HELO") : QStringLiteral("EHLO");
    if (reply.code == 421) {
        // The server is closing the channel, busy or turning this connection away: as a 421 greeting.
        fail(SessionFailure::Kind::GreetingRejected, QStringLiteral("%1 answered 421").arg(command), reply);
        return;
    }
    if (!reply.isTransient() && !reply.isPermanent()) {
        // Neither acceptance nor refusal (a second 220 greeting, a 354...): the two sides are out of step.
        fail(SessionFailure::Kind::ProtocolError,
            QStringLiteral("%1 answered %2").arg(command).arg(reply.code), reply);
        return;
    }
    fail(SessionFailure::Kind::HeloRejected, {}, reply);
}

} // namespace SmtpDoctor
