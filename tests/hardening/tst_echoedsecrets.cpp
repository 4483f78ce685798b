// Issue 14, class 8: the password in any encoding. A server that echoes the password back, in Latin-1,
// UTF-16, base64 of those, percent or quoted-printable encoding, or nearly whole, must not get it into
// standard output (JSON or text report), standard error (debug logging on) or the HTML report; the
// line it came in still shows, with "[hidden]" in its place.
#include "checkrun.h"
#include "core/checks/checkrunner.h"
#include "core/i18n/language.h"
#include "core/report/htmlreportwriter.h"
#include "core/report/report.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>
#include <QUrl>

using namespace SmtpDoctor;

namespace {

const QString Latin = QStringLiteral("Tr1cky-p\u00e4ssword:42");
const QString Japanese = QStringLiteral("\u3071\u3059\u308f\u30fc\u3069\u79d8\u5bc6-Tr1cky42");

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray quotedPrintable(const QByteArray& bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u >= 33 && u <= 126 && u != '=')
            out += c;
        else
            out += '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

// The output, and the same read through the escapes a leak could hide behind: control characters the
// report made visible (\x00 between UTF-16 bytes), percent and quoted-printable encoding.
QList<QByteArray> views(const QByteArray& output)
{
    QByteArray noNul = output;
    noNul.replace("\\\\x00", "").replace("\\x00", "");
    QByteArray qp = noNul;
    qp.replace('=', '%');
    return { output, noNul, QByteArray::fromPercentEncoding(noNul), QByteArray::fromPercentEncoding(qp) };
}

// Parts of the password that no report may show in any view.
QStringList leaksIn(const QByteArray& output, const QString& password, const QByteArray& echoed)
{
    QStringList found;
    const QList<QByteArray> markers { QByteArrayLiteral("Tr1cky"), QByteArrayLiteral("ssword:42"),
        password.toUtf8().mid(0, 9), password.toUtf8().right(9) };
    for (const QByteArray& view : views(output))
        for (const QByteArray& m : markers)
            if (view.contains(m))
                found << QString::fromUtf8(m);
    // What the server sent, as it sent it (its base64 forms above all), at least its middle.
    const QByteArray middle = echoed.mid(2, std::max<qsizetype>(8, echoed.size() - 4));
    if (echoed.size() >= 12 && output.contains(middle))
        found << QString::fromLatin1(middle.toHex());
    return found;
}

} // namespace

class TestEchoedSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void echoed_data();
    void echoed();
    void htmlReport_data() { echoed_data(); }
    void htmlReport();
};

void TestEchoedSecrets::echoed_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("echo"); // the password as the server echoes it
    QTest::addColumn<QString>("where"); // "greeting", "ehlo" or "auth" (the refusal of AUTH)

    const QByteArray utf8 = Latin.toUtf8();
    const QByteArray latin1 = Latin.toLatin1();
    const QByteArray le = encoded(Latin, "UTF-16LE");
    const QByteArray be = encoded(Latin, "UTF-16BE");
    QTest::newRow("UTF-8") << Latin << utf8 << "auth";
    QTest::newRow("Latin-1 (the issue's case)") << Latin << latin1 << "auth";
    QTest::newRow("UTF-16LE") << Latin << le << "auth";
    QTest::newRow("UTF-16BE") << Latin << be << "auth";
    QTest::newRow("base64 of UTF-8") << Latin << utf8.toBase64() << "auth";
    QTest::newRow("base64 of Latin-1") << Latin << latin1.toBase64() << "auth";
    QTest::newRow("base64 of UTF-16LE") << Latin << le.toBase64() << "auth";
    QTest::newRow("base64 of UTF-16BE") << Latin << be.toBase64() << "auth";
    QTest::newRow("base64url of UTF-8, after a prefix")
        << Latin << QByteArray("x" + utf8).toBase64(QByteArray::Base64UrlEncoding) << "auth";
    QTest::newRow("percent, UTF-8") << Latin << QUrl::toPercentEncoding(Latin) << "auth";
    QTest::newRow("percent, lower case, only what must be")
        << Latin << QByteArray("Tr1cky-p%c3%a4ssword:42") << "auth";
    QTest::newRow("percent, Latin-1") << Latin << QByteArray("Tr1cky-p%E4ssword%3A42") << "auth";
    QTest::newRow("quoted-printable, UTF-8") << Latin << quotedPrintable(utf8) << "auth";
    QTest::newRow("quoted-printable, Latin-1") << Latin << quotedPrintable(latin1) << "auth";
    QTest::newRow("RFC 2047 Q word") << Latin << QByteArray("=?ISO-8859-1?Q?Tr1cky-p=E4ssword:42?=")
                                     << "auth";
    QTest::newRow("most of it: cut short") << Latin << QByteArray("Tr1cky-p\xc3\xa4ssword:") << "auth";
    QTest::newRow("most of it: one letter changed")
        << Latin << QByteArray("Tr1cky-p\xc3\x84ssword:42") << "auth";
    QTest::newRow("most of it: a replacement character")
        << Latin << QByteArray("Tr1cky-p\xef\xbf\xbdssword:42") << "auth";
    QTest::newRow("most of it: a question mark") << Latin << QByteArray("Tr1cky-p?ssword:42") << "auth";
    QTest::newRow("in the greeting") << Latin << latin1 << "greeting";
    QTest::newRow("in the EHLO reply, UTF-16LE") << Latin << le << "ehlo";
    QTest::newRow("Japanese password, Shift_JIS") << Japanese << encoded(Japanese, "Shift_JIS") << "auth";
    QTest::newRow("Japanese password, EUC-JP") << Japanese << encoded(Japanese, "EUC-JP") << "auth";
    QTest::newRow("Japanese password, UTF-16BE") << Japanese << encoded(Japanese, "UTF-16BE") << "auth";
}

