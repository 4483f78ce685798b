// `smtpdoctor check --oauth` from the command line, against the real parts of tests/fixtures/oauth: the
// authlib provider, Dovecot's submission service checking every token at the provider, headless Chromium
// opening the address the command prints on standard error. The path acceptance takes: a preset with
// [oauth] provider = custom, --no-browser, the address read from standard error.
#include "core/oauth/oauthprofile.h"
#include "oauthcli.h"
#include "oauthfixture.h"
#include "reportreader.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace SmtpDoctor;
using OAuthCli::OnAddress;

class TestOAuthCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signInWithPresetCustomProvider_data();
    void signInWithPresetCustomProvider();
    void textReportNamesTheMethod();
    void providerDenies();
    void forgedStateRefused();
    void browserNeverComesBack();
    void ctrlCEndsTheWait();
    void serverRefusesToken();
    void notConfigured_data();
    void notConfigured();
    void usageErrors_data();
    void usageErrors();

private:
    QString preset(const QString& clientId, quint16 port);
    void verifyNoSecret(const OAuthCli::Run& run);
    QStringList details(const OAuthCli::Run& run, const QString& findingId) const;

    OAuthFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestOAuthCli::initTestCase()
{
    m_fixture = OAuthFixture::load();
    if (!m_fixture.isValid())
        QSKIP(qPrintable(m_fixture.error));
    QVERIFY(m_dir.isValid());
}

QString TestOAuthCli::preset(const QString& clientId, quint16 port)
{
    return OAuthCli::writePreset(m_dir, m_fixture, clientId, port);
}

void TestOAuthCli::verifyNoSecret(const OAuthCli::Run& run)
{
    const QStringList secrets = m_fixture.issuedSecrets();
    QVERIFY(!secrets.isEmpty());
    const QByteArray shown = run.process.out + run.process.err;
    for (const QString& secret : secrets) {
        QVERIFY(secret.size() >= 20);
        QVERIFY2(!shown.contains(secret.toUtf8()), "a code, verifier or token shows in the output");
        QVERIFY2(!shown.contains(QUrl::toPercentEncoding(secret)), "a secret shows percent-encoded");
    }
}

QStringList TestOAuthCli::details(const OAuthCli::Run& run, const QString& findingId) const
{
    QStringList texts;
    for (const QJsonValue& d : run.finding(findingId).value(QStringLiteral("details")).toArray())
        texts << d.toString();
    return texts;
}

void TestOAuthCli::signInWithPresetCustomProvider_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("send");
    QTest::newRow("XOAUTH2, then a test message")
        << m_fixture.submissionPort << QStringLiteral("XOAUTH2") << true;
    QTest::newRow("OAUTHBEARER only (RFC 7628)")
        << m_fixture.oauthBearerPort << QStringLiteral("OAUTHBEARER") << false;
}

void TestOAuthCli::signInWithPresetCustomProvider()
{
    QFETCH(quint16, port);
    QFETCH(QString, mechanism);
    QFETCH(bool, send);
    QStringList args = OAuthCli::presetArgs(preset(QStringLiteral("smtpdoctor-test"), port), m_fixture);
    if (send)
        args << QStringLiteral("--send-to") << QStringLiteral("bob@example.org");
    const OAuthCli::Run run = OAuthCli::run(m_fixture, args, OnAddress::OpenBrowser);
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QCOMPARE(run.process.exitCode, 0);

    // Exactly one line on standard error holds the address: the provider's sign-in page over https, with
    // PKCE (S256) and state, coming back to a loopback listener over plain http.
    QCOMPARE(run.addressLines.size(), 1);
    QCOMPARE(run.address.scheme(), QStringLiteral("https"));
    QCOMPARE(run.address.host(), m_fixture.authorizeUrl.host());
    QCOMPARE(run.address.port(), m_fixture.authorizeUrl.port());
    const QUrlQuery query(run.address);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);

    for (const QString& step : { QStringLiteral("network"), QStringLiteral("server"), QStringLiteral("tls"),
             QStringLiteral("auth"), QStringLiteral("interference") })
        QCOMPARE(run.status(step), QStringLiteral("pass"));
    QVERIFY(run.step(QStringLiteral("auth")).value(QStringLiteral("summary")).toString().contains(mechanism));
    QVERIFY(run.transcriptTexts().contains(QStringLiteral("AUTH %1 [hidden]").arg(mechanism)));
    const QJsonObject settings = run.report.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("signIn")).toString(), QStringLiteral("oauth"));
    QCOMPARE(settings.value(QStringLiteral("user")).toString(), m_fixture.user);
    const QJsonObject recommendation = run.report.value(QStringLiteral("recommendation")).toObject();
    QCOMPARE(recommendation.value(QStringLiteral("signIn")).toString(), QStringLiteral("oauth"));
    QCOMPARE(recommendation.value(QStringLiteral("port")).toInt(), int(port));
    if (send)
        QCOMPARE(run.findingIds(QStringLiteral("send")), QStringList { QStringLiteral("send.accepted") });
    verifyNoSecret(run);
}

