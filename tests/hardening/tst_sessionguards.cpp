// SmtpSession's own defences, one by one: consent bound to one certificate, refusal of input that
// could inject commands, deadlines that trickling data cannot extend, replies nobody asked for,
// STARTTLS injection, and passwords a server echoes back.
#include "checkrun.h"
#include "scriptlines.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using Kind = SessionFailure::Kind;

namespace {

const QString Password = QStringLiteral("S3cret: pass w\u00f6rd");


SessionConfig configFor(const ScriptedServer& server, int timeoutMs = 3000)
{
    SessionConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.timeoutMs = timeoutMs;
    return c;
}

// Runs one operation to its end; returns its result.
bool finish(SmtpSession& session, const std::function<void()>& operation, int waitMs = 8000)
{
    QSignalSpy finished(&session, &SmtpSession::finished);
    operation();
    if (!finished.wait(waitMs))
        return false;
    return finished.first().first().toBool();
}

bool receivedAuth(const ScriptedServer& server)
{
    for (const QString& line : server.received())
        if (line.startsWith(QLatin1String("AUTH")))
            return true;
    return false;
}

} // namespace

class TestSessionGuards : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void consentCoversOneCertificate();
    void consentPinnedUpFront();
    void commandInjectionRefused_data();
    void commandInjectionRefused();
    void trickleCannotExtendTheDeadline_data();
    void trickleCannotExtendTheDeadline();
    void unsolicitedReplyClosesTheConnection_data();
    void unsolicitedReplyClosesTheConnection();
    void starttlsInjectionNeverCounts();
    void requiredTlsNeverFallsBack();
    void echoedPasswordIsHidden();

private:
    QString m_certs;
};

void TestSessionGuards::initTestCase()
{
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
}

void TestSessionGuards::consentCoversOneCertificate()
{
    // Two servers of "one run" with two different unverified certificates. Consent was given; it
    // pins the first certificate met, and the second server never gets the password.
    const QStringList script = lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250 AUTH PLAIN", "C: AUTH PLAIN *", "S: 235 ok" });
    ScriptedServer first(script);
    ScriptedServer second(script);
    QVERIFY(first.setTlsFiles(m_certs + QStringLiteral("/selfsigned.pem"), m_certs + QStringLiteral("/leaf.key")));
    QVERIFY(second.setTlsFiles(m_certs + QStringLiteral("/untrusted.pem"), m_certs + QStringLiteral("/leaf.key")));
    first.setImplicitTls(true);
    second.setImplicitTls(true);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    const SharedCertificatePin pin = std::make_shared<CertificatePin>();
    Transcript transcript;
    const Credentials alice { QStringLiteral("alice"), Password };

    for (int round = 0; round < 2; ++round) {
        // The second round connects again to the first server: the same certificate is still covered.
        SessionConfig c = configFor(first);
        c.implicitTls = true;
        c.requireTls = true;
        c.allowInsecureAuth = true;
        c.certificatePin = pin;
        SmtpSession session(c, &transcript);
        QVERIFY(finish(session, [&] { session.open(); }));
        QVERIFY(!session.tls().verified);
        QVERIFY(session.tls().consented);
        QVERIFY(finish(session, [&] { session.authenticate(alice); }));
    }
    QCOMPARE(first.received().count(QStringLiteral("AUTH PLAIN AGFsaWNlAFMzY3JldDogcGFzcyB3w7ZyZA==")), 2);

    SessionConfig c = configFor(second);
    c.implicitTls = true;
    c.requireTls = true;
    c.allowInsecureAuth = true;
    c.certificatePin = pin;
    SmtpSession other(c, &transcript);
    QVERIFY(finish(other, [&] { other.open(); }));
    QVERIFY(!other.tls().consented);
    QVERIFY(!finish(other, [&] { other.authenticate(alice); }));
    QCOMPARE(other.failure().kind, Kind::AuthInsecure);
    QTest::qWait(50);
    QVERIFY(!receivedAuth(second));
}

