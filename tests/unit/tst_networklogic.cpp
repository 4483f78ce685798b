// The pure judgements behind the network and interference steps: typo suggestions, the antivirus and
// proxy issuer table, clock-skew, ESMTP masking, the sweep's timing and its port classification.
// Certificates are made with openssl in a temporary directory (real X.509, no hand-written fakes).
#include "core/checks/portverdict.h"
#include "core/network/clockjudgement.h"
#include "core/network/esmtpinspection.h"
#include "core/network/interceptionproducts.h"
#include "core/network/knownhosts.h"
#include "core/network/sweeptiming.h"
#include "core/smtp/protocolsniffer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpDoctor;

class TestNetworkLogic : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typingDistance_data();
    void typingDistance();
    void suggestion_data();
    void suggestion();
    void wholeWords_data();
    void wholeWords();
    void interception_data();
    void interception();
    void leafSubjectIsNoInterception();
    void clock_data();
    void clock();
    void greetingDate_data();
    void greetingDate();
    void serverClock();
    void masking_data();
    void masking();
    void inspectionEvidence();
    void proxyGreeting_data();
    void proxyGreeting();
    void timing();
    void verdicts_data();
    void verdicts();
    void sniffer_data();
    void sniffer();

private:
    // A CA named `caSubject` and a leaf for mail.test it signs; returns {leaf, ca} as presented.
    QList<QSslCertificate> chain(
        const QString& name, const QString& caSubject, int caDays = 60, int leafDays = 30);
    QTemporaryDir m_dir;
    QString m_openssl;
};

void TestNetworkLogic::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(),
        "openssl is needed to make test certificates (packaging/debian-packages.txt, [test])");
}

QList<QSslCertificate> TestNetworkLogic::chain(
    const QString& name, const QString& caSubject, int caDays, int leafDays)
{
    const QString base = m_dir.filePath(name);
    const auto run = [this](const QStringList& args) {
        QProcess p;
        p.start(m_openssl, args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    if (!run(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
            + QStringList { QStringLiteral("-keyout"), base + QStringLiteral("-ca.key"),
                QStringLiteral("-out"), base + QStringLiteral("-ca.pem"), QStringLiteral("-subj"), caSubject,
                QStringLiteral("-days"), QString::number(caDays) }))
        return {};
    if (!run(QStringList { QStringLiteral("req") } + ec
            + QStringList { QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                base + QStringLiteral(".csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=mail.test/O=Example Mail") }))
        return {};
    if (!run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            base + QStringLiteral(".csr"), QStringLiteral("-CA"), base + QStringLiteral("-ca.pem"),
            QStringLiteral("-CAkey"), base + QStringLiteral("-ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), base + QStringLiteral(".pem"), QStringLiteral("-days"),
            QString::number(leafDays) }))
        return {};
    QList<QSslCertificate> out = QSslCertificate::fromPath(base + QStringLiteral(".pem"));
    out += QSslCertificate::fromPath(base + QStringLiteral("-ca.pem"));
    return out;
}

void TestNetworkLogic::typingDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "smtp.gmail.com"
                          << "smtp.gmail.com" << 0;
    QTest::newRow("swap") << "smtp.gmial.com"
                          << "smtp.gmail.com" << 1;
    QTest::newRow("missing letter") << "smtp.gmai.com"
                                    << "smtp.gmail.com" << 1;
    QTest::newRow("extra letter") << "smtp.gmaill.com"
                                  << "smtp.gmail.com" << 1;
    QTest::newRow("wrong letter") << "smtp.gmsil.com"
                                  << "smtp.gmail.com" << 1;
    QTest::newRow("two slips") << "smpt.gmial.com"
                               << "smtp.gmail.com" << 2;
    QTest::newRow("empty") << ""
                           << "abc" << 3;
}

void TestNetworkLogic::typingDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(SmtpDoctor::typingDistance(a, b), distance);
    QCOMPARE(SmtpDoctor::typingDistance(b, a), distance);
}