static QStringList echoScript(const QByteArray& echo, const QString& where)
{
    // "R:" sends raw bytes; the echo goes in escaped so that any byte (NUL, 0xE4...) arrives as it is.
    QString raw;
    for (const char c : echo)
        raw += QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    const QString greeting = where == QLatin1String("greeting")
        ? QStringLiteral("R: 220 x ESMTP welcome ") + raw + QStringLiteral(" ready\\r\\n")
        : QStringLiteral("S: 220 x ESMTP");
    QStringList s { greeting, QStringLiteral("C: EHLO *") };
    if (where == QLatin1String("ehlo"))
        s << QStringLiteral("R: 250-x\\r\\n250-X-ECHO ") + raw
                + QStringLiteral(" rejected\\r\\n250 AUTH PLAIN\\r\\n");
    else
        s << QStringLiteral("S: 250-x") << QStringLiteral("S: 250 AUTH PLAIN");
    s << QStringLiteral("C: AUTH PLAIN *");
    if (where == QLatin1String("auth"))
        s << QStringLiteral("R: 535 5.7.8 Password ") + raw + QStringLiteral(" rejected\\r\\n");
    else
        s << QStringLiteral("S: 535 5.7.8 Authentication failed");
    return s + lines({ "C: *", "S: 221 bye" });
}

void TestEchoedSecrets::echoed()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, echo);
    QFETCH(QString, where);
    ScriptedServer server(echoScript(echo, where));
    QVERIFY(server.listen());
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("text") }) {
        const CheckRun run = runCheck(server.port(),
            { QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--allow-insecure"),
                QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--format"), format },
            password,
            { QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
                QStringLiteral("QT_MESSAGE_PATTERN=%{category} %{message}") });
        QVERIFY2(!run.process.timedOut, run.process.err.constData());
        QVERIFY(!run.process.err.isEmpty()); // debug logging did run
        QVERIFY(run.process.out.contains("[hidden]"));
        QStringList leaks = leaksIn(run.process.out, password, echo);
        QVERIFY2(leaks.isEmpty(),
            qPrintable(QStringLiteral("stdout (%1): %2").arg(format, leaks.join(QLatin1String(", ")))));
        leaks = leaksIn(run.process.err, password, echo);
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("stderr: ") + leaks.join(QLatin1String(", "))));
        if (format == QLatin1String("json")) {
            // The line that carried it is still there, with the rest of its words.
            bool shown = false;
            const QString around
                = where == QLatin1String("greeting") ? QStringLiteral("welcome") : QStringLiteral("rejected");
            for (const QString& t : run.transcriptTexts())
                shown = shown || (t.contains(QLatin1String("[hidden]")) && t.contains(around));
            QVERIFY2(shown, qPrintable(run.transcriptTexts().join(QLatin1Char('\n'))));
        }
    }
}

// The HTML report (the wizard's "Save report") from the same run, in process.
void TestEchoedSecrets::htmlReport()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, echo);
    QFETCH(QString, where);
    ScriptedServer server(echoScript(echo, where));
    QVERIFY(server.listen());
    AccountSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = Security::None;
    settings.allowInsecure = true;
    settings.user = QStringLiteral("alice");
    settings.timeoutSeconds = 3;
    CheckRunner runner({ settings, password });
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    QVERIFY(finished.wait(60000));
    const QByteArray html = HtmlReportWriter::write(Report(runner.record()), QStringLiteral("en")).toUtf8();
    QVERIFY(html.contains("[hidden]"));
    const QStringList leaks = leaksIn(html, password, echo);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestEchoedSecrets)
#include "tst_echoedsecrets.moc"
