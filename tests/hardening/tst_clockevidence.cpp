// Issue 14, class 2: a clock verdict only from evidence that can be trusted. A verified connection
// never yields interference.clock-skew, whatever date a greeting shows; the dates of a certificate
// nobody vouches for count only where another source agrees; the dates of a certificate from a trusted
// authority count on their own. Runs in a private network namespace, so that the background probes of
// the standard mail ports meet nothing but what the rows put there.
#include "checkrun.h"
#include "core/network/clockjudgement.h"
#include "privatenetwork.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace SmtpDoctor;

namespace {

// An RFC 5322 date as Exim puts it into its greeting.
QString rfc5322(const QDateTime& when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
        + QStringLiteral(" +0000");
}

QStringList script(const QString& greeting, bool implicitTls)
{
    QStringList s { QStringLiteral("S: 220 mail.example ESMTP Exim 4.96 ") + greeting };
    if (implicitTls)
        return s + lines({ "C: EHLO *", "S: 250-mail.example", "S: 250 AUTH PLAIN", "C: *", "S: 221 bye" });
    return s
        + lines({ "C: EHLO *", "S: 250-mail.example", "S: 250-STARTTLS", "S: 250 AUTH PLAIN", "C: STARTTLS",
            "S: 220 go ahead", "T:", "C: EHLO *", "S: 250-mail.example", "S: 250 AUTH PLAIN", "C: *",
            "S: 221 bye" });
}

} // namespace

class TestClockEvidence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clock_data();
    void clock();
    void judgement_data();
    void judgement();
    void trust_data();
    void trust();

private:
    QString m_certs;
};

void TestClockEvidence::initTestCase()
{
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
}

void TestClockEvidence::clock_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<int>("greetingHours"); // the greeting's date, in hours from now (0: no date in it)
    QTest::addColumn<bool>("skew"); // interference.clock-skew expected
    const QList<std::tuple<const char*, const char*, int, bool>> rows {
        // The case: a verified certificate, and a greeting years off.
        { "verified, greeting 8 years ahead", "good.pem", 8 * 365 * 24, false },
        { "verified, greeting 8 years behind", "good.pem", -8 * 365 * 24, false },
        { "verified, greeting 3 days off", "good.pem", 3 * 24, false },
        // Nobody vouches for this certificate, and its dates are fine: the greeting alone proves nothing.
        { "self-signed, greeting 8 years ahead", "selfsigned.pem", 8 * 365 * 24, false },
        // A trusted authority's certificate that is not valid yet: its dates are real.
        { "trusted, not valid yet", "notyet.pem", 0, true },
        { "trusted, not valid yet, greeting agrees", "notyet.pem", 40 * 24, true },
        // One expired leaf from a trusted authority is the server's mistake, not the clock's.
        { "trusted, leaf expired", "expired.pem", 0, false },
        // Whoever made it chose these dates: alone they prove nothing, with the greeting agreeing they do.
        { "self-signed, not valid yet", "selfsigned-notyet.pem", 0, false },
        { "self-signed, not valid yet, greeting agrees", "selfsigned-notyet.pem", 40 * 24, true },
        { "self-signed, not valid yet, greeting says now", "selfsigned-notyet.pem", 1, false },
    };
    for (const bool implicit : { false, true })
        for (const auto& [name, chain, days, skew] : rows)
            QTest::addRow("%s, %s", name, implicit ? "TLS from the start" : "STARTTLS")
                << QString::fromLatin1(chain) << days << skew;
}

void TestClockEvidence::clock()
{
    if (!privateNetworkError().isEmpty())
        QSKIP(qPrintable(privateNetworkError()));
    QFETCH(QString, chain);
    QFETCH(int, greetingHours);
    QFETCH(bool, skew);
    const bool implicitTls = QByteArray(QTest::currentDataTag()).endsWith("start");
    const QString greeting = greetingHours == 0
        ? QString()
        : rfc5322(QDateTime::currentDateTimeUtc().addSecs(3600LL * greetingHours));
    ScriptedServer server(script(greeting, implicitTls));
    QVERIFY(server.setTlsFiles(m_certs + QLatin1Char('/') + chain, m_certs + QStringLiteral("/leaf.key")));
    server.setImplicitTls(implicitTls);
    QVERIFY(server.listen());

    const CheckRun run = runCheck(server.port(),
        { QStringLiteral("--security"), implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"),
            QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--ca-file"),
            m_certs + QStringLiteral("/root-ca.pem") });
    QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());
    QVERIFY2(run.status(QStringLiteral("interference")) != QLatin1String("skip"),
        qPrintable(run.allFindingIds().join(QLatin1Char(' '))));
    const bool found
        = run.findingIds(QStringLiteral("interference")).contains(QStringLiteral("interference.clock-skew"));
    QVERIFY2(found == skew, qPrintable(run.allFindingIds().join(QLatin1Char(' '))));
    if (chain == QLatin1String("good.pem"))
        QCOMPARE(run.status(QStringLiteral("tls")), QStringLiteral("pass"));
    if (skew && greetingHours != 0) // the greeting agreed: it is named as the second opinion
        QVERIFY(run.finding(QStringLiteral("interference.clock-skew"))
                    .value(QStringLiteral("details"))
                    .toArray()
                    .size()
            >= 2);
}