void TestOAuthCli::textReportNamesTheMethod()
{
    // TLS from the start this time, the text report, in Japanese.
    const QStringList args
        = OAuthCli::presetArgs(
              preset(QStringLiteral("smtpdoctor-test"), m_fixture.submissionsPort), m_fixture)
        + QStringList { QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--format"),
              QStringLiteral("text"), QStringLiteral("--lang"), QStringLiteral("ja") };
    const OAuthCli::Run run = OAuthCli::run(m_fixture, args, OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 0);
    const QString text = QString::fromUtf8(run.process.out);
    QVERIFY2(text.contains(QStringLiteral("OAuth 2.0")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("AUTH XOAUTH2 [hidden]")));
    QCOMPARE(run.addressLines.size(), 1);
    QVERIFY2(run.addressLines.first().contains(QStringLiteral("ブラウザー")),
        qPrintable(run.addressLines.first()));
    verifyNoSecret(run);
}

void TestOAuthCli::providerDenies()
{
    const OAuthCli::Run run = OAuthCli::run(m_fixture,
        OAuthCli::presetArgs(preset(QStringLiteral("smtpdoctor-deny"), m_fixture.submissionPort), m_fixture),
        OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 1);
    QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("fail"));
    QCOMPARE(run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-denied") });
    const QJsonObject f = run.finding(QStringLiteral("auth.oauth-denied"));
    QVERIFY(f.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("\"access_denied\"")));
    const QString d = details(run, QStringLiteral("auth.oauth-denied")).join(QLatin1Char('\n'));
    QVERIFY2(d.contains(QStringLiteral("pressed \"Cancel\" or \"Deny\"")), qPrintable(d));
    // The provider's own words, decoded ("+" is a space in the redirect's query).
    QVERIFY2(d.contains(QStringLiteral("The provider's own words: The resource owner")), qPrintable(d));
    QVERIFY(!run.transcriptTexts().contains(QStringLiteral("AUTH XOAUTH2 [hidden]"))); // nothing to send
    verifyNoSecret(run);
}

void TestOAuthCli::forgedStateRefused()
{
    const OAuthCli::Run run = OAuthCli::run(m_fixture,
        OAuthCli::presetArgs(
            preset(QStringLiteral("smtpdoctor-badstate"), m_fixture.submissionPort), m_fixture),
        OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 1);
    QCOMPARE(run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-cancelled") });
    QVERIFY(details(run, QStringLiteral("auth.oauth-cancelled"))
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("does not belong to this sign-in")));
    // The forged answer's code was never exchanged.
    bool exchanged = false;
    for (const QJsonValue& e : m_fixture.events())
        exchanged = exchanged
            || (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("token-issued")
                && e.toObject().value(QStringLiteral("client")).toString()
                    == QLatin1String("smtpdoctor-badstate"));
    QVERIFY(!exchanged);
    verifyNoSecret(run);
}

void TestOAuthCli::browserNeverComesBack()
{
    // The test-only shorter wait (a person gets 5 minutes); nobody opens the address.
    const OAuthCli::Run run = OAuthCli::run(m_fixture,
        OAuthCli::presetArgs(preset(QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort), m_fixture),
        OnAddress::Nothing, { QStringLiteral("SMTPDOCTOR_TEST_BROWSER_WAIT_MS=1500") });
    QCOMPARE(run.process.exitCode, 1);
    QCOMPARE(run.addressLines.size(), 1);
    QVERIFY2(run.addressLines.first().contains(QStringLiteral("waits up to 1.5 seconds")),
        qPrintable(run.addressLines.first()));
    QCOMPARE(run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-cancelled") });
    QVERIFY(details(run, QStringLiteral("auth.oauth-cancelled"))
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("did not come back within 1.5 seconds")));
    QCOMPARE(run.status(QStringLiteral("interference")), QStringLiteral("pass")); // the run went on
}