void TestSessionGuards::consentPinnedUpFront()
{
    // A caller that showed the user one certificate pins its digest; another one is not covered.
    ScriptedServer server(lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250 AUTH PLAIN", "C: AUTH PLAIN *", "S: 235 ok" }));
    QVERIFY(server.setTlsFiles(m_certs + QStringLiteral("/selfsigned.pem"), m_certs + QStringLiteral("/leaf.key")));
    server.setImplicitTls(true);
    QVERIFY(server.listen());
    QFile shown(m_certs + QStringLiteral("/expired.pem"));
    QVERIFY(shown.open(QIODevice::ReadOnly));
    SessionConfig c = configFor(server);
    c.implicitTls = true;
    c.allowInsecureAuth = true;
    c.certificatePin = std::make_shared<CertificatePin>(CertificatePin::digestOf(QSslCertificate(shown.readAll(), QSsl::Pem)));
    Transcript transcript;
    SmtpSession session(c, &transcript);
    QVERIFY(finish(session, [&] { session.open(); }));
    QVERIFY(!finish(session, [&] { session.authenticate({ QStringLiteral("alice"), Password }); }));
    QCOMPARE(session.failure().kind, Kind::AuthInsecure);
    QTest::qWait(50);
    QVERIFY(!receivedAuth(server));
}

void TestSessionGuards::commandInjectionRefused_data()
{
    QTest::addColumn<QString>("ehloName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("to");
    QTest::newRow("CRLF in the EHLO name") << "client.example\r\nRSET" << QString() << QString() << QString();
    QTest::newRow("LF in the EHLO name") << "client.example\nRSET" << QString() << QString() << QString();
    QTest::newRow("NUL in the EHLO name") << QStringLiteral("client.example") + QChar(0) + QStringLiteral("x") << QString() << QString() << QString();
    QTest::newRow("CRLF in the user name") << QString() << "alice\r\nMAIL FROM:<x@y>" << Password << QString();
    QTest::newRow("NUL in the user name") << QString() << QStringLiteral("alice") + QChar(0) + QStringLiteral("admin") << Password << QString();
    QTest::newRow("NUL in the password") << QString() << "alice" << QStringLiteral("pass") + QChar(0) + QStringLiteral("word") << QString();
    QTest::newRow("CRLF in the recipient") << QString() << QString() << QString() << "bob@example.org>\r\nRCPT TO:<eve@example.net";
    QTest::newRow("parameters smuggled into RCPT") << QString() << QString() << QString() << "bob@example.org> NOTIFY=NEVER";
}

void TestSessionGuards::commandInjectionRefused()
{
    QFETCH(QString, ehloName);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, to);
    ScriptedServer server(lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250 AUTH PLAIN LOGIN", "C: *", "S: 250 ok", "C: *", "S: 250 ok" }));
    QVERIFY(server.listen());
    SessionConfig c = configFor(server);
    c.ehloName = ehloName;
    c.allowInsecureAuth = true;
    Transcript transcript;
    SmtpSession session(c, &transcript);
    const bool opened = finish(session, [&] { session.open(); });
    if (!ehloName.isEmpty()) {
        QVERIFY(!opened);
        QCOMPARE(session.failure().kind, Kind::InvalidInput);
    } else {
        QVERIFY(opened);
        const bool ok = !user.isEmpty() ? finish(session, [&] { session.authenticate({ user, password }); })
                                        : finish(session, [&] { session.sendMessage({ QStringLiteral("alice@example.test"), to, "Subject: x\r\n\r\nx\r\n" }); });
        QVERIFY(!ok);
        QCOMPARE(session.failure().kind, Kind::InvalidInput);
    }
    QTest::qWait(50);
    // Nothing but EHLO reached the server (and nothing at all with a bad EHLO name).
    QCOMPARE(server.received(), ehloName.isEmpty() ? QStringList { QStringLiteral("EHLO [127.0.0.1]") } : QStringList());
}

void TestSessionGuards::trickleCannotExtendTheDeadline_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("authenticate");
    QTest::newRow("greeting") << lines({ "D: 600 220-slow\\r\\n220-slower\\r\\n220 slowest\\r\\n" }) << false;
    QTest::newRow("EHLO reply") << lines({ "S: 220 x", "C: EHLO *", "D: 600 250-a\\r\\n250-b\\r\\n250 AUTH LOGIN\\r\\n" }) << false;
    QTest::newRow("AUTH challenge") << lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250 AUTH LOGIN", "C: AUTH LOGIN", "D: 600 334 VXNlcm5hbWU6\\r\\n" }) << true;
}

void TestSessionGuards::trickleCannotExtendTheDeadline()
{
    // A byte every 600 ms would finish the reply after 10 to 20 seconds; the 1 s deadline of the
    // command must end it anyway: partial data does not restart it.
    QFETCH(QStringList, script);
    QFETCH(bool, authenticate);
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SessionConfig c = configFor(server, 1000);
    c.allowInsecureAuth = true;
    Transcript transcript;
    SmtpSession session(c, &transcript);
    if (authenticate)
        QVERIFY(finish(session, [&] { session.open(); }));
    QElapsedTimer clock;
    clock.start();
    const bool ok = authenticate ? finish(session, [&] { session.authenticate({ QStringLiteral("alice"), Password }); })
                                 : finish(session, [&] { session.open(); });
    QVERIFY(!ok);
    QCOMPARE(session.failure().kind, Kind::ProtocolError);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()))); // trickled to the end: 10-20 s
}