void TestNetworkLogic::suggestion_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gmail swap") << "smtp.gmial.com"
                                << "smtp.gmail.com";
    QTest::newRow("smpt") << "smpt.gmail.com"
                          << "smtp.gmail.com";
    QTest::newRow("office 356") << "smtp.office356.com"
                                << "smtp.office365.com";
    QTest::newRow("outlook") << "smtp-mail.outlok.com"
                             << "smtp-mail.outlook.com";
    QTest::newRow("yahoo japan") << "smtp.mail.yahoo.co.pj"
                                 << "smtp.mail.yahoo.co.jp";
    QTest::newRow("nifty") << "smtp.nifty.con"
                           << "smtp.nifty.com";
    QTest::newRow("ocn") << "smtp.ocn.ne.pj"
                         << "smtp.ocn.ne.jp";
    QTest::newRow("biglobe") << "smtp.bigloe.ne.jp"
                             << "smtp.biglobe.ne.jp";
    QTest::newRow("icloud") << "smtp.mail.me.cm"
                            << "smtp.mail.me.com";
    QTest::newRow("domain only") << "gmail.com"
                                 << "smtp.gmail.com";
    QTest::newRow("upper case, trailing dot") << "SMTP.GMIAL.COM."
                                              << "smtp.gmail.com";
    QTest::newRow("known name itself") << "smtp.gmail.com"
                                       << "";
    QTest::newRow("unrelated") << "mail.example.org"
                               << "";
    QTest::newRow("short and far") << "smtp.x.jp"
                                   << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestNetworkLogic::suggestion()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(suggestKnownHost(typed), expected);
}

void TestNetworkLogic::wholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("contains");
    QTest::newRow("word") << "ESET SSL Filter CA"
                          << "eset" << true;
    QTest::newRow("inside a word") << "Reset Networks Root"
                                   << "eset" << false;
    QTest::newRow("with punctuation") << "avast! Web/Mail Shield Root"
                                      << "avast" << true;
    QTest::newRow("two words") << "Trend Micro Deep Discovery"
                               << "trend micro" << true;
    QTest::newRow("avg in a word") << "Savage Certificates"
                                   << "avg" << false;
    QTest::newRow("dotted") << "Dr.Web Root"
                            << "dr.web" << true;
}

void TestNetworkLogic::wholeWords()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, contains);
    QCOMPARE(containsWords(text, pattern), contains);
}

void TestNetworkLogic::interception_data()
{
    QTest::addColumn<QString>("caSubject");
    QTest::addColumn<QString>("product");
    QTest::newRow("Avast") << "/CN=Avast Web\\/Mail Shield Root/O=Avast Web\\/Mail Shield"
                           << "Avast";
    QTest::newRow("AVG") << "/CN=AVG Web\\/Mail Shield Root/O=AVG Web\\/Mail Shield"
                         << "AVG";
    QTest::newRow("ESET") << "/CN=ESET SSL Filter CA/O=ESET, spol. s r. o."
                          << "ESET";
    QTest::newRow("Kaspersky") << "/CN=Kaspersky Anti-Virus Personal Root Certificate/O=AO Kaspersky Lab"
                               << "Kaspersky";
    QTest::newRow("Bitdefender") << "/CN=Bitdefender Personal CA.Net-Defender/O=Bitdefender"
                                 << "Bitdefender";
    QTest::newRow("Norton") << "/CN=Norton Web\\/Mail Shield Root/O=Norton"
                            << "Norton";
    QTest::newRow("McAfee") << "/CN=McAfee Web Gateway/O=McAfee"
                            << "McAfee";
    QTest::newRow("Sophos") << "/CN=Sophos SSL CA_C123/O=Sophos"
                            << "Sophos";
    QTest::newRow("Trend Micro") << "/CN=Trend Micro Root/O=Trend Micro"
                                 << "Trend Micro";
    QTest::newRow("Fortinet") << "/CN=FortiGate CA/O=Fortinet"
                              << "Fortinet FortiGate";
    QTest::newRow("Zscaler") << "/CN=Zscaler Intermediate Root CA/O=Zscaler Inc."
                             << "Zscaler";
    QTest::newRow("Cisco Umbrella") << "/CN=Cisco Umbrella Secondary SubCA ord-SG/O=Cisco"
                                    << "Cisco Umbrella";
    QTest::newRow("Palo Alto") << "/CN=Forward-Trust-CA/O=Palo Alto Networks"
                               << "Palo Alto Networks";
    QTest::newRow("ordinary CA") << "/CN=R3/O=Let's Encrypt"
                                 << "";
    QTest::newRow("a CA whose name contains reset") << "/CN=Reset Root CA/O=Savage Certificates"
                                                    << "";
}

