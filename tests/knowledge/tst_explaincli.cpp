// `smtpdoctor explain` as a user or a script runs it (the real binary, $SMTPDOCTOR_BINARY): the JSON shape
// of the contract, text output, standard input, and exit codes 0 (recognised), 1 (nothing), 2 (bad usage).
#include "mtafixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestExplainCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape_data();
    void jsonShape();
    void textOutput();
    void readsStandardInput_data();
    void readsStandardInput();
    void nothingRecognised();
    void badUsage_data();
    void badUsage();
    void help();
};

void TestExplainCli::jsonShape_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

void TestExplainCli::jsonShape()
{
    QFETCH(QString, language);
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--lang"), language,
        QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject root = r.json();
    QCOMPARE(root.value(QStringLiteral("language")).toString(), language);
    QVERIFY(root.value(QStringLiteral("input")).toString().contains(QLatin1String("User unknown")));
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject item = items.first().toObject();
    for (const char* key :
        { "kind", "match", "code", "enhanced", "class", "title", "explanation", "fix", "side" })
        QVERIFY2(item.contains(QLatin1String(key)), key);
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("reply"));
    QCOMPARE(item.value(QStringLiteral("code")).toInt(), 550);
    QCOMPARE(item.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(item.value(QStringLiteral("class")).toString(), QStringLiteral("permanent"));
    QCOMPARE(item.value(QStringLiteral("side")).toString(), QStringLiteral("recipient"));
    QVERIFY(item.value(QStringLiteral("match")).toString().startsWith(QLatin1String("550 5.1.1")));
    for (const char* key : { "title", "explanation", "fix" })
        QVERIFY(!item.value(QLatin1String(key)).toString().isEmpty());
    if (language == QLatin1String("ja"))
        QVERIFY(item.value(QStringLiteral("title")).toString().contains(QStringLiteral("宛先")));

    // A phrase without a code has null code and enhanced.
    const ProcessResult phrase = runSmtpDoctor(
        { QStringLiteral("explain"), QStringLiteral("--format=json"), QStringLiteral("--lang"), language,
            QStringLiteral("Warning: could not send message for past 4 hours") });
    QCOMPARE(phrase.exitCode, 0);
    const QJsonObject first = phrase.json().value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("phrase"));
    QVERIFY(first.value(QStringLiteral("code")).isNull());
    QVERIFY(first.value(QStringLiteral("enhanced")).isNull());
    QCOMPARE(first.value(QStringLiteral("class")).toString(), QStringLiteral("transient"));
    QCOMPARE(first.value(QStringLiteral("retry")).toString(), QStringLiteral("automatic"));
}

void TestExplainCli::textOutput()
{
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("535"), QStringLiteral("5.7.8"), QStringLiteral("Username"),
        QStringLiteral("and"), QStringLiteral("Password"), QStringLiteral("not"), QStringLiteral("accepted"),
        QStringLiteral("BadCredentials") });
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.startsWith(QLatin1String("1. 535 5.7.8")));
    QVERIFY(out.contains(QLatin1String("What to do:")));
    QVERIFY(out.contains(QLatin1String("app password")));
    const ProcessResult ja = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--lang"),
        QStringLiteral("ja"), QStringLiteral("535 5.7.8") });
    QCOMPARE(ja.exitCode, 0);
    QVERIFY(QString::fromUtf8(ja.out).contains(QStringLiteral("対処方法")));
}

void TestExplainCli::readsStandardInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no TEXT") << QStringList { QStringLiteral("explain"), QStringLiteral("--format"),
        QStringLiteral("json") };
    QTest::newRow("dash") << QStringList { QStringLiteral("explain"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("-") };
}

void TestExplainCli::readsStandardInput()
{
    QFETCH(QStringList, arguments);
    QFile sample(QStringLiteral(SMTPDOCTOR_EXPLAIN_DATA "/postfix-bounce-full.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const ProcessResult r = runSmtpDoctor(arguments, sample.readAll());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject top = r.json().value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(top.value(QStringLiteral("code")).toInt(), 550);
    QCOMPARE(top.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.1.1"));
}

void TestExplainCli::nothingRecognised()
{
    const ProcessResult text = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("hello world") });
    QCOMPARE(text.exitCode, 1);
    QVERIFY(QString::fromUtf8(text.out).contains(QLatin1String("Nothing")));
    const ProcessResult json
        = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json") },
            QByteArray("\x00\x01\x02 hello", 9));
    QCOMPARE(json.exitCode, 1);
    QVERIFY(json.json().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(runSmtpDoctor({ QStringLiteral("explain") }, QByteArray()).exitCode, 1);
}

void TestExplainCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("explain"),
        QStringLiteral("--frobnicate"), QStringLiteral("550") }
                                    << "en";
    QTest::newRow("bad format") << QStringList { QStringLiteral("explain"), QStringLiteral("--format"),
        QStringLiteral("xml"), QStringLiteral("550") }
                                << "en";
    QTest::newRow("bad format ja") << QStringList { QStringLiteral("explain"), QStringLiteral("--format"),
        QStringLiteral("xml"), QStringLiteral("550") }
                                   << "ja";
    QTest::newRow("format without value")
        << QStringList { QStringLiteral("explain"), QStringLiteral("--format") } << "en";
    QTest::newRow("bad language") << QStringList { QStringLiteral("explain"), QStringLiteral("--lang"),
        QStringLiteral("fr"), QStringLiteral("550") }
                                  << "en";
}

void TestExplainCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    if (!arguments.contains(QLatin1String("--lang")))
        arguments << QStringLiteral("--lang") << language;
    const ProcessResult r = runSmtpDoctor(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QByteArray err = r.err.trimmed();
    QVERIFY(!err.isEmpty());
    QVERIFY(!err.contains('\n')); // one line
    if (language == QLatin1String("ja"))
        QVERIFY(QString::fromUtf8(err).contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]"))));
}

void TestExplainCli::help()
{
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--help"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--format"));
}

QTEST_GUILESS_MAIN(TestExplainCli)
#include "tst_explaincli.moc"
