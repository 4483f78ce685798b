// The pure parts of OAuth sign-in, checked against the specifications' own examples: PKCE (RFC 7636
// appendix B), XOAUTH2 (Google's documentation), OAUTHBEARER (RFC 7628 4.1), the 334 error status
// (Gmail's), token endpoint answers (RFC 6749 5.1/5.2) and the built-in provider profiles.
#include "core/oauth/oauthprofile.h"
#include "core/oauth/pkce.h"
#include "core/oauth/tokenresponse.h"
#include "core/smtp/saslmechanism.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SmtpDoctor;
using Kind = OAuthFailure::Kind;

Q_DECLARE_METATYPE(OAuthFailure::Kind)

class TestOAuthUnits : public QObject
{
    Q_OBJECT
private slots:
    void pkceAppendixB();
    void pkceRandomValues();
    void xoauth2Example();
    void oauthBearerExample();
    void oauthBearerEscapesTheName();
    void errorStatus_data();
    void errorStatus();
    void bearerTokenCharacters_data();
    void bearerTokenCharacters();
    void mechanismChoice();
    void tokenResponse_data();
    void tokenResponse();
    void builtInProfiles();
};

void TestOAuthUnits::pkceAppendixB()
{
    QCOMPARE(Pkce::challengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuthUnits::pkceRandomValues()
{
    // RFC 7636 4.1: 43-128 characters of [A-Za-z0-9-._~]; 256 bits of randomness give 43.
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString verifier = Pkce::makeVerifier();
        const QString state = Pkce::makeState();
        QCOMPARE(verifier.size(), 43);
        QCOMPARE(state.size(), 22);
        QVERIFY(unreserved.match(verifier).hasMatch());
        QVERIFY(unreserved.match(state).hasMatch());
        QCOMPARE(Pkce::challengeS256(verifier).size(), 43);
        seen << verifier << state;
    }
    QCOMPARE(seen.size(), 100);
}

void TestOAuthUnits::xoauth2Example()
{
    QCOMPARE(Sasl::xoauth2Response(QStringLiteral("someuser@example.com"),
                 QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")),
        QByteArrayLiteral("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbG"
                          "NrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
}

void TestOAuthUnits::oauthBearerExample()
{
    QCOMPARE(
        Sasl::oauthBearerResponse(QStringLiteral("user@example.com"), QStringLiteral("server.example.com"),
            143, QStringLiteral("vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg==")),
        QByteArrayLiteral("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9Qm"
                          "VhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2c9PQEB"));
}

void TestOAuthUnits::oauthBearerEscapesTheName()
{
    // RFC 5801 saslname: "," and "=" would end or confuse the gs2 header.
    const QByteArray raw = QByteArray::fromBase64(
        Sasl::oauthBearerResponse(QStringLiteral("a,b=c@example.com"), QString(), 0, QStringLiteral("tok")));
    QCOMPARE(raw,
        QByteArray("n,a=a=2Cb=3Dc@example.com,\x01"
                   "auth=Bearer tok\x01\x01"));
}

void TestOAuthUnits::errorStatus_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("empty");

    QTest::newRow("Gmail XOAUTH2") << QByteArrayLiteral(
        "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==")
                                   << QStringLiteral("400") << QStringLiteral("https://mail.google.com/")
                                   << false;
    QTest::newRow("RFC 7628 OAUTHBEARER")
        << QByteArray(R"({"status":"invalid_token","scope":"example_scope"})").toBase64()
        << QStringLiteral("invalid_token") << QStringLiteral("example_scope") << false;
    QTest::newRow("number status") << QByteArray(R"({"status":401})").toBase64() << QStringLiteral("401")
                                   << QString() << false;
    QTest::newRow("not base64") << QByteArrayLiteral("this is not base64!") << QString() << QString() << true;
    QTest::newRow("base64, not JSON") << QByteArrayLiteral("aGVsbG8=") << QString() << QString() << true;
    QTest::newRow("empty challenge") << QByteArray() << QString() << QString() << true;
    QTest::newRow("control characters shown") << QByteArray("{\"status\":\"4\\u001b[31m01\"}").toBase64()
                                              << QStringLiteral("4\\x1B[31m01") << QString() << false;
}

void TestOAuthUnits::errorStatus()
{
    QFETCH(QByteArray, challenge);
    QFETCH(QString, status);
    QFETCH(QString, scope);
    QFETCH(bool, empty);
    const OAuthErrorStatus s = Sasl::readOAuthErrorStatus(challenge);
    QCOMPARE(s.isEmpty(), empty);
    QCOMPARE(s.status, status);
    QCOMPARE(s.scope, scope);
}

void TestOAuthUnits::bearerTokenCharacters_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::newRow("JWT") << QStringLiteral("eyJ0eXAi.eyJhdWQi.c2lnbmF0dXJl") << true;
    QTest::newRow("Google") << QStringLiteral("ya29.a0AfB_byC-x~y+z/w==") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("abc def") << false;
    QTest::newRow("^A") << QStringLiteral("abc\x01"
                                          "auth=Bearer x")
                        << false;
    QTest::newRow("CRLF") << QStringLiteral("abc\r\nQUIT") << false;
    QTest::newRow("= inside") << QStringLiteral("ab=cd") << false;
    QTest::newRow("only =") << QStringLiteral("==") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("tökén") << false;
}

void TestOAuthUnits::bearerTokenCharacters()
{
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QCOMPARE(Sasl::isBearerToken(token), ok);
}

void TestOAuthUnits::mechanismChoice()
{
    const QStringList gmail { QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("XOAUTH2"),
        QStringLiteral("PLAIN-CLIENTTOKEN"), QStringLiteral("OAUTHBEARER"), QStringLiteral("XOAUTH") };
    QCOMPARE(chooseTokenSaslMechanism(gmail), SaslMechanism::XOAuth2);
    QCOMPARE(chooseTokenSaslMechanism(gmail, { SaslMechanism::XOAuth2 }), SaslMechanism::OAuthBearer);
    QCOMPARE(chooseTokenSaslMechanism({ QStringLiteral("oauthbearer") }), SaslMechanism::OAuthBearer);
    QCOMPARE(
        chooseTokenSaslMechanism({ QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }), SaslMechanism::None);
    // A password never goes to a token mechanism, whatever the server offers.
    QCOMPARE(chooseSaslMechanism({ QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER") }),
        SaslMechanism::None);
    QVERIFY(isTokenMechanism(SaslMechanism::OAuthBearer));
    QVERIFY(!isTokenMechanism(SaslMechanism::Plain));
}

void TestOAuthUnits::tokenResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("error");

    const QByteArray json = "application/json";
    QTest::newRow("RFC 6749 5.1")
        << 200 << json
        << QByteArray(R"({"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600})")
        << Kind::BadTokenResponse << QString(); // only Bearer can go to SMTP
    QTest::newRow("bearer with refresh")
        << 200 << json
        << QByteArray(
               R"({"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"Bearer","expires_in":"3600","refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA","scope":"a b"})")
        << Kind::None << QString();
    QTest::newRow("RFC 6749 5.2") << 400 << QByteArray("application/json;charset=UTF-8")
                                  << QByteArray(R"({"error":"invalid_request"})") << Kind::TokenRefused
                                  << QStringLiteral("invalid_request");
    QTest::newRow("Microsoft invalid_grant")
        << 400 << json
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired.","error_codes":[70008]})")
        << Kind::TokenRefused << QStringLiteral("invalid_grant");
    QTest::newRow("error with HTTP 200") << 200 << json << QByteArray(R"({"error":"slow_down"})")
                                         << Kind::TokenRefused << QStringLiteral("slow_down");
    QTest::newRow("form encoded") << 200 << QByteArray("application/x-www-form-urlencoded")
                                  << QByteArray("access_token=abc.def&token_type=bearer") << Kind::None
                                  << QString();
    QTest::newRow("HTML error page") << 502 << QByteArray("text/html")
                                     << QByteArray("<html>Bad gateway</html>") << Kind::BadTokenResponse
                                     << QString();
    QTest::newRow("no access token") << 200 << json << QByteArray(R"({"token_type":"Bearer"})")
                                     << Kind::BadTokenResponse << QString();
    QTest::newRow("token with a space")
        << 200 << json << QByteArray(R"({"access_token":"a b","token_type":"Bearer"})")
        << Kind::BadTokenResponse << QString();
    QTest::newRow("JSON array") << 200 << json << QByteArray("[1,2]") << Kind::BadTokenResponse << QString();
    QTest::newRow("too large") << 200 << json << QByteArray(TokenResponse::MaxBodyBytes + 1, ' ')
                               << Kind::BadTokenResponse << QString();
}