void TestNetworkLogic::interception()
{
    QFETCH(QString, caSubject);
    QFETCH(QString, product);
    const QList<QSslCertificate> certs = chain(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')), caSubject);
    QCOMPARE(certs.size(), 2);
    const std::optional<InterceptionMatch> match = findInterception(certs);
    QCOMPARE(match ? QString::fromLatin1(match->product->name) : QString(), product);
    if (match) {
        QVERIFY(!match->authority.isEmpty());
        QVERIFY(!match->product->settingText().toString().isEmpty());
        // Only the leaf: the issuer names alone still give the product away.
        QVERIFY(findInterception({ certs.first() }));
    }
}

void TestNetworkLogic::leafSubjectIsNoInterception()
{
    // A mail server run by a security vendor, with a certificate from an ordinary authority.
    const QList<QSslCertificate> certs
        = chain(QStringLiteral("vendor"), QStringLiteral("/CN=Example Public CA/O=Example Trust"));
    QCOMPARE(certs.size(), 2);
    QVERIFY(!findInterception(certs));
    for (const InterceptionProduct& p : interceptionProducts()) {
        QVERIFY(!p.patterns.isEmpty());
        QVERIFY(p.setting && *p.setting);
    }
}

void TestNetworkLogic::clock_data()
{
    QTest::addColumn<int>("daysFromNow");
    QTest::addColumn<int>("expected");
    QTest::newRow("right clock") << 0 << int(ClockJudgement::Verdict::Plausible);
    QTest::newRow("a few days ahead: still valid") << 10 << int(ClockJudgement::Verdict::Plausible);
    QTest::newRow("leaf expired only: the server's problem") << 40 << int(ClockJudgement::Verdict::Plausible);
    QTest::newRow("leaf and authority expired: clock ahead") << 400 << int(ClockJudgement::Verdict::Ahead);
    QTest::newRow("before the certificates: clock behind") << -20 << int(ClockJudgement::Verdict::Behind);
    QTest::newRow("years behind") << -3000 << int(ClockJudgement::Verdict::Behind);
}

void TestNetworkLogic::clock()
{
    QFETCH(int, daysFromNow);
    QFETCH(int, expected);
    static const QList<QSslCertificate> certs
        = chain(QStringLiteral("clock"), QStringLiteral("/CN=Clock Test CA"), 60, 30);
    QCOMPARE(certs.size(), 2);
    // Dates vouched for by an authority (only the dates were wrong): they count on their own.
    const ClockJudgement j = judgeClock(
        QDateTime::currentDateTimeUtc().addDays(daysFromNow), { ChainSeen { certs, false, true } });
    QCOMPARE(int(j.verdict), expected);
    if (j.isSkewed())
        QVERIFY(j.validFrom.isValid() && j.validUntil.isValid());
}

void TestNetworkLogic::greetingDate_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime utc(QDate(2024, 1, 22), QTime(10, 0, 0), Qt::UTC);
    QTest::newRow("exim") << "mx.example.com ESMTP Exim 4.96 Mon, 22 Jan 2024 10:00:00 +0000" << utc;
    QTest::newRow("sendmail, offset")
        << "mail.example.jp ESMTP Sendmail 8.17.1/8.17.1; Mon, 22 Jan 2024 19:00:00 +0900" << utc;
    QTest::newRow("microsoft")
        << "ex.example.com Microsoft ESMTP MAIL Service ready at Mon, 22 Jan 2024 05:00:00 -0500" << utc;
    QTest::newRow("no seconds, GMT") << "host ESMTP 22 Jan 2024 10:00 GMT" << utc.addSecs(0);
    QTest::newRow("no date") << "smtp.gmail.com ESMTP a1-20020a05" << QDateTime();
    QTest::newRow("no zone") << "host ESMTP 22 Jan 2024 10:00:00" << QDateTime();
    QTest::newRow("impossible day") << "host ESMTP 31 Feb 2024 10:00:00 +0000" << QDateTime();
}