void TestSessionGuards::unsolicitedReplyClosesTheConnection_data()
{
    QTest::addColumn<QString>("unsolicited");
    QTest::addColumn<Kind>("failure");
    QTest::newRow("421 between commands") << "421 4.3.2 shutting down" << Kind::ClosedByServer;
    QTest::newRow("235 nobody asked for") << "235 2.7.0 Authentication successful" << Kind::ProtocolError;
    QTest::newRow("same packet as the EHLO reply") << QString() << Kind::ProtocolError;
}

void TestSessionGuards::unsolicitedReplyClosesTheConnection()
{
    QFETCH(QString, unsolicited);
    QFETCH(Kind, failure);
    QStringList script = lines({ "S: 220 x", "C: EHLO *" });
    if (unsolicited.isEmpty())
        script << QStringLiteral("R: 250-x\\r\\n250 AUTH PLAIN\\r\\n235 2.7.0 ok\\r\\n");
    else
        script << QStringLiteral("S: 250-x") << QStringLiteral("S: 250 AUTH PLAIN") << QStringLiteral("W: 100") << QStringLiteral("S: ") + unsolicited;
    script << QStringLiteral("C: *") << QStringLiteral("S: 235 ok");
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SessionConfig c = configFor(server);
    c.allowInsecureAuth = true;
    Transcript transcript;
    SmtpSession session(c, &transcript);
    QVERIFY(finish(session, [&] { session.open(); }));
    QTRY_VERIFY_WITH_TIMEOUT(!session.isConnected(), 3000); // closed at once, before anything else is said
    QVERIFY(!finish(session, [&] { session.authenticate({ QStringLiteral("alice"), Password }); }));
    QCOMPARE(session.failure().kind, failure);
    QTest::qWait(50);
    QVERIFY(!receivedAuth(server));
}