void TestOAuthCli::ctrlCEndsTheWait()
{
    const OAuthCli::Run run = OAuthCli::run(m_fixture,
        OAuthCli::presetArgs(preset(QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort), m_fixture),
        OnAddress::Interrupt);
    QVERIFY2(!run.process.timedOut, "Ctrl+C did not end the wait");
    QCOMPARE(run.process.exitCode, 1); // ended normally, with the report: not killed by SIGINT
    QCOMPARE(run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-cancelled") });
    QVERIFY(details(run, QStringLiteral("auth.oauth-cancelled"))
                .contains(QStringLiteral("The sign-in was cancelled before it was finished.")));
    QStringList ids;
    for (const QJsonValue& s : run.report.value(QStringLiteral("steps")).toArray())
        ids << s.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids,
        (QStringList { QStringLiteral("network"), QStringLiteral("server"), QStringLiteral("tls"),
            QStringLiteral("auth"), QStringLiteral("interference") }));
}

void TestOAuthCli::serverRefusesToken()
{
    // Signed in as alice at the provider, but the token is sent for bob: Dovecot asks the provider, and
    // refuses with its JSON status (334), as Gmail does.
    const QStringList args
        = OAuthCli::presetArgs(preset(QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort), m_fixture)
        + QStringList { QStringLiteral("--user"), QStringLiteral("bob@example.test") };
    const OAuthCli::Run run = OAuthCli::run(m_fixture, args, OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 1);
    QCOMPARE(run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-rejected") });
    const QJsonObject f = run.finding(QStringLiteral("auth.oauth-rejected"));
    QCOMPARE(f.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 535);
    const QString d = details(run, QStringLiteral("auth.oauth-rejected")).join(QLatin1Char('\n'));
    QVERIFY2(d.contains(QStringLiteral("The server said why: {\"status\":\"401\"")), qPrintable(d));
    QVERIFY(d.contains(QStringLiteral("issued for another account than bob@example.test")));
    QVERIFY(m_fixture.dovecotLogText().contains("did not match"));
    verifyNoSecret(run);
}

void TestOAuthCli::notConfigured_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("detail");
    QTest::newRow("Microsoft, no client id in this copy")
        << QStringList { QStringLiteral("--email"), QStringLiteral("alice@outlook.com") }
        << QStringLiteral("a program needs its own registration with Microsoft (a client ID)");
    QTest::newRow("a provider SMTP Doctor does not know")
        << QStringList { QStringLiteral("--email"), QStringLiteral("alice@example.test") }
        << QStringLiteral("does not know the sign-in page of the provider of 127.0.0.1");
}

void TestOAuthCli::notConfigured()
{
    QFETCH(QStringList, args);
    QFETCH(QString, detail);
    if (!OAuthProfiles::builtInClientId(OAuthProvider::Microsoft).isEmpty())
        QSKIP("this copy was built with a Microsoft client id (SMTPDOCTOR_OAUTH_MICROSOFT_CLIENT_ID)");
    args << QStringLiteral("--host") << m_fixture.host << QStringLiteral("--port")
         << QString::number(m_fixture.submissionPort) << QStringLiteral("--ca-file") << m_fixture.caFile;
    const OAuthCli::Run run = OAuthCli::run(m_fixture, args, OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 0); // nothing failed: sign-in could not be tested
    QVERIFY(run.addressLines.isEmpty()); // no browser for a sign-in that cannot happen
    QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("warn"));
    QCOMPARE(
        run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-not-configured") });
    const QJsonObject f = run.finding(QStringLiteral("auth.oauth-not-configured"));
    QVERIFY(f.value(QStringLiteral("fix")).toString().contains(QStringLiteral("app password")));
    QVERIFY(f.value(QStringLiteral("fix")).toString().contains(QStringLiteral("\"OAuth2\"")));
    QVERIFY2(
        details(run, QStringLiteral("auth.oauth-not-configured")).join(QLatin1Char(' ')).contains(detail),
        qPrintable(details(run, QStringLiteral("auth.oauth-not-configured")).join(QLatin1Char(' '))));
}

void TestOAuthCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--oauth with --password-stdin") << QStringList { QStringLiteral("--oauth"),
        QStringLiteral("--password-stdin"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--user"), QStringLiteral("alice") };
    QTest::newRow("--no-browser without --oauth") << QStringList { QStringLiteral("--no-browser"),
        QStringLiteral("--host"), QStringLiteral("127.0.0.1") };
    QTest::newRow("--oauth without an account")
        << QStringList { QStringLiteral("--oauth"), QStringLiteral("--host"), QStringLiteral("127.0.0.1") };
}

void TestOAuthCli::usageErrors()
{
    QFETCH(QStringList, args);
    const ProcessResult r = runSmtpDoctor(
        QStringList { QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en") } + args,
        "secret\n", 30000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestOAuthCli)
#include "tst_oauthcli.moc"