// The judgement itself, on chains whose trust is given: no verdict against a verified chain, none
// from the greeting alone, the program's own date as evidence of its own.
void TestClockEvidence::judgement_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<bool>("vouched");
    QTest::addColumn<int>("nowDays");
    QTest::addColumn<int>("greetingDays"); // relative to the real now; 0: none
    QTest::addColumn<int>("verdict");
    using V = ClockJudgement::Verdict;
    QTest::newRow("verified beats everything")
        << "good.pem" << true << false << 0 << 3000 << int(V::Plausible);
    QTest::newRow("greeting alone, unvouched chain")
        << "selfsigned.pem" << false << false << 0 << 3000 << int(V::Plausible);
    QTest::newRow("greeting alone, years behind")
        << "selfsigned.pem" << false << false << 0 << -3000 << int(V::Plausible);
    QTest::newRow("vouched, not yet valid") << "notyet.pem" << false << true << 0 << 0 << int(V::Behind);
    QTest::newRow("vouched, clock far ahead: leaf and root expired")
        << "good.pem" << false << true << 400 << 0 << int(V::Ahead);
    QTest::newRow("unvouched, clock far ahead")
        << "selfsigned.pem" << false << false << 400 << 0 << int(V::Plausible);
    QTest::newRow("one expired self-signed certificate is no evidence, greeting or not")
        << "selfsigned.pem" << false << false << 400 << 1 << int(V::Plausible);
    QTest::newRow("before this program existed")
        << "selfsigned.pem" << false << false << -4000 << 0 << int(V::Behind);
    QTest::newRow("before this program existed, but verified")
        << "good.pem" << true << false << -4000 << 0 << int(V::Plausible);
}

void TestClockEvidence::judgement()
{
    QFETCH(QString, chain);
    QFETCH(bool, verified);
    QFETCH(bool, vouched);
    QFETCH(int, nowDays);
    QFETCH(int, greetingDays);
    QFETCH(int, verdict);
    QList<QSslCertificate> certs = QSslCertificate::fromPath(m_certs + QLatin1Char('/') + chain);
    if (chain != QLatin1String("selfsigned.pem"))
        certs += QSslCertificate::fromPath(m_certs + QStringLiteral("/root-ca.pem"));
    QVERIFY(!certs.isEmpty());
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    const std::optional<QDateTime> greeting
        = greetingDays == 0 ? std::nullopt : std::optional<QDateTime>(realNow.addDays(greetingDays));
    const ClockJudgement j
        = judgeClock(realNow.addDays(nowDays), { ChainSeen { certs, verified, vouched } }, greeting);
    QCOMPARE(int(j.verdict), verdict);
    QVERIFY(!judgeClock(realNow.addDays(nowDays), {}, greeting).isSkewed()); // no chain seen: no verdict
}

// How far a chain's dates can be trusted, from what its verification found.
void TestClockEvidence::trust_data()
{
    QTest::addColumn<QList<int>>(
        "errors"); // QSslError::SslError values; the root is the certificate of the "self-signed" ones
    QTest::addColumn<bool>("rootIsAnchor");
    QTest::addColumn<bool>("vouched");
    using E = QSslError;
    QTest::newRow("verified") << QList<int> {} << true << false;
    QTest::newRow("expired leaf") << QList<int> { E::CertificateExpired } << false << true;
    QTest::newRow("not yet valid, other name")
        << QList<int> { E::CertificateNotYetValid, E::HostNameMismatch } << false << true;
    // The TLS library drops an expired authority from the trusted ones and calls it self-signed.
    QTest::newRow("expired, the trusted root dropped")
        << QList<int> { E::CertificateExpired, E::SelfSignedCertificateInChain } << true << true;
    QTest::newRow("expired, a root nobody trusts")
        << QList<int> { E::CertificateExpired, E::SelfSignedCertificateInChain } << false << false;
    QTest::newRow("self-signed") << QList<int> { E::SelfSignedCertificate } << false << false;
    QTest::newRow("unknown issuer") << QList<int> { E::CertificateExpired,
        E::UnableToGetLocalIssuerCertificate }
                                    << false << false;
    QTest::newRow("weak signature") << QList<int> { E::CertificateExpired, E::UnspecifiedError } << true
                                    << false;
}

void TestClockEvidence::trust()
{
    QFETCH(QList<int>, errors);
    QFETCH(bool, rootIsAnchor);
    QFETCH(bool, vouched);
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(m_certs + QStringLiteral("/good.pem"));
    const QList<QSslCertificate> root = QSslCertificate::fromPath(m_certs + QStringLiteral("/root-ca.pem"));
    QVERIFY(!leaf.isEmpty() && !root.isEmpty());
    TlsInfo tls;
    tls.encrypted = true;
    tls.chain = leaf + root;
    for (const int e : errors) {
        const bool aboutRoot = e == QSslError::SelfSignedCertificateInChain
            || e == QSslError::UnableToGetLocalIssuerCertificate;
        tls.errors << QSslError(QSslError::SslError(e), aboutRoot ? root.first() : leaf.first());
    }
    tls.verified = tls.errors.isEmpty();
    const ChainSeen seen = ChainSeen::fromTls(
        tls, [&](const QSslCertificate& c) { return rootIsAnchor && c == root.first(); });
    QCOMPARE(seen.verified, errors.isEmpty());
    QCOMPARE(seen.datesVouchedFor, vouched);
}

SMTPDOCTOR_PRIVATE_NETWORK_MAIN(TestClockEvidence)
#include "tst_clockevidence.moc"
