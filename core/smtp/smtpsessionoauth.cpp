// The bearer-token part of SmtpSession's AUTH: XOAUTH2 (Google, Microsoft) and OAUTHBEARER (RFC 7628).
// The token is as secret as a password: the same rules on encryption and the certificate apply (see
// authenticate()), and it never reaches the transcript ("AUTH XOAUTH2 [hidden]").
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

namespace SmtpDoctor {

bool SmtpSession::refuseUnusableToken(const Credentials& credentials)
{
    // A token with a space or ^A would end the field early and let the rest be read as another one.
    if (!Sasl::isBearerToken(credentials.accessToken)) {
        failLater(SessionFailure::Kind::InvalidInput,
            QStringLiteral(
                "the access token contains characters a bearer token cannot have; nothing was sent"));
        return true;
    }
    if (credentials.user.contains(QChar(1))) {
        failLater(SessionFailure::Kind::InvalidInput,
            QStringLiteral("the user name contains ^A; nothing was sent"));
        return true;
    }
    return false;
}

void SmtpSession::sendTokenResponse(bool asAnswer)
{
    // Both mechanisms start with an initial response (RFC 4954 4): one round trip when the token is good.
    const QByteArray response = m_mechanism == SaslMechanism::XOAuth2
        ? Sasl::xoauth2Response(m_credentials.user, m_credentials.accessToken)
        : Sasl::oauthBearerResponse(
            m_credentials.user, m_config.peerName, m_config.port, m_credentials.accessToken);
    const QByteArray name = saslMechanismName(m_mechanism).toLatin1();
    if (asAnswer)
        send(response, Transcript::hiddenMarker()); // the server asked for it with an empty 334
    else
        send("AUTH " + name + ' ' + response,
            QStringLiteral("AUTH %1 %2").arg(QString::fromLatin1(name), Transcript::hiddenMarker()));
}

void SmtpSession::handleTokenChallenge(const SmtpReply& reply)
{
    const QByteArray challenge = reply.firstLine().toLatin1().trimmed();
    if (m_authRound == 0 && challenge.isEmpty() && !m_tokenRefused) {
        // "334 " with nothing: a server that did not take the initial response asks for it now.
        sendTokenResponse(true);
        ++m_authRound;
        return;
    }
    ++m_authRound;
    if (m_tokenRefused) {
        // One error status is all either mechanism has; a second challenge is not part of the exchange.
        m_authCancelled = true;
        send("*");
        return;
    }
    // The server refused the token and says why in JSON (Gmail: {"status":"400",...}). The exchange must
    // still be finished: XOAUTH2 with an empty line, OAUTHBEARER with ^A; the final reply follows.
    m_tokenRefused = true;
    m_failure.oauthError = Sasl::readOAuthErrorStatus(challenge);
    if (m_transcript) {
        const QString status
            = m_failure.oauthError.isEmpty() ? QStringLiteral("(not JSON)") : m_failure.oauthError.text;
        m_transcript->addInfo(
            QStringLiteral("The server refused the token: %1").arg(status), connectionLabel());
    }
    const QByteArray answer = Sasl::oauthErrorAcknowledgement(m_mechanism);
    send(answer, answer.isEmpty() ? QStringLiteral("[empty line]") : QString::fromLatin1(answer));
}

} // namespace SmtpDoctor
