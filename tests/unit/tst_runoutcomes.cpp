// What one step hands to the next, and the verdicts built from it: the runner against scripted servers
// on loopback, in process. Each row is a case that once went wrong (issue 13).
#include "core/checks/checkrunner.h"
#include "core/checks/checkstep.h"
#include "core/i18n/language.h"
#include "core/report/report.h"
#include "mtafixture.h"
#include "reportreader.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace SmtpDoctor;

class TestRunOutcomes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void sendAfterTheOtherUserNameForm();
    void unencryptedPasswordDetail_data();
    void unencryptedPasswordDetail();
    void temporarySignInFailureFails();
    void notRunTextsFollowTheLanguage();
    void workingWithAWarningSaysSo();
    void cancelledAndStartedAgainBeginsOnce();

private:
    // The scripted server's port, unencrypted as the user chose, with a short timeout.
    static AccountSettings plainSettings(quint16 port, const QString& user, bool allowInsecure);
    static RunRecord run(const AccountSettings& settings, const QString& password);
    static const Finding* findingIn(const RunRecord& record, StepId step, FindingId id);
};

AccountSettings TestRunOutcomes::plainSettings(quint16 port, const QString& user, bool allowInsecure)
{
    AccountSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = Security::None;
    settings.allowInsecure = allowInsecure;
    settings.user = user;
    settings.timeoutSeconds = 3;
    return settings;
}

RunRecord TestRunOutcomes::run(const AccountSettings& settings, const QString& password)
{
    CheckRunner runner({ settings, password });
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    if (!finished.wait(30000))
        qWarning("the run did not finish");
    return runner.record();
}

