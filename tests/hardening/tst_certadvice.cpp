// Issue 14, class 1: advice an attacker cannot steer. The names in a certificate are whatever its maker
// wrote; the report may tell the user to type one of them into the mail program only when a trusted
// authority vouches for the certificate and the name is all that is wrong. Scripted servers present the
// certificates of tests/fixtures/certs/make-certs.sh (ctest fixture "certs") with STARTTLS or TLS from
// the start, in both languages.
#include "checkrun.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString AttackerName = QStringLiteral("smtp.attacker.example");

QStringList starttlsScript()
{
    return lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 250-tls.example", "S: 250-STARTTLS",
        "S: 250 AUTH PLAIN", "C: STARTTLS", "S: 220 2.0.0 go ahead", "T:", "C: EHLO *", "S: 250-tls.example",
        "S: 250 AUTH PLAIN", "C: *", "S: 221 bye" });
}

QStringList implicitScript()
{
    return lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 250-tls.example", "S: 250 AUTH PLAIN", "C: *",
        "S: 221 bye" });
}

// Every human text of a finding, joined.
QString wordsOf(const QJsonObject& finding)
{
    QString all = finding.value(QStringLiteral("title")).toString() + QLatin1Char('\n')
        + finding.value(QStringLiteral("explanation")).toString() + QLatin1Char('\n')
        + finding.value(QStringLiteral("fix")).toString();
    for (const QJsonValue& d : finding.value(QStringLiteral("details")).toArray())
        all += QLatin1Char('\n') + d.toString();
    return all;
}

} // namespace

class TestCertAdvice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mismatchAdvice_data();
    void mismatchAdvice();

private:
    QString m_certs;
};

void TestCertAdvice::initTestCase()
{
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
}

void TestCertAdvice::mismatchAdvice_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("consent"); // --allow-insecure
    QTest::addColumn<QString>("otherFinding"); // why the certificate cannot be trusted ("" = it can)
    QTest::addColumn<bool>("nameSuggested"); // the fix may name the certificate's name

    for (const bool implicit : { false, true }) {
        const char* how = implicit ? "TLS from the start" : "STARTTLS";
        for (const char* language : { "en", "ja" }) {
            // Trusted authority, only the name is wrong: the provider's own name is the advice.
            QTest::addRow("trusted, name only, %s, %s", how, language)
                << "wrongname.pem" << implicit << language << false << QString() << true;
            // Nobody vouches for these names: they must never become advice.
            QTest::addRow("self-signed, %s, %s", how, language)
                << "selfsigned-wrongname.pem" << implicit << language << false
                << "tls.certificate-self-signed" << false;
            QTest::addRow("unknown authority, %s, %s", how, language)
                << "untrusted-wrongname.pem" << implicit << language << false << "tls.certificate-untrusted"
                << false;
            QTest::addRow("trusted but expired, %s, %s", how, language)
                << "expired-wrongname.pem" << implicit << language << false << "tls.certificate-expired"
                << false;
        }
        // Consent to continue covers this one certificate; it does not make its names true.
        QTest::addRow("self-signed with consent, %s", how) << "selfsigned-wrongname.pem" << implicit << "en"
                                                           << true << "tls.certificate-self-signed" << false;
    }
}

void TestCertAdvice::mismatchAdvice()
{
    QFETCH(QString, chain);
    QFETCH(bool, implicitTls);
    QFETCH(QString, language);
    QFETCH(bool, consent);
    QFETCH(QString, otherFinding);
    QFETCH(bool, nameSuggested);

    ScriptedServer server(implicitTls ? implicitScript() : starttlsScript());
    QVERIFY(server.setTlsFiles(m_certs + QLatin1Char('/') + chain, m_certs + QStringLiteral("/leaf.key")));
    server.setImplicitTls(implicitTls);
    QVERIFY(server.listen());
    QStringList args { QStringLiteral("--security"),
        implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"), QStringLiteral("--timeout"),
        QStringLiteral("3"), QStringLiteral("--ca-file"), m_certs + QStringLiteral("/root-ca.pem") };
    if (consent)
        args << QStringLiteral("--allow-insecure");
    const CheckRun run = runCheckIn(language, server.port(), args);
    QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());

    const QStringList ids = run.findingIds(QStringLiteral("tls"));
    QVERIFY2(ids.contains(QStringLiteral("tls.certificate-hostname-mismatch")),
        qPrintable(ids.join(QLatin1Char(' '))));
    if (!otherFinding.isEmpty())
        QVERIFY2(ids.contains(otherFinding), qPrintable(ids.join(QLatin1Char(' '))));
    const QJsonObject mismatch = run.finding(QStringLiteral("tls.certificate-hostname-mismatch"));
    const QString fix = mismatch.value(QStringLiteral("fix")).toString();
    const QString explanation = mismatch.value(QStringLiteral("explanation")).toString();
    QVERIFY(!fix.isEmpty() && !explanation.isEmpty());
    const QString certName
        = chain == QLatin1String("wrongname.pem") ? QStringLiteral("other.example.test") : AttackerName;
    if (nameSuggested) {
        QVERIFY2(fix.contains(certName), qPrintable(fix));
    } else {
        // Not in the advice, and not as a name to use anywhere else in the report's words either; the
        // explanation may quote it only as what the certificate claims.
        QVERIFY2(!fix.contains(certName), qPrintable(fix));
        for (const QJsonValue& s : run.report.value(QStringLiteral("steps")).toArray())
            for (const QJsonValue& f : s.toObject().value(QStringLiteral("findings")).toArray())
                if (f.toObject().value(QStringLiteral("id")).toString()
                    != QLatin1String("tls.certificate-hostname-mismatch"))
                    QVERIFY2(!f.toObject().value(QStringLiteral("fix")).toString().contains(certName),
                        qPrintable(wordsOf(f.toObject())));
        QVERIFY(!run.report.value(QStringLiteral("recommendation")).isObject());
    }
    // The words are the report's language: the Japanese fix is Japanese, and says the other thing.
    if (language == QLatin1String("ja")) {
        bool japanese = false;
        for (const QChar c : fix)
            japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff);
        QVERIFY2(japanese, qPrintable(fix));
    } else if (!nameSuggested) {
        QVERIFY2(fix.contains(QLatin1String("Do not change")), qPrintable(fix));
    }
    // Never the password to a server whose certificate failed, unless consented.
    QTest::qWait(50);
    bool sawAuth = false;
    for (const QString& line : server.received())
        sawAuth = sawAuth || line.startsWith(QLatin1String("AUTH"));
    QVERIFY(!sawAuth); // no user was given at all: sign-in is not part of this test
    QCOMPARE(run.status(QStringLiteral("tls")), QStringLiteral("fail"));
}

QTEST_GUILESS_MAIN(TestCertAdvice)
#include "tst_certadvice.moc"
