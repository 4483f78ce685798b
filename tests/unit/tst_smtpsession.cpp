// SmtpSession against a scripted fake server: each row is a server script, what the client does,
// and how the operation must end. Every wait is bounded.
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using Kind = SessionFailure::Kind;

Q_DECLARE_METATYPE(SessionFailure::Kind)

namespace {

enum class Action { Open, OpenAuth, OpenAuthInsecureAllowed, OpenStartTls, OpenSend };

} // namespace

Q_DECLARE_METATYPE(Action)

class TestSmtpSession : public QObject
{
    Q_OBJECT
private slots:
    void conversation_data();
    void conversation();
    void passwordNeverInTranscript();
    void cramMd5Answer();
};

void TestSmtpSession::conversation_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Kind>("failure"); // Kind::None: success
    QTest::addColumn<QStringList>("clientSaid"); // what the server must have received, in order

    const QStringList ehloOk { QStringLiteral("S: 220 test ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN") };

    QTest::newRow("plain open") << ehloOk << Action::Open << 3000 << Kind::None << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("421 greeting") << QStringList { QStringLiteral("S: 421 4.3.2 Service not available, closing transmission channel"), QStringLiteral("X:") }
                                  << Action::Open << 3000 << Kind::GreetingRejected << QStringList();
    QTest::newRow("554 greeting") << QStringList { QStringLiteral("S: 554 5.7.1 No SMTP service here"), QStringLiteral("Z:") }
                                  << Action::Open << 3000 << Kind::GreetingRejected << QStringList();
    QTest::newRow("EHLO refused, HELO works") << QStringList { QStringLiteral("S: 220 old"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 502 5.5.2 Error: command not recognized"),
        QStringLiteral("C: HELO *"), QStringLiteral("S: 250 old") } << Action::Open << 3000 << Kind::None
                                              << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("HELO [127.0.0.1]") };
    QTest::newRow("EHLO and HELO refused") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 500 no"),
        QStringLiteral("C: HELO *"), QStringLiteral("S: 550 go away") } << Action::Open << 3000 << Kind::HeloRejected
                                           << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("HELO [127.0.0.1]") };
    QTest::newRow("multi-line split across packets") << QStringList { QStringLiteral("R: 220-first part\\r\\n22"), QStringLiteral("W: 60"),
        QStringLiteral("R: 0 last part\\r\\n"), QStringLiteral("C: EHLO *"), QStringLiteral("R: 250-test\\r\\n250-SIZE 1000"), QStringLiteral("W: 80"),
        QStringLiteral("R: \\r\\n250 STARTTLS\\r\\n") } << Action::Open << 3000 << Kind::None << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("silent server") << QStringList { QStringLiteral("Z:") } << Action::Open << 400 << Kind::Silent << QStringList();
    QTest::newRow("closed before greeting") << QStringList { QStringLiteral("X:") } << Action::Open << 3000 << Kind::Reset << QStringList();
    QTest::newRow("close mid-reply") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("R: 250-first\\r\\n"), QStringLiteral("X:") }
                                     << Action::Open << 3000 << Kind::ClosedByServer << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("reply never ends") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("R: 250-first\\r\\n"), QStringLiteral("Z:") }
                                      << Action::Open << 400 << Kind::ProtocolError << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("POP3 on the port") << QStringList { QStringLiteral("S: +OK Dovecot ready."), QStringLiteral("Z:") } << Action::Open << 3000 << Kind::NotSmtp << QStringList();
    QTest::newRow("IMAP on the port") << QStringList { QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready"), QStringLiteral("Z:") } << Action::Open << 3000 << Kind::NotSmtp << QStringList();
    QTest::newRow("SSH on the port") << QStringList { QStringLiteral("S: SSH-2.0-OpenSSH_9.2"), QStringLiteral("Z:") } << Action::Open << 3000 << Kind::NotSmtp << QStringList();
    QTest::newRow("garbage greeting") << QStringList { QStringLiteral("R: \\x01\\x02garbage\\r\\n"), QStringLiteral("Z:") } << Action::Open << 3000 << Kind::ProtocolError << QStringList();

    QTest::newRow("no AUTH in clear without consent") << ehloOk << Action::OpenAuth << 3000 << Kind::AuthInsecure << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("AUTH PLAIN with consent") << ehloOk + QStringList { QStringLiteral("C: AUTH PLAIN AGFsaWNlAHMzY3JldCB3w7ZyZA=="), QStringLiteral("S: 235 2.7.0 Authentication successful") }
                                             << Action::OpenAuthInsecureAllowed << 3000 << Kind::None
                                             << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("AUTH PLAIN AGFsaWNlAHMzY3JldCB3w7ZyZA==") };
    QTest::newRow("AUTH rejected") << ehloOk + QStringList { QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 535 5.7.8 Error: authentication failed") }
                                   << Action::OpenAuthInsecureAllowed << 3000 << Kind::AuthRejected << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("AUTH PLAIN *") };
    QTest::newRow("334 after PLAIN is cancelled") << ehloOk + QStringList { QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 334 "), QStringLiteral("C: *"),
        QStringLiteral("S: 501 5.7.0 cancelled") } << Action::OpenAuthInsecureAllowed << 3000 << Kind::ProtocolError
                                                  << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("AUTH PLAIN *"), QStringLiteral("*") };
    QTest::newRow("AUTH LOGIN") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH LOGIN"),
        QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: YWxpY2U="), QStringLiteral("S: 334 UGFzc3dvcmQ6"),
        QStringLiteral("C: czNjcmV0IHfDtnJk"), QStringLiteral("S: 235 ok") } << Action::OpenAuthInsecureAllowed << 3000 << Kind::None
                                << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("AUTH LOGIN"), QStringLiteral("YWxpY2U="), QStringLiteral("czNjcmV0IHfDtnJk") };
    QTest::newRow("invalid LOGIN challenge count is cancelled") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH LOGIN"),
        QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: *"), QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: *"),
        QStringLiteral("S: 334 more?"), QStringLiteral("C: *"), QStringLiteral("S: 501 cancelled") } << Action::OpenAuthInsecureAllowed << 3000 << Kind::ProtocolError
                                                                << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("AUTH LOGIN"), QStringLiteral("YWxpY2U="), QStringLiteral("czNjcmV0IHfDtnJk"), QStringLiteral("*") };
    QTest::newRow("only XOAUTH2") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH XOAUTH2 OAUTHBEARER") }
                                  << Action::OpenAuthInsecureAllowed << 3000 << Kind::AuthMechanismUnsupported << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("421 during AUTH") << ehloOk + QStringList { QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 421 4.7.0 Too many errors"), QStringLiteral("X:") }
                                     << Action::OpenAuthInsecureAllowed << 3000 << Kind::AuthRejected << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("AUTH PLAIN *") };

    QTest::newRow("STARTTLS not offered") << ehloOk << Action::OpenStartTls << 3000 << Kind::StartTlsNotOffered << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
    QTest::newRow("STARTTLS refused") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 STARTTLS"),
        QStringLiteral("C: STARTTLS"), QStringLiteral("S: 454 4.7.0 TLS not available due to local problem") } << Action::OpenStartTls << 3000 << Kind::StartTlsRejected
                                      << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("STARTTLS") };

    const QStringList plain { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250 x") };
    QTest::newRow("send accepted") << plain + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"), QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 2.1.5 Ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
        QStringLiteral("C: Subject: hi"), QStringLiteral("C: "), QStringLiteral("C: ..dot"), QStringLiteral("C: ."), QStringLiteral("S: 250 2.0.0 queued") }
                                   << Action::OpenSend << 3000 << Kind::None
                                   << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("MAIL FROM:<alice@example.test>"), QStringLiteral("RCPT TO:<bob@example.org>"),
                                          QStringLiteral("DATA"), QStringLiteral("Subject: hi"), QString(), QStringLiteral("..dot"), QStringLiteral(".") };
    QTest::newRow("relay denied") << plain + QStringList { QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: RCPT TO:*"),
        QStringLiteral("S: 554 5.7.1 <bob@example.org>: Relay access denied") } << Action::OpenSend << 3000 << Kind::CommandRejected
                                  << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("MAIL FROM:<alice@example.test>"), QStringLiteral("RCPT TO:<bob@example.org>") };
    QTest::newRow("421 during DATA") << plain + QStringList { QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 Ok"), QStringLiteral("C: RCPT TO:*"),
        QStringLiteral("S: 250 Ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 421 4.4.2 timeout"), QStringLiteral("X:") } << Action::OpenSend << 3000 << Kind::CommandRejected
                                     << QStringList { QStringLiteral("EHLO [127.0.0.1]"), QStringLiteral("MAIL FROM:<alice@example.test>"), QStringLiteral("RCPT TO:<bob@example.org>"), QStringLiteral("DATA") };
    QTest::newRow("SIZE smaller than the message") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 SIZE 10") }
                                               << Action::OpenSend << 3000 << Kind::MessageTooLarge << QStringList { QStringLiteral("EHLO [127.0.0.1]") };
}