const Finding* TestRunOutcomes::findingIn(const RunRecord& record, StepId step, FindingId id)
{
    const StepResult* s = record.step(step);
    if (!s)
        return nullptr;
    for (const Finding& f : s->findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

// Signed in with the other form of the user name (the auth step warns): the test message still goes.
void TestRunOutcomes::sendAfterTheOtherUserNameForm()
{
    ScriptedServer smtp(lines({ "S: 220 test ESMTP", "C: EHLO *", "S: 250-test", "S: 250 AUTH PLAIN",
        "C: AUTH PLAIN *", "S: 535 5.7.8 Authentication failed", "C: AUTH PLAIN *", "S: 235 2.7.0 OK",
        "C: MAIL FROM:<alice@example.test>*", "S: 250 2.1.0 Ok", "C: RCPT TO:<bob@example.test>",
        "S: 250 2.1.5 Ok", "C: DATA", "S: 354 go ahead", "M: .", "S: 250 2.0.0 queued", "C: QUIT",
        "S: 221 bye" }));
    QVERIFY(smtp.listen());
    AccountSettings settings = plainSettings(smtp.port(), QStringLiteral("alice@example.test"), true);
    settings.email = QStringLiteral("alice@example.test");
    settings.sendTo = QStringLiteral("bob@example.test");
    const RunRecord record = run(settings, QStringLiteral("secret"));
    QVERIFY(record.step(StepId::Auth));
    QCOMPARE(record.step(StepId::Auth)->status, StepStatus::Warn);
    QVERIFY(record.signedIn);
    QVERIFY(record.step(StepId::Send));
    QCOMPARE(record.step(StepId::Send)->status, StepStatus::Pass);
    QVERIFY(findingIn(record, StepId::Send, FindingId::SendAccepted));
    QVERIFY2(smtp.errors().isEmpty(), qPrintable(smtp.errors().join(QLatin1Char('\n'))));
}

void TestRunOutcomes::unencryptedPasswordDetail_data()
{
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("never");
    QTest::newRow("allowed")
        << true
        << QStringLiteral("Because you allowed it, SMTP Doctor signs in over this unencrypted connection")
        << QStringLiteral("does not send");
    QTest::newRow("not allowed")
        << false
        << QStringLiteral("SMTP Doctor does not send a password over such a connection unless you allow it")
        << QStringLiteral("Because you allowed it");
}

// The TLS step's words about the unencrypted connection match what the sign-in step then does.
void TestRunOutcomes::unencryptedPasswordDetail()
{
    QFETCH(bool, consent);
    QFETCH(QString, detail);
    QFETCH(QString, never);
    QStringList script = lines({ "S: 220 test ESMTP", "C: EHLO *", "S: 250-test", "S: 250 AUTH PLAIN" });
    script += consent ? lines({ "C: AUTH PLAIN *", "S: 235 2.7.0 OK", "C: QUIT", "S: 221 bye" })
                      : lines({ "C: QUIT", "S: 221 bye" });
    ScriptedServer smtp(script);
    QVERIFY(smtp.listen());
    const RunRecord record
        = run(plainSettings(smtp.port(), QStringLiteral("alice"), consent), QStringLiteral("secret"));
    const Finding* f = findingIn(record, StepId::Tls, FindingId::TlsStartTlsMissing);
    QVERIFY(f);
    QString all = f->explanation().toString();
    for (const LocalizedText& d : f->details)
        all += QLatin1Char(' ') + d.toString();
    QVERIFY2(all.contains(detail), qPrintable(all));
    QVERIFY2(!all.contains(never), qPrintable(all));
    QCOMPARE(record.signedIn, consent);
    QVERIFY2(smtp.errors().isEmpty(), qPrintable(smtp.errors().join(QLatin1Char('\n'))));
}

// 454 4.7.0 to AUTH: sign-in was tested and does not work right now. The auth step fails (exit 1), the
// result line says so, and the finding says to wait.
void TestRunOutcomes::temporarySignInFailureFails()
{
    ScriptedServer smtp(lines({ "S: 220 test ESMTP", "C: EHLO *", "S: 250-test", "S: 250 AUTH PLAIN",
        "C: AUTH PLAIN *", "S: 454 4.7.0 Temporary authentication failure", "C: QUIT", "S: 221 bye" }));
    QVERIFY(smtp.listen());
    const QStringList common { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(smtp.port()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--allow-insecure"), QStringLiteral("--user"),
        QStringLiteral("alice"), QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
        QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en") };
    const ProcessResult json = runSmtpDoctor(
        common + QStringList { QStringLiteral("--format"), QStringLiteral("json") }, "secret\n");
    QCOMPARE(json.exitCode, 1);
    const QJsonObject auth = reportStep(json.json(), QStringLiteral("auth"));
    QCOMPARE(auth.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(reportFindingIds(auth), QStringList { QStringLiteral("auth.temporary-failure") });
    const ProcessResult text = runSmtpDoctor(common, "secret\n");
    QCOMPARE(text.exitCode, 1);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("Result: Sign-in failed for a temporary reason")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Sign-in was not tested")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Wait a few minutes")), qPrintable(out));
}

// A step skipped because of an earlier one names that step in the language shown now, not the one of
// the moment the run made the result.
void TestRunOutcomes::notRunTextsFollowTheLanguage()
{
    Language::install(QStringLiteral("en"));
    const StepResult r = notRunResult(StepId::Tls, StepId::Server);
    QCOMPARE(r.status, StepStatus::Skip);
    QVERIFY(r.summary.toString().contains(QStringLiteral("Mail server and port")));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings[0].id, FindingId::TlsSkipped);
    Language::install(QStringLiteral("ja"));
    const QString japaneseTitle = stepTitle(StepId::Server).toString();
    QVERIFY(japaneseTitle != QLatin1String("Mail server and port"));
    QVERIFY2(r.summary.toString().contains(japaneseTitle), qPrintable(r.summary.toString()));
    QVERIFY2(r.findings[0].explanation().toString().contains(japaneseTitle),
        qPrintable(r.findings[0].explanation().toString()));
    QVERIFY(!r.findings[0].explanation().toString().contains(QLatin1String("Mail server and port")));
    Language::install(QStringLiteral("en"));
}

// Sign-in works but without encryption (consented): the result line must not say "Everything works"
// beside the TLS warning; it says mail can be sent and names the one thing to look at.
void TestRunOutcomes::workingWithAWarningSaysSo()
{
    ScriptedServer smtp(lines({ "S: 220 test ESMTP", "C: EHLO *", "S: 250-test", "S: 250 AUTH PLAIN",
        "C: AUTH PLAIN *", "S: 235 2.7.0 ok", "C: QUIT", "S: 221 bye" }));
    QVERIFY(smtp.listen());
    const ProcessResult text = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--host"),
                                                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                                 QString::number(smtp.port()), QStringLiteral("--security"),
                                                 QStringLiteral("none"), QStringLiteral("--allow-insecure"),
                                                 QStringLiteral("--user"), QStringLiteral("alice"),
                                                 QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                                                 QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en") },
        "secret\n");
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(!out.contains(QStringLiteral("Result: Everything works")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Result: Mail can be sent: use 127.0.0.1, port %1 with").arg(smtp.port())),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("One thing needs attention: ")), qPrintable(out));
}

// The run begins after the caller's event (the wizard paints first): a run cancelled before it began and
// started again begins once, not once per start.
void TestRunOutcomes::cancelledAndStartedAgainBeginsOnce()
{
    QTcpServer closed; // a port nobody listens on: the run ends quickly at the server step
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    CheckRunner runner({ plainSettings(port, QString(), false), QString() });
    QSignalSpy started(&runner, &CheckRunner::stepStarted);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    runner.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(started.isEmpty());
    runner.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(50); // anything queued twice would have begun by now
    QCOMPARE(finished.count(), 2);
    int networkStarts = 0;
    for (const QList<QVariant>& args : std::as_const(started))
        networkStarts += args.at(0).value<StepId>() == StepId::Network;
    QCOMPARE(networkStarts, 1);
}

QTEST_GUILESS_MAIN(TestRunOutcomes)
#include "tst_runoutcomes.moc"
