// Which finding an OAuth sign-in that went wrong becomes, and which of its explanations it carries
// (core/checks/oauthfindings.h), for the answers the test provider cannot give: Microsoft Entra ID's
// AADSTS codes, Microsoft 365's 535 5.7.3 to a valid token, Gmail's 334 JSON status. Also how the
// provider and the way of signing in are chosen (core/checks/oauthprofilechoice.h), and that the older
// findings point at the OAuth test. Pure functions: no network, no mocks needed.
#include "core/checks/oauthfindings.h"
#include "core/checks/oauthprofilechoice.h"
#include "core/findings/findingcatalog.h"
#include "core/findings/findingid.h"
#include "core/i18n/language.h"
#include "core/settings/presetoauth.h"

#include <QTest>

using namespace SmtpDoctor;
using K = OAuthFailure::Kind;

namespace {

QString allDetails(const Finding& f)
{
    QStringList texts;
    for (const LocalizedText& t : f.details)
        texts << t.toString();
    return texts.join(QLatin1Char('\n'));
}

PresetOAuth customPreset()
{
    PresetOAuth p;
    p.provider = QStringLiteral("custom");
    p.clientId = QStringLiteral("their-client");
    p.authorizeUrl = QUrl(QStringLiteral("https://login.example.net/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://login.example.net/token"));
    p.scope = QStringLiteral("smtp offline_access");
    return p;
}

RunInput inputWith(const OAuthProfile& profile)
{
    RunInput input;
    input.settings.host = QStringLiteral("smtp.example.net");
    input.settings.user = QStringLiteral("alice@example.net");
    input.oauthProfile = profile;
    return input;
}

OAuthResult failed(K kind, const QString& error = {}, const QString& description = {})
{
    OAuthResult r;
    r.failure.kind = kind;
    r.failure.error = error;
    r.failure.errorDescription = description;
    return r;
}

SessionFailure refused(int code, int cls, int subject, int detail, const QString& text)
{
    SessionFailure f;
    f.kind = SessionFailure::Kind::AuthRejected;
    f.reply.code = code;
    f.reply.enhanced.statusClass = cls;
    f.reply.enhanced.subject = subject;
    f.reply.enhanced.detail = detail;
    f.reply.lines = { text };
    return f;
}

} // namespace

class TestOAuthFindings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void kindToFinding_data();
    void kindToFinding();
    void providerErrorsExplained_data();
    void providerErrorsExplained();
    void savedSignInWithdrawn();
    void microsoftRefusesValidToken();
    void gmailJsonStatus();
    void profileChoice();
    void defaultSignIn();
    void olderFindingsPointAtOAuth_data();
    void olderFindingsPointAtOAuth();
};

void TestOAuthFindings::kindToFinding_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::newRow("not configured") << int(K::NotConfigured) << QStringLiteral("auth.oauth-not-configured");
    QTest::newRow("endpoint not https")
        << int(K::InsecureEndpoint) << QStringLiteral("auth.oauth-not-configured");
    QTest::newRow("no loopback listener")
        << int(K::ListenFailed) << QStringLiteral("auth.oauth-not-configured");
    QTest::newRow("cancelled") << int(K::Cancelled) << QStringLiteral("auth.oauth-cancelled");
    QTest::newRow("browser never came back")
        << int(K::BrowserTimeout) << QStringLiteral("auth.oauth-cancelled");
    QTest::newRow("wrong state") << int(K::StateMismatch) << QStringLiteral("auth.oauth-cancelled");
    QTest::newRow("no code") << int(K::NoCode) << QStringLiteral("auth.oauth-cancelled");
    QTest::newRow("error= at the browser") << int(K::Denied) << QStringLiteral("auth.oauth-denied");
    QTest::newRow("token endpoint error") << int(K::TokenRefused) << QStringLiteral("auth.oauth-denied");
    QTest::newRow("token endpoint TLS")
        << int(K::TlsError) << QStringLiteral("auth.oauth-provider-unreachable");
    QTest::newRow("token endpoint down")
        << int(K::NetworkError) << QStringLiteral("auth.oauth-provider-unreachable");
    QTest::newRow("token endpoint silent")
        << int(K::TokenTimeout) << QStringLiteral("auth.oauth-provider-unreachable");
    QTest::newRow("no usable token") << int(K::BadTokenResponse)
                                     << QStringLiteral("auth.oauth-provider-unreachable");
}