void TestSmtpSession::conversation()
{
    QFETCH(QStringList, script);
    QFETCH(Action, action);
    QFETCH(int, timeoutMs);
    QFETCH(Kind, failure);
    QFETCH(QStringList, clientSaid);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    Transcript transcript;
    SessionConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.timeoutMs = timeoutMs;
    config.allowInsecureAuth = action == Action::OpenAuthInsecureAllowed;
    SmtpSession session(config, &transcript);
    QSignalSpy finished(&session, &SmtpSession::finished);

    QElapsedTimer clock;
    clock.start();
    session.open();
    QVERIFY(finished.wait(timeoutMs + 3000));
    bool ok = finished.last().first().toBool();
    if (ok && action != Action::Open) {
        finished.clear();
        if (action == Action::OpenStartTls)
            session.startTls();
        else if (action == Action::OpenSend)
            session.sendMessage({ QStringLiteral("alice@example.test"), QStringLiteral("bob@example.org"), QByteArray("Subject: hi\r\n\r\n.dot\r\n") });
        else
            session.authenticate({ QStringLiteral("alice"), QStringLiteral("s3cret w\u00f6rd") });
        QVERIFY(finished.wait(timeoutMs + 3000));
        ok = finished.last().first().toBool();
    }
    QCOMPARE(finished.size(), 1); // exactly one finished() per operation
    QCOMPARE(ok, failure == Kind::None);
    QCOMPARE(session.failure().kind, failure);
    // Give the server a moment to read what was sent last, then compare.
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), clientSaid.size(), 2000);
    for (int i = 0; i < clientSaid.size(); ++i) {
        if (clientSaid[i].endsWith(QLatin1Char('*')))
            QVERIFY2(server.received()[i].startsWith(clientSaid[i].chopped(1)), qPrintable(server.received()[i]));
        else
            QCOMPARE(server.received()[i], clientSaid[i]);
    }
    QVERIFY2(clock.elapsed() < timeoutMs + 3000, "the operation must end within its deadline");
}

