// The preset's [oauth] section: read completely when sound, refused naming the line when not, and turned
// into the sign-in profile it describes.
#include "core/i18n/language.h"
#include "core/oauth/oauthprofile.h"
#include "core/settings/presetparser.h"

#include <QTest>

using namespace SmtpDoctor;

class TestOAuthPreset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void microsoftTenant();
    void googleWithSecret();
    void customProvider();
    void errors_data();
    void errors();
    void secretNeverInErrors();
};

namespace {

std::optional<Preset> parse(const QByteArray& text, PresetError* error)
{
    return PresetParser::parse(text, QStringLiteral("/etc/smtpdoctor/preset.ini"), error);
}

} // namespace

void TestOAuthPreset::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestOAuthPreset::microsoftTenant()
{
    PresetError error;
    const auto preset
        = parse("[server]\nhost = smtp.office365.com\n\n[OAuth]\nProvider = Microsoft\n"
                "client-id = 11111111-2222-3333-4444-555555555555\ntenant = contoso.onmicrosoft.com\n",
            &error);
    QVERIFY2(preset, qPrintable(error.toString()));
    QVERIFY(preset->oauth);
    QCOMPARE(preset->oauth->provider, QStringLiteral("microsoft"));
    QCOMPARE(preset->oauth->line, 4);
    const OAuthProfile p = OAuthProfiles::fromPreset(*preset->oauth);
    QCOMPARE(p.provider, OAuthProvider::Microsoft);
    QCOMPARE(p.clientId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(p.tokenUrl,
        QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")));
    QCOMPARE(p.scope, QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    QVERIFY(p.isConfigured());
    QVERIFY(p.problem().isEmpty());
}

void TestOAuthPreset::googleWithSecret()
{
    PresetError error;
    const auto preset = parse("[oauth]\nprovider = google\nclient-id = 1234-abc.apps.googleusercontent.com\n"
                              "client-secret = GOCSPX-abc+def/ghi\n",
        &error);
    QVERIFY2(preset, qPrintable(error.toString()));
    const OAuthProfile p = OAuthProfiles::fromPreset(*preset->oauth);
    QCOMPARE(p.provider, OAuthProvider::Google);
    QCOMPARE(p.clientSecret, QStringLiteral("GOCSPX-abc+def/ghi"));
    QCOMPARE(p.scope, QStringLiteral("https://mail.google.com/"));
    // Without a client id of its own, the preset names the provider only: this copy's built-in id (empty
    // here).
    const auto bare = parse("[oauth]\nprovider = google\n", &error);
    QVERIFY(bare);
    QCOMPARE(OAuthProfiles::fromPreset(*bare->oauth).clientId,
        OAuthProfiles::builtInClientId(OAuthProvider::Google));
}

void TestOAuthPreset::customProvider()
{
    PresetError error;
    const auto preset = parse("[oauth]\nprovider = custom\nclient-id = smtpdoctor\n"
                              "authorize-url = https://sso.example.com/oauth2/authorize?prompt=login\n"
                              "token-url = https://sso.example.com:8443/oauth2/token\n"
                              "scope = mail.send   offline_access\n",
        &error);
    QVERIFY2(preset, qPrintable(error.toString()));
    const OAuthProfile p = OAuthProfiles::fromPreset(*preset->oauth);
    QCOMPARE(p.provider, OAuthProvider::Custom);
    QCOMPARE(p.authorizeUrl, QUrl(QStringLiteral("https://sso.example.com/oauth2/authorize?prompt=login")));
    QCOMPARE(p.tokenUrl.port(), 8443);
    QCOMPARE(p.scope, QStringLiteral("mail.send offline_access"));
    QCOMPARE(p.label(), QStringLiteral("sso.example.com"));
    QVERIFY(!p.sendLoginHint);
}

void TestOAuthPreset::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    QTest::newRow("no provider") << QByteArray("[server]\nhost = smtp.example.com\n[oauth]\nclient-id = x\n")
                                 << 3 << QStringLiteral("needs a provider");
    QTest::newRow("unknown provider")
        << QByteArray("[oauth]\n\nprovider = yahoo\n") << 3 << QStringLiteral("Unknown provider \"yahoo\"");
    QTest::newRow("unknown key") << QByteArray("[oauth]\nprovider = google\nclient_id = x\n") << 3
                                 << QStringLiteral("Unknown key \"client_id\" in [oauth]");
    QTest::newRow("empty value") << QByteArray("[oauth]\nprovider = google\nclient-id =\n") << 3
                                 << QStringLiteral("has no value");
    QTest::newRow("http token-url") << QByteArray(
        "[oauth]\nprovider = custom\nauthorize-url = https://sso.example.com/a\ntoken-url = "
        "http://sso.example.com/t\n")
                                    << 4 << QStringLiteral("token-url must be a whole https:// address");
    QTest::newRow("relative authorize-url")
        << QByteArray("[oauth]\nprovider = custom\nauthorize-url = /authorize\n") << 3
        << QStringLiteral("authorize-url must be a whole https:// address");
    QTest::newRow("custom without token-url")
        << QByteArray("# IT\n[oauth]\nprovider = custom\nauthorize-url = https://sso.example.com/a\n") << 2
        << QStringLiteral("needs both authorize-url and token-url");
    QTest::newRow("tenant for google") << QByteArray("[oauth]\nprovider = google\ntenant = common\n") << 1
                                       << QStringLiteral("tenant is used only with provider = microsoft");
    QTest::newRow("tenant with a slash")
        << QByteArray("[oauth]\nprovider = microsoft\ntenant = common/../x\n") << 3
        << QStringLiteral("Unknown tenant");
    QTest::newRow("scope with quotes")
        << QByteArray("[oauth]\nprovider = custom\nscope = \"mail\"\n") << 3 << QStringLiteral("The scope");
    QTest::newRow("set twice") << QByteArray("[oauth]\nprovider = google\nprovider = microsoft\n") << 3
                               << QStringLiteral("is set twice in [oauth]");
    QTest::newRow("unknown section names oauth")
        << QByteArray("[oauth2]\n") << 1 << QStringLiteral("[organisation], [server] or [oauth]");
}

void TestOAuthPreset::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    PresetError error;
    QVERIFY(!parse(text, &error));
    QCOMPARE(error.line, line);
    QVERIFY2(error.toString().contains(says), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(
        QStringLiteral("Preset /etc/smtpdoctor/preset.ini, line %1: ").arg(line)));
}

void TestOAuthPreset::secretNeverInErrors()
{
    PresetError error;
    QVERIFY(!parse("[oauth]\nprovider = google\nclient-secret = GOCSPX-very-secret\nbogus = 1\n", &error));
    QCOMPARE(error.line, 4);
    QVERIFY(!error.toString().contains(QStringLiteral("GOCSPX")));
}

QTEST_GUILESS_MAIN(TestOAuthPreset)
#include "tst_oauthpreset.moc"