void TestOAuthFindings::kindToFinding()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    const Finding f = OAuthFindings::forSignInFailure(failed(K(kind), QStringLiteral("access_denied")),
        inputWith(OAuthProfiles::fromPreset(customPreset())));
    QCOMPARE(findingIdName(f.id), id);
    QCOMPARE(stepOf(f.id), StepId::Auth);
    QVERIFY2(!f.details.isEmpty(), "every cause is named");
}

void TestOAuthFindings::providerErrorsExplained_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("explained");
    QTest::addColumn<int>("side");
    QTest::newRow("access_denied") << QStringLiteral("access_denied") << QString()
                                   << QStringLiteral("pressed \"Cancel\" or \"Deny\"") << int(Side::You);
    QTest::newRow("consent_required") << QStringLiteral("consent_required") << QString()
                                      << QStringLiteral("often the administrator") << int(Side::Server);
    QTest::newRow("Entra ID wants MFA (AADSTS50076)")
        << QStringLiteral("interaction_required")
        << QStringLiteral("AADSTS50076: Due to a configuration change made by your administrator, or because "
                          "you moved to a new location, you must use multi-factor authentication.")
        << QStringLiteral("multi-factor authentication") << int(Side::You);
    QTest::newRow("admin approval (AADSTS90094)")
        << QStringLiteral("access_denied") << QStringLiteral("AADSTS90094: Admin consent is required.")
        << QStringLiteral("administrator must approve") << int(Side::Server);
    QTest::newRow("an error nobody documented")
        << QStringLiteral("quota_exhausted") << QStringLiteral("Try tomorrow")
        << QStringLiteral("does not know the provider's error") << int(Side::You);
}

void TestOAuthFindings::providerErrorsExplained()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, explained);
    QFETCH(int, side);
    const Finding f = OAuthFindings::forSignInFailure(
        failed(K::Denied, error, description), inputWith(OAuthProfiles::microsoft()));
    QCOMPARE(f.id, FindingId::AuthOAuthDenied);
    QCOMPARE(int(f.side), side);
    const QString details = allDetails(f);
    QVERIFY2(details.contains(explained), qPrintable(details));
    if (!description.isEmpty()) // the provider's own words are kept
        QVERIFY(details.contains(description));
}

void TestOAuthFindings::savedSignInWithdrawn()
{
    OAuthResult r = failed(K::TokenRefused, QStringLiteral("invalid_grant"));
    r.refreshed = true;
    const RunInput input = inputWith(OAuthProfiles::google());
    QVERIFY(allDetails(OAuthFindings::forSignInFailure(r, input))
                .contains(QStringLiteral("saved sign-in is no longer valid")));
    r.refreshed = false;
    QVERIFY(allDetails(OAuthFindings::forSignInFailure(r, input))
                .contains(QStringLiteral("did not accept the sign-in code")));
}

void TestOAuthFindings::microsoftRefusesValidToken()
{
    // Microsoft 365 with SMTP AUTH off for the mailbox answers a good token with 535 5.7.3.
    const SessionFailure failure = refused(535, 5, 7, 3, QStringLiteral("5.7.3 Authentication unsuccessful"));
    const Finding f = OAuthFindings::forRefusedToken(
        failure, inputWith(OAuthProfiles::microsoft()), QStringLiteral("alice@example.net"));
    QCOMPARE(f.id, FindingId::AuthOAuthRejected);
    QVERIFY(f.reply.has_value());
    QVERIFY(allDetails(f).contains(QStringLiteral("Authenticated SMTP")));
    // Another provider's 535 5.7.8 says nothing about Microsoft.
    const Finding other = OAuthFindings::forRefusedToken(
        refused(535, 5, 7, 8, QStringLiteral("5.7.8 Error: authentication failed")),
        inputWith(OAuthProfiles::fromPreset(customPreset())), QStringLiteral("alice@example.net"));
    QCOMPARE(other.id, FindingId::AuthOAuthRejected);
    QVERIFY(!allDetails(other).contains(QStringLiteral("Microsoft")));
}