void TestSmtpSession::passwordNeverInTranscript()
{
    const QString password = QStringLiteral("s3cret w\u00f6rd");
    for (const QString& mechanism : { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }) {
        QStringList script { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH ") + mechanism };
        if (mechanism == QLatin1String("PLAIN"))
            script << QStringLiteral("C: AUTH PLAIN *") << QStringLiteral("S: 535 no");
        else
            script << QStringLiteral("C: AUTH LOGIN") << QStringLiteral("S: 334 VXNlcm5hbWU6") << QStringLiteral("C: *")
                   << QStringLiteral("S: 334 UGFzc3dvcmQ6") << QStringLiteral("C: *") << QStringLiteral("S: 535 no");
        ScriptedServer server(script);
        QVERIFY(server.listen());
        Transcript transcript;
        SessionConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = server.port();
        config.allowInsecureAuth = true;
        config.timeoutMs = 3000;
        SmtpSession session(config, &transcript);
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.open();
        QVERIFY(finished.wait(5000));
        session.authenticate({ QStringLiteral("alice"), password });
        QVERIFY(finished.wait(5000));
        QCOMPARE(session.failure().kind, Kind::AuthRejected);
        const QByteArray b64Plain = QByteArray("\0alice\0", 7).append(password.toUtf8()).toBase64();
        for (const TranscriptEntry& e : transcript.entries()) {
            QVERIFY2(!e.text.contains(password), qPrintable(e.text));
            QVERIFY2(!e.text.contains(QString::fromLatin1(b64Plain)), qPrintable(e.text));
            QVERIFY2(!e.text.contains(QString::fromLatin1(password.toUtf8().toBase64())), qPrintable(e.text));
        }
    }
}

void TestSmtpSession::cramMd5Answer()
{
    // RFC 2195's example: user tim, secret tanstaaftanstaaf.
    const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const QByteArray answer = Sasl::cramMd5Response(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), challenge);
    QCOMPARE(QByteArray::fromBase64(answer), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QVERIFY(Sasl::cramMd5Response(QStringLiteral("tim"), QStringLiteral("x"), "!!!not base64").isEmpty());
    QVERIFY(Sasl::cramMd5Response(QStringLiteral("tim"), QStringLiteral("x"), "").isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