void TestSessionGuards::starttlsInjectionNeverCounts()
{
    // The man in the middle's classic: "220" and a fake EHLO reply in one packet, then the handshake.
    ScriptedServer server(lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250-STARTTLS", "S: 250 AUTH PLAIN LOGIN", "C: STARTTLS",
        "R: 220 go\\r\\n250 injected\\r\\n", "T:", "C: EHLO *", "S: 250-x", "S: 250 SIZE 1000" }));
    QVERIFY(server.setTlsFiles(m_certs + QStringLiteral("/good.pem"), m_certs + QStringLiteral("/leaf.key")));
    QVERIFY(server.listen());
    QFile ca(m_certs + QStringLiteral("/root-ca.pem"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    SessionConfig c = configFor(server);
    c.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
    c.requireTls = true;
    Transcript transcript;
    SmtpSession session(c, &transcript);
    QVERIFY(finish(session, [&] { session.open(); }));
    QVERIFY(session.capabilities().authMechanisms().contains(QStringLiteral("PLAIN")));
    QVERIFY(finish(session, [&] { session.startTls(); }));
    QVERIFY(session.tls().encrypted);
    QVERIFY(session.tls().verified);
    QCOMPARE(session.tls().injectedBytes, qint64(14)); // "250 injected\r\n"
    // Only the EHLO over TLS counts: its SIZE, not the clear one's AUTH; the injected 250 never did.
    QCOMPARE(session.ehloReply().lines.value(0), QStringLiteral("x"));
    QVERIFY(session.capabilities().authMechanisms().isEmpty());
    QCOMPARE(session.capabilities().sizeLimit(), qint64(1000));
    QCOMPARE(server.received().count(QStringLiteral("EHLO [127.0.0.1]")), 2);
}

void TestSessionGuards::requiredTlsNeverFallsBack()
{
    ScriptedServer server(lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250-STARTTLS", "S: 250 AUTH PLAIN", "C: STARTTLS",
        "S: 454 4.7.0 TLS not available", "C: *", "S: 235 ok" }));
    QVERIFY(server.listen());
    SessionConfig c = configFor(server);
    c.requireTls = true;
    c.allowInsecureAuth = true; // consent to an unverified certificate never means "in clear"
    Transcript transcript;
    SmtpSession session(c, &transcript);
    QVERIFY(finish(session, [&] { session.open(); }));
    QVERIFY(!finish(session, [&] { session.startTls(); }));
    QCOMPARE(session.failure().kind, Kind::StartTlsRejected);
    QCOMPARE(session.state(), SessionState::Closed); // closed, without another word in clear
    QVERIFY(!finish(session, [&] { session.authenticate({ QStringLiteral("alice"), Password }); }));
    QTest::qWait(50);
    QCOMPARE(server.received().last(), QStringLiteral("STARTTLS"));

    // The same refusal when the session is still open in clear.
    ScriptedServer plain(lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 250 AUTH PLAIN", "C: *", "S: 235 ok", "C: *", "S: 250 ok" }));
    QVERIFY(plain.listen());
    SessionConfig p = configFor(plain);
    p.requireTls = true;
    p.allowInsecureAuth = true;
    SmtpSession clear(p, &transcript);
    QVERIFY(finish(clear, [&] { clear.open(); }));
    QVERIFY(!finish(clear, [&] { clear.authenticate({ QStringLiteral("alice"), Password }); }));
    QCOMPARE(clear.failure().kind, Kind::AuthInsecure);
    QVERIFY(!finish(clear, [&] { clear.sendMessage({ QStringLiteral("a@example.test"), QStringLiteral("b@example.org"), "x\r\n" }); }));
    QCOMPARE(clear.failure().kind, Kind::NotEncrypted);
    QTest::qWait(50);
    QCOMPARE(plain.received(), QStringList { QStringLiteral("EHLO [127.0.0.1]") });
}

void TestSessionGuards::echoedPasswordIsHidden()
{
    ScriptedServer server(QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"),
        QStringLiteral("S: 250 AUTH LOGIN"), QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: *"), QStringLiteral("S: 334 UGFzc3dvcmQ6"),
        QStringLiteral("C: *"), QStringLiteral("S: 535-5.7.8 The password ") + Password + QStringLiteral(" is wrong"),
        QStringLiteral("S: 535 5.7.8 (it was ") + QString::fromLatin1(Password.toUtf8().toBase64()) + QStringLiteral(")") });
    QVERIFY(server.listen());
    SessionConfig c = configFor(server);
    c.allowInsecureAuth = true;
    Transcript transcript;
    transcript.addSecret(Password);
    SmtpSession session(c, &transcript);
    QVERIFY(finish(session, [&] { session.open(); }));
    QVERIFY(!finish(session, [&] { session.authenticate({ QStringLiteral("alice"), Password }); }));
    QCOMPARE(session.failure().kind, Kind::AuthRejected);
    const QString text = session.failure().reply.text();
    QVERIFY2(!text.contains(Password) && !text.contains(QString::fromLatin1(Password.toUtf8().toBase64())), qPrintable(text));
    QVERIFY(text.contains(Transcript::hiddenMarker()));
    for (const TranscriptEntry& e : transcript.entries())
        QVERIFY2(!e.text.contains(Password), qPrintable(e.text));
}

QTEST_GUILESS_MAIN(TestSessionGuards)
#include "tst_sessionguards.moc"
