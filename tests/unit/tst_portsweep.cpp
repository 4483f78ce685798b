// PortSweep against real listeners on loopback: a scripted SMTP server, a closed port, servers of other
// protocols (POP3 and IMAP greet first; a web server answers only when spoken to), and the rules that
// keep the sweep from waiting: every port is classified, the silent one after one probe line.
#include "core/checks/portsweep.h"
#include "core/checks/portverdict.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace SmtpDoctor;

class TestPortSweep : public QObject
{
    Q_OBJECT
private slots:
    void classifiesEachPort();
    void bestPrefersImplicitTlsThenSubmission();

private:
    static quint16 closedPort();
};

quint16 TestPortSweep::closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = s.serverPort();
    s.close(); // nothing listens there any more: the connection is refused
    return port;
}

void TestPortSweep::classifiesEachPort()
{
    ScriptedServer smtp({ QStringLiteral("S: 220 mail.test ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-mail.test"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 bye"), QStringLiteral("X:") });
    ScriptedServer pop3({ QStringLiteral("S: +OK Dovecot ready."), QStringLiteral("Z:") });
    ScriptedServer imap({ QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready"), QStringLiteral("Z:") });
    // A web server says nothing until it hears a request; our probe line is "QUIT".
    ScriptedServer http(
        { QStringLiteral("C: QUIT"), QStringLiteral("S: HTTP/1.1 400 Bad Request"), QStringLiteral("X:") });
    for (ScriptedServer* s : { &smtp, &pop3, &imap, &http })
        QVERIFY(s->listen());
    const quint16 closed = closedPort();
    QVERIFY(closed != 0);

    ConnectionTarget target;
    target.settings.host = QStringLiteral("127.0.0.1");
    target.settings.timeoutSeconds = 3; // the silence probe goes out after 1 s
    Transcript transcript;
    PortSweep sweep(target, 0, &transcript);
    QSignalSpy finished(&sweep, &PortSweep::finished);
    const int iSmtp = sweep.add({ smtp.port(), Security::StartTls });
    const int iClosed = sweep.add({ closed, Security::StartTls });
    const int iPop3 = sweep.add({ pop3.port(), Security::StartTls });
    const int iImap = sweep.add({ imap.port(), Security::StartTls }, true);
    const int iHttp = sweep.add({ http.port(), Security::StartTls });
    QCOMPARE(sweep.add({ smtp.port(), Security::StartTls }), iSmtp); // no second probe of the same endpoint
    QVERIFY(finished.wait(10000));
    QVERIFY(sweep.isFinished());

    const QList<PortProbeResult>& r = sweep.results();
    QCOMPARE(portVerdict(r[iSmtp]), PortVerdict::Smtp);
    QVERIFY(r[iSmtp].capabilities.startTls());
    QVERIFY(r[iSmtp].connectMs >= 0);
    QCOMPARE(portVerdict(r[iClosed]), PortVerdict::Refused);
    QCOMPARE(portVerdict(r[iPop3]), PortVerdict::NotSmtp);
    QCOMPARE(r[iPop3].failure.otherProtocol, QStringLiteral("POP3"));
    QCOMPARE(r[iImap].failure.otherProtocol, QStringLiteral("IMAP"));
    QVERIFY(r[iImap].background);
    QCOMPARE(portVerdict(r[iHttp]), PortVerdict::NotSmtp);
    QCOMPARE(r[iHttp].failure.otherProtocol, QStringLiteral("HTTP"));
    QVERIFY(r[iHttp].silenceProbed);
    QVERIFY(!r[iSmtp].silenceProbed);
    QVERIFY2(http.errors().isEmpty(), qPrintable(http.errors().join(QLatin1Char('\n'))));

    // The open SMTP session can be adopted; the rest say QUIT.
    SmtpSession* session = sweep.take({ smtp.port(), Security::StartTls });
    QVERIFY(session);
    QVERIFY(!sweep.take({ smtp.port(), Security::StartTls }));
    delete session;
}

void TestPortSweep::bestPrefersImplicitTlsThenSubmission()
{
    const auto ok = [](quint16 port, Security security, bool startTls) {
        PortProbeResult r;
        r.ok = true;
        r.endpoint = { port, security };
        SmtpReply ehlo;
        ehlo.code = 250;
        ehlo.lines = startTls ? QStringList { QStringLiteral("x"), QStringLiteral("STARTTLS") }
                              : QStringList { QStringLiteral("x") };
        r.capabilities = Capabilities::fromEhloReply(ehlo);
        return r;
    };
    QList<PortProbeResult> results { ok(25, Security::StartTls, true), ok(587, Security::StartTls, true),
        ok(465, Security::Tls, false) };
    QCOMPARE(PortSweep::best(results)->endpoint.port, quint16(465));
    results.removeLast();
    QCOMPARE(PortSweep::best(results)->endpoint.port, quint16(587));
    // A port without STARTTLS comes after one with it, whatever the port.
    results = { ok(587, Security::StartTls, false), ok(2525, Security::StartTls, true) };
    QCOMPARE(PortSweep::best(results)->endpoint.port, quint16(2525));
    results.first().ok = false;
    results.last().ok = false;
    QVERIFY(!PortSweep::best(results));
}

QTEST_GUILESS_MAIN(TestPortSweep)
#include "tst_portsweep.moc"
