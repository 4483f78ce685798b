// The password never leaves the wire: not in the JSON or text report, not on standard error, not in
// debug logging, in no encoding (as typed, base64 for LOGIN, AUTH PLAIN's base64, the CRAM-MD5
// answer), not even when the server echoes it back in its reply.
#include "checkrun.h"
#include "core/smtp/saslmechanism.h"
#include "scriptedserver.h"

#include <QTest>

namespace {

const QString Password = QStringLiteral("S3cret: pass w\u00f6rd");
const QByteArray CramChallenge = "<1896.697170952@postoffice.example>";

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void neverPrinted_data();
    void neverPrinted();
};

void TestSecrets::neverPrinted_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("format");
    for (const char* mechanism : { "PLAIN", "LOGIN", "CRAM-MD5" })
        for (const char* format : { "json", "text" })
            QTest::addRow("%s, %s", mechanism, format) << QString::fromLatin1(mechanism) << QString::fromLatin1(format);
}

void TestSecrets::neverPrinted()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, format);
    // The server echoes the password back, plain and in base64, in a multi-line refusal.
    const QStringList refusal { QStringLiteral("S: 535-5.7.8 The password ") + Password + QStringLiteral(" is wrong"),
        QStringLiteral("S: 535 5.7.8 (") + QString::fromLatin1(Password.toUtf8().toBase64()) + QStringLiteral(")") };
    QStringList script { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH ") + mechanism };
    if (mechanism == QLatin1String("PLAIN"))
        script << QStringLiteral("C: AUTH PLAIN *");
    else if (mechanism == QLatin1String("LOGIN"))
        script << QStringLiteral("C: AUTH LOGIN") << QStringLiteral("S: 334 VXNlcm5hbWU6") << QStringLiteral("C: *") << QStringLiteral("S: 334 UGFzc3dvcmQ6")
               << QStringLiteral("C: *");
    else
        script << QStringLiteral("C: AUTH CRAM-MD5") << QStringLiteral("S: 334 ") + QString::fromLatin1(CramChallenge.toBase64()) << QStringLiteral("C: *");
    script += refusal;
    script << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye");
    ScriptedServer server(script);
    QVERIFY(server.listen());

    const CheckRun run = runCheck(server.port(),
        { QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--allow-insecure"), QStringLiteral("--timeout"), QStringLiteral("3"),
            QStringLiteral("--format"), format },
        Password, { QStringLiteral("QT_LOGGING_RULES=*.debug=true"), QStringLiteral("QT_MESSAGE_PATTERN=%{category} %{message}") });
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QCOMPARE(run.process.exitCode, 1);
    QVERIFY(run.process.out.contains("auth.rejected"));
    QVERIFY(run.process.out.contains("[hidden]"));
    QVERIFY(!run.process.err.isEmpty()); // debug logging did run

    QList<QByteArray> forms = secretForms(Password);
    forms << SmtpDoctor::Sasl::cramMd5Response(QStringLiteral("alice"), Password, CramChallenge.toBase64());
    forms << QByteArray::fromBase64(forms.last()); // "alice <hex digest>"
    // The answers the server did receive (base64 of the user name excepted) are secrets too.
    for (const QString& line : server.received())
        if (line != QLatin1String("AUTH LOGIN") && line != QLatin1String("AUTH CRAM-MD5") && !line.startsWith(QLatin1String("EHLO")) && line != QLatin1String("QUIT")
            && line != QLatin1String("YWxpY2U="))
            forms << line.section(QLatin1Char(' '), -1).toLatin1();
    QVERIFY(forms.size() >= 6);
    for (const QByteArray& form : forms) {
        QVERIFY2(!run.process.out.contains(form), form.constData());
        QVERIFY2(!run.process.err.contains(form), form.constData());
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