void TestOAuthFindings::gmailJsonStatus()
{
    // Gmail's 334 challenge carries {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}
    // before its 535 5.7.8; the session hands the decoded status over.
    SessionFailure failure
        = refused(535, 5, 7, 8, QStringLiteral("5.7.8 Username and Password not accepted."));
    failure.oauthError.status = QStringLiteral("400");
    failure.oauthError.scope = QStringLiteral("https://mail.google.com/");
    failure.oauthError.text = QStringLiteral(
        "{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}");
    const Finding f = OAuthFindings::forRefusedToken(
        failure, inputWith(OAuthProfiles::google()), QStringLiteral("bob@gmail.com"));
    const QString details = allDetails(f);
    QVERIFY2(details.contains(failure.oauthError.text), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("invalid or expired")));
    QVERIFY(details.contains(QStringLiteral("bob@gmail.com")));
}

void TestOAuthFindings::profileChoice()
{
    AccountSettings s;
    s.email = QStringLiteral("someone@gmail.com");
    s.host = QStringLiteral("smtp.example.net");
    QCOMPARE(chooseOAuthProfile(std::nullopt, s).provider, OAuthProvider::Google);
    s.email = QStringLiteral("someone@corp.example");
    s.host = QStringLiteral("smtp.office365.com");
    QCOMPARE(chooseOAuthProfile(std::nullopt, s).provider, OAuthProvider::Microsoft);
    // The preset wins over what the address or the server suggest.
    const OAuthProfile fromPreset = chooseOAuthProfile(customPreset(), s);
    QCOMPARE(fromPreset.provider, OAuthProvider::Custom);
    QCOMPARE(fromPreset.clientId, QStringLiteral("their-client"));
    QCOMPARE(fromPreset.tokenUrl, customPreset().tokenUrl);
    s.host = QStringLiteral("mail.unknown.example");
    QVERIFY(chooseOAuthProfile(std::nullopt, s).authorizeUrl.isEmpty());
}

void TestOAuthFindings::defaultSignIn()
{
    AccountSettings s;
    s.email = QStringLiteral("someone@outlook.com");
    s.host = QStringLiteral("smtp-mail.outlook.com");
    const OAuthProfile builtIn = chooseOAuthProfile(std::nullopt, s);
    // The provider table says OAuth; it is proposed only where this copy can sign in there.
    QCOMPARE(defaultSignInMethod(std::nullopt, s, builtIn),
        builtIn.isConfigured() ? SignInMethod::OAuth : SignInMethod::Password);
    OAuthProfile configured = builtIn;
    configured.clientId = QStringLiteral("built-with-one");
    QCOMPARE(defaultSignInMethod(std::nullopt, s, configured), SignInMethod::OAuth);
    // A provider without OAuth in the table: password, unless the preset describes a sign-in.
    s.email = QStringLiteral("someone@mail.unknown.example");
    s.host = QStringLiteral("mail.unknown.example");
    QCOMPARE(defaultSignInMethod(std::nullopt, s, configured), SignInMethod::Password);
    QCOMPARE(defaultSignInMethod(customPreset(), s, OAuthProfiles::fromPreset(customPreset())),
        SignInMethod::OAuth);
    // A preset whose addresses are not https proposes nothing it cannot do.
    PresetOAuth plain = customPreset();
    plain.tokenUrl = QUrl(QStringLiteral("http://login.example.net/token"));
    QCOMPARE(defaultSignInMethod(plain, s, OAuthProfiles::fromPreset(plain)), SignInMethod::Password);
}

void TestOAuthFindings::olderFindingsPointAtOAuth_data()
{
    QTest::addColumn<int>("id");
    QTest::newRow("auth.oauth-required") << int(FindingId::AuthOAuthRequired);
    QTest::newRow("auth.disabled-by-provider") << int(FindingId::AuthDisabledByProvider);
}

void TestOAuthFindings::olderFindingsPointAtOAuth()
{
    QFETCH(int, id);
    const QString fix = QString::fromUtf8(FindingCatalog::info(FindingId(id)).fix);
    QVERIFY2(fix.contains(QStringLiteral("smtpdoctor check --oauth")), qPrintable(fix));
    QVERIFY(fix.contains(QStringLiteral("Sign in with the browser (OAuth 2.0)")));
    QVERIFY(fix.contains(QStringLiteral("\"OAuth2\""))); // Thunderbird's name for it
}

QTEST_MAIN(TestOAuthFindings)
#include "tst_oauthfindings.moc"
