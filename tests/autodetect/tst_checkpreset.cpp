// `smtpdoctor check --preset`: the preset's settings are used, the command line overrides them, its
// helpdesk reaches every report, and a malformed preset stops with one line naming file and line.
#include "testfiles.h"
#include "mtafixture.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCheckPreset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void presetSettingsAreUsed();
    void commandLineOverrides();
    void presetLanguage();
    void malformedPreset_data();
    void malformedPreset();
    void missingPresetFile();

private:
    QString writePreset(const QString& name, const QByteArray& text);
    static QStringList plainScript();
    QTemporaryDir m_dir;
};

QString TestCheckPreset::writePreset(const QString& name, const QByteArray& text)
{
    return writeTestFile(m_dir, name, text);
}

QStringList TestCheckPreset::plainScript()
{
    return { QStringLiteral("S: 220 test ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-test"), QStringLiteral("S: 250 SIZE 1000"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X:") };
}

void TestCheckPreset::presetSettingsAreUsed()
{
    ScriptedServer server(plainScript());
    QVERIFY(server.listen());
    const QString preset = writePreset(QStringLiteral("used.ini"),
        "[organisation]\nname = Example Corp\nhelpdesk = IT desk, ext. 1234\n[server]\nhost = 127.0.0.1\nport = "
            + QByteArray::number(server.port()) + "\nsecurity = none\nlocked = host, port\n");
    const ProcessResult json = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), preset, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(!json.timedOut, json.err.constData());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = json.json();
    const QJsonObject settings = report.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.value(QStringLiteral("port")).toInt(), int(server.port()));
    QCOMPARE(settings.value(QStringLiteral("security")).toString(), QStringLiteral("none"));
    QCOMPARE(report.value(QStringLiteral("helpdesk")).toString(), QStringLiteral("IT desk, ext. 1234"));
    bool presetNamed = false;
    for (const QJsonValue& e : report.value(QStringLiteral("transcript")).toArray())
        presetNamed = presetNamed || e.toObject().value(QStringLiteral("text")).toString().contains(preset);
    QVERIFY(presetNamed);

    const ProcessResult text = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), preset, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Helpdesk: IT desk, ext. 1234"), text.out.constData());
    QVERIFY2(text.out.contains("Settings prepared by: Example Corp"), text.out.constData());
}

void TestCheckPreset::commandLineOverrides()
{
    ScriptedServer server(plainScript());
    QVERIFY(server.listen());
    // The preset names a port where nothing listens and STARTTLS; the command line says otherwise.
    const QString preset = writePreset(QStringLiteral("override.ini"), "[server]\nhost = 127.0.0.1\nport = 1\nsecurity = starttls\n");
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), preset, QStringLiteral("--port"), QString::number(server.port()),
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject settings = r.json().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("port")).toInt(), int(server.port()));
    QCOMPARE(settings.value(QStringLiteral("security")).toString(), QStringLiteral("none"));
    QCOMPARE(server.connectionCount(), 1);
    QVERIFY(r.json().value(QStringLiteral("helpdesk")).isUndefined()); // this preset has none
}

void TestCheckPreset::presetLanguage()
{
    ScriptedServer server(plainScript());
    QVERIFY(server.listen());
    const QString preset = writePreset(QStringLiteral("ja.ini"),
        "[organisation]\nlanguage = ja\n[server]\nhost = 127.0.0.1\nport = " + QByteArray::number(server.port()) + "\nsecurity = none\n");
    const ProcessResult ja = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), preset, QStringLiteral("--format"), QStringLiteral("json") },
        {}, 60000, { QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C") });
    QCOMPARE(ja.json().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    const ProcessResult en = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), preset, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(en.json().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestCheckPreset::malformedPreset_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("line");
    QTest::newRow("unknown key") << QByteArray("[server]\nhost = 127.0.0.1\nprot = 587\n") << QStringLiteral("3");
    QTest::newRow("bad port") << QByteArray("# c\n\n[server]\nport = 0x50\n") << QStringLiteral("4");
    QTest::newRow("unknown section") << QByteArray("[mail]\n") << QStringLiteral("1");
}

void TestCheckPreset::malformedPreset()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, line);
    const QString preset = writePreset(QStringLiteral("bad.ini"), text);
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        // --host is given too: a broken preset is an error even when it is not needed.
        const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), preset, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--lang"), lang });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(preset), qPrintable(err));
        QVERIFY2(err.contains(lang == QLatin1String("en") ? QStringLiteral("line ") + line : line + QStringLiteral(" 行")), qPrintable(err));
    }
}

void TestCheckPreset::missingPresetFile()
{
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--preset"), m_dir.filePath(QStringLiteral("none.ini")),
        QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("none.ini"));
}

QTEST_GUILESS_MAIN(TestCheckPreset)
#include "tst_checkpreset.moc"