void TestNetworkLogic::greetingDate()
{
    QFETCH(QString, greeting);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> got = dateInGreeting(greeting);
    QCOMPARE(got.has_value(), expected.isValid());
    if (got)
        QCOMPARE(got->toUTC(), expected);
}

void TestNetworkLogic::serverClock()
{
    // The greeting's date is whatever the server says: never a verdict on its own (issue 14), only a
    // second opinion where a certificate nobody vouches for says the same.
    static const QList<QSslCertificate> certs
        = chain(QStringLiteral("serverclock"), QStringLiteral("/CN=Server Clock Test CA"), 60, 30);
    QCOMPARE(certs.size(), 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ChainSeen unvouched { certs, false, false };
    QCOMPARE(int(judgeClock(now, { unvouched }, now.addDays(-3)).verdict),
        int(ClockJudgement::Verdict::Plausible));
    QCOMPARE(
        int(judgeClock(now, { unvouched }, now.addDays(3)).verdict), int(ClockJudgement::Verdict::Plausible));
    QCOMPARE(int(judgeClock(now, {}, now.addDays(-3000)).verdict), int(ClockJudgement::Verdict::Plausible));
    // The computer 20 days behind: the certificates are not valid yet by its date, and the server's
    // greeting says the same. Two sources agree.
    const ClockJudgement agreed = judgeClock(now.addDays(-20), { unvouched }, now);
    QCOMPARE(int(agreed.verdict), int(ClockJudgement::Verdict::Behind));
    QVERIFY(agreed.serverTime.has_value());
    QCOMPARE(int(judgeClock(now.addDays(-20), { unvouched }, now.addDays(-20)).verdict),
        int(ClockJudgement::Verdict::Plausible));
    // A date before this program existed is wrong whatever a server shows, unless a chain verified.
    const QDateTime past(QDate(2019, 5, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(int(judgeClock(past, { unvouched }).verdict), int(ClockJudgement::Verdict::Behind));
    QCOMPARE(int(judgeClock(past, { ChainSeen { certs, true, false } }).verdict),
        int(ClockJudgement::Verdict::Plausible));
}

void TestNetworkLogic::masking_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("masked");
    QTest::newRow("cisco banner") << "*****************************************" << true;
    QTest::newRow("pix partial") << "****************************2*0**0*2*******" << true;
    QTest::newRow("ordinary") << "mail.example.com ESMTP Postfix" << false;
    QTest::newRow("one decorative star")
        << "*** Welcome to mail.example.com ESMTP service ready ***" << false;
}

void TestNetworkLogic::masking()
{
    QFETCH(QString, text);
    QFETCH(bool, masked);
    QCOMPARE(isMaskedText(text), masked);
    QVERIFY(isMaskedKeyword(QStringLiteral("XXXXXXXA")));
    QVERIFY(isMaskedKeyword(QStringLiteral("XXXX")));
    QVERIFY(!isMaskedKeyword(QStringLiteral("XCLIENT")));
    QVERIFY(!isMaskedKeyword(QStringLiteral("STARTTLS")));
}

static SmtpReply reply(int code, const QStringList& lines)
{
    SmtpReply r;
    r.code = code;
    r.lines = lines;
    return r;
}

void TestNetworkLogic::inspectionEvidence()
{
    const SmtpReply tlsEhlo = reply(250,
        { QStringLiteral("mail.test"), QStringLiteral("PIPELINING"), QStringLiteral("AUTH PLAIN LOGIN") });
    const SmtpView encrypted { 465, reply(220, { QStringLiteral("mail.test ESMTP") }), tlsEhlo, false,
        Capabilities::fromEhloReply(tlsEhlo) };

    // Masked banner and X'd keywords.
    const SmtpReply maskedEhlo = reply(
        250, { QStringLiteral("mail.test"), QStringLiteral("PIPELINING"), QStringLiteral("XXXXXXXA") });
    const SmtpView masked { 587, reply(220, { QStringLiteral("***************") }), maskedEhlo, false,
        Capabilities::fromEhloReply(maskedEhlo) };
    InspectionEvidence e = findEsmtpInspection({ masked }, { encrypted });
    QVERIFY(e.has(InspectionEvidence::Sign::MaskedBanner));
    QVERIFY(e.has(InspectionEvidence::Sign::MaskedKeywords));
    QCOMPARE(e.encryptedText, QStringLiteral("mail.test ESMTP"));

    // EHLO refused in clear, accepted over TLS; without the TLS view it proves nothing.
    const SmtpView guarded { 25, reply(220, { QStringLiteral("mail.test ESMTP") }),
        reply(500, { QStringLiteral("5.5.1 Command unrecognized") }), true, {} };
    QVERIFY(
        findEsmtpInspection({ guarded }, { encrypted }).has(InspectionEvidence::Sign::EhloRefusedInClear));
    QVERIFY(!findEsmtpInspection({ guarded }, {}).found());

    // Neither STARTTLS nor AUTH in clear, AUTH over TLS.
    const SmtpReply bareEhlo = reply(
        250, { QStringLiteral("mail.test"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 1000") });
    const SmtpView stripped { 587, reply(220, { QStringLiteral("mail.test ESMTP") }), bareEhlo, false,
        Capabilities::fromEhloReply(bareEhlo) };
    QVERIFY(findEsmtpInspection({ stripped }, { encrypted }).has(InspectionEvidence::Sign::StartTlsStripped));
    // The same on port 25 is a receiving-only server (the test Postfix's port 25 is one), not a sign.
    SmtpView receivingOnly = stripped;
    receivingOnly.port = 25;
    QVERIFY(!findEsmtpInspection({ receivingOnly }, { encrypted }).found());

    // A healthy server: STARTTLS in clear, AUTH only after it (Postfix's default) is no sign.
    const SmtpReply healthyEhlo = reply(
        250, { QStringLiteral("mail.test"), QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS") });
    const SmtpView healthy { 587, reply(220, { QStringLiteral("mail.test ESMTP") }), healthyEhlo, false,
        Capabilities::fromEhloReply(healthyEhlo) };
    QVERIFY(!findEsmtpInspection({ healthy }, { encrypted }).found());
}

void TestNetworkLogic::proxyGreeting_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("proxy");
    QTest::newRow("wingate") << "WinGate Engine SMTP Proxy ready"
                             << "WinGate";
    QTest::newRow("generic") << "mail relay: SMTP proxy server ready"
                             << "smtp proxy";
    QTest::newRow("host named proxy") << "proxy.example.com ESMTP Postfix"
                                      << "";
    QTest::newRow("mail-proxy host") << "mail-proxy.example.com ESMTP"
                                     << "";
    QTest::newRow("ordinary") << "mail.example.com ESMTP"
                              << "";
}

void TestNetworkLogic::proxyGreeting()
{
    QFETCH(QString, greeting);
    QFETCH(QString, proxy);
    QCOMPARE(proxyInGreeting(greeting), proxy);
}

void TestNetworkLogic::timing()
{
    // A few seconds at most, at least one lost connection request's resend, never beyond the timeout.
    QCOMPARE(filteredBoundMs(0, 10000), 1500);
    QCOMPARE(filteredBoundMs(50, 10000), 1900);
    QCOMPARE(filteredBoundMs(2000, 10000), 3000);
    QCOMPARE(filteredBoundMs(0, 1000), 1000);
    QVERIFY(filteredBoundMs(10, 10000) + 1000 <= 6000); // the port-25-dropped benchmark's budget
    QCOMPARE(silenceProbeMs(10000), 2500);
    QCOMPARE(silenceProbeMs(3000), 1000);
    QCOMPARE(silenceProbeMs(1000), 0); // too short to ask and still hear the answer
}

void TestNetworkLogic::verdicts_data()
{
    using K = SessionFailure::Kind;
    using S = SessionState;
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("greetingCode"); // a greeting seen before the check cut the probe off
    QTest::newRow("smtp") << true << int(K::None) << int(S::Ready) << "smtp" << 0;
    QTest::newRow("refused") << false << int(K::Refused) << int(S::Connecting) << "refused" << 0;
    QTest::newRow("no answer to connect") << false << int(K::Timeout) << int(S::Connecting) << "filtered" << 0;
    QTest::newRow("unreachable") << false << int(K::NetworkError) << int(S::Connecting) << "filtered" << 0;
    QTest::newRow("no greeting") << false << int(K::Silent) << int(S::Greeting) << "silent" << 0;
    QTest::newRow("cut off in greeting wait") << false << int(K::Timeout) << int(S::Greeting) << "silent" << 0;
    QTest::newRow("reset") << false << int(K::Reset) << int(S::Greeting) << "reset" << 0;
    QTest::newRow("pop3") << false << int(K::NotSmtp) << int(S::Greeting) << "not-smtp" << 0;
    QTest::newRow("421") << false << int(K::GreetingRejected) << int(S::Greeting) << "greeting-rejected" << 0;
    QTest::newRow("tls") << false << int(K::TlsHandshakeFailed) << int(S::TlsHandshake) << "tls-failed" << 0;
    QTest::newRow("helo refused") << false << int(K::HeloRejected) << int(S::Helo) << "error" << 0;
    // Stopped because the check had its answer: greeted, so a mail server, whatever EHLO would have said.
    QTest::newRow("cut off after 220") << false << int(K::Timeout) << int(S::Ehlo) << "smtp" << 220;
    QTest::newRow("cut off after 554") << false << int(K::Timeout) << int(S::Ehlo) << "error" << 554;
}

void TestNetworkLogic::verdicts()
{
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(int, state);
    QFETCH(QString, verdict);
    QFETCH(int, greetingCode);
    PortProbeResult r;
    r.ok = ok;
    if (greetingCode) {
        r.cutOff = true;
        r.greeting.code = greetingCode;
        r.greeting.lines << QStringLiteral("mail.test ESMTP");
    }
    r.failure.kind = SessionFailure::Kind(kind);
    r.failure.state = SessionState(state);
    r.failure.otherProtocol
        = r.failure.kind == SessionFailure::Kind::NotSmtp ? QStringLiteral("POP3") : QString();
    QCOMPARE(portVerdictName(portVerdict(r)), verdict);
    const QString label = portVerdictLabel(r).toString();
    QVERIFY(!label.isEmpty());
    if (verdict == QLatin1String("not-smtp"))
        QVERIFY(label.contains(QLatin1String("POP3")));
}

void TestNetworkLogic::sniffer_data()
{
    QTest::addColumn<QByteArray>("firstBytes");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("pop3") << QByteArray("+OK Dovecot ready.\r\n") << "POP3";
    QTest::newRow("imap") << QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n") << "IMAP";
    QTest::newRow("http status") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "HTTP";
    QTest::newRow("http 0.9 body") << QByteArray("<html>\r\n<head><title>400 Bad Request</title>") << "HTTP";
    QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n") << "SSH";
    QTest::newRow("tls alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7) << "TLS";
    QTest::newRow("telnet") << QByteArray("\xff\xfd\x18\xff\xfd\x20", 6) << "Telnet";
    QTest::newRow("mysql") << QByteArray("\x4a\x00\x00\x00\x0a"
                                         "8.0.36\x00",
        12) << "MySQL";
    QTest::newRow("ftp") << QByteArray("220 ProFTPD Server ready\r\n") << "FTP";
    QTest::newRow("smtp") << QByteArray("220 mail.example.com ESMTP Postfix\r\n") << "";
    QTest::newRow("masked smtp") << QByteArray("220 ****************\r\n") << "";
}

void TestNetworkLogic::sniffer()
{
    QFETCH(QByteArray, firstBytes);
    QFETCH(QString, protocol);
    QCOMPARE(sniffOtherProtocol(firstBytes), protocol);
}

QTEST_GUILESS_MAIN(TestNetworkLogic)
#include "tst_networklogic.moc"