void TestOAuthUnits::tokenResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, error);
    const TokenResponse r = TokenResponse::parse(status, contentType, body);
    QCOMPARE(r.failure.kind, kind);
    QCOMPARE(r.failure.error, error);
    QCOMPARE(r.tokens.isEmpty(), kind != Kind::None);
    if (kind == Kind::TokenRefused)
        QCOMPARE(r.failure.httpStatus, status);
    if (QTest::currentDataTag() == QByteArray("bearer with refresh")) {
        QCOMPARE(r.tokens.accessToken, QStringLiteral("2YotnFZFEjr1zCsicMWpAA"));
        QCOMPARE(r.tokens.refreshToken, QStringLiteral("tGzv3JOkF0XG5Qx2TlKWIA"));
        QVERIFY(r.tokens.refreshTokenIsNew);
        QCOMPARE(r.tokens.scope, QStringLiteral("a b"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(r.tokens.expiresAt);
        QVERIFY(left > 3000 && left <= 3600);
    }
    if (QTest::currentDataTag() == QByteArray("Microsoft invalid_grant"))
        QVERIFY(r.failure.errorDescription.startsWith(QStringLiteral("AADSTS70008")));
}

void TestOAuthUnits::builtInProfiles()
{
    const OAuthProfile ms = OAuthProfiles::microsoft();
    QCOMPARE(ms.authorizeUrl,
        QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize")));
    QCOMPARE(ms.tokenUrl,
        QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token")));
    QCOMPARE(ms.scope, QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    QVERIFY(ms.problem().isEmpty());
    QCOMPARE(OAuthProfiles::microsoft(QStringLiteral("common")).tokenUrl.path(),
        QStringLiteral("/common/oauth2/v2.0/token"));
    const OAuthProfile google = OAuthProfiles::google();
    QCOMPARE(google.scope, QStringLiteral("https://mail.google.com/"));
    QCOMPARE(google.tokenUrl.host(), QStringLiteral("oauth2.googleapis.com"));
    QVERIFY(google.problem().isEmpty());
    // Nobody's client id is borrowed: empty unless the build sets one.
    QCOMPARE(ms.clientId, OAuthProfiles::builtInClientId(OAuthProvider::Microsoft));
    QCOMPARE(google.clientId, OAuthProfiles::builtInClientId(OAuthProvider::Google));

    QCOMPARE(OAuthProfiles::forProviderId(QStringLiteral("gmail"))->provider, OAuthProvider::Google);
    QCOMPARE(OAuthProfiles::forProviderId(QStringLiteral("microsoft365"))->tenant,
        QStringLiteral("organizations"));
    QCOMPARE(OAuthProfiles::forProviderId(QStringLiteral("outlook"))->tenant, QStringLiteral("common"));
    QVERIFY(!OAuthProfiles::forProviderId(QStringLiteral("icloud")));
    QCOMPARE(
        OAuthProfiles::forSmtpHost(QStringLiteral("SMTP.Office365.com"))->provider, OAuthProvider::Microsoft);
    QCOMPARE(OAuthProfiles::forSmtpHost(QStringLiteral("smtp.gmail.com"))->provider, OAuthProvider::Google);
    QVERIFY(!OAuthProfiles::forSmtpHost(QStringLiteral("mail.example.com")));

    OAuthProfile plain = ms;
    plain.tokenUrl = QUrl(QStringLiteral("http://login.example.com/token"));
    QVERIFY(!plain.problem().isEmpty());
}

QTEST_GUILESS_MAIN(TestOAuthUnits)
#include "tst_oauthunits.moc"
