// The IT preset format: a good file is read completely, every bad one is refused naming its line.
#include "core/i18n/language.h"
#include "core/settings/presetlocation.h"
#include "core/settings/presetparser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpDoctor;

class TestPresetParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void completeFile();
    void exampleInPackaging();
    void byteOrderMarkAndCrLf();
    void errors_data();
    void errors();
    void errorTextNamesFileAndLine();
    void notUtf8();
    void tooLarge();
    void caFile();
    void applyTo();
    void lookup();

private:
    QTemporaryDir m_dir;
    QString m_caPem;
};

void TestPresetParser::initTestCase()
{
    Language::install(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    // A real certificate for ca-file, made the way an IT department would make its own CA.
    m_caPem = m_dir.filePath(QStringLiteral("company-ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=Company CA"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")),
        QStringLiteral("-out"), m_caPem });
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestPresetParser::completeFile()
{
    const QByteArray text = "# Example Corp\n"
                            "[organisation]\n"
                            "name = 株式会社サンプル\n"
                            "helpdesk = 情報システム課 内線 1234 #2 / help@example.co.jp\n"
                            "language = ja\n"
                            "\n"
                            "; the server\n"
                            "[Server]\n"
                            "Host = smtp.example.co.jp\n"
                            "port = 587\n"
                            "security = starttls\n"
                            "username = local-part\n"
                            "locked = host, port,security\n";
    PresetError error;
    const std::optional<Preset> p = PresetParser::parse(text, QStringLiteral("/etc/smtpdoctor/preset.ini"), &error);
    QVERIFY2(p, qPrintable(error.toString()));
    QVERIFY(error.isEmpty());
    QCOMPARE(p->organisation, QStringLiteral("株式会社サンプル"));
    QCOMPARE(p->helpdesk, QStringLiteral("情報システム課 内線 1234 #2 / help@example.co.jp"));
    QCOMPARE(p->language, QStringLiteral("ja"));
    QCOMPARE(p->host, QStringLiteral("smtp.example.co.jp"));
    QCOMPARE(p->port, std::optional<quint16>(587));
    QCOMPARE(p->security, std::optional<Security>(Security::StartTls));
    QCOMPARE(p->userForm, UserNameForm::LocalPart);
    QCOMPARE(p->locked, (QList<PresetField> { PresetField::Host, PresetField::Port, PresetField::Security }));
    QVERIFY(!p->isLocked(PresetField::UserName));
    QCOMPARE(p->sourceFile, QStringLiteral("/etc/smtpdoctor/preset.ini"));
}

void TestPresetParser::exampleInPackaging()
{
    const QString path = QStringLiteral(SMTPDOCTOR_SOURCE_DIR "/packaging/preset.example.ini");
    PresetError error;
    const std::optional<Preset> p = PresetParser::load(path, &error);
    QVERIFY2(p, qPrintable(error.toString()));
    QVERIFY(!p->organisation.isEmpty());
    QVERIFY(!p->helpdesk.isEmpty());
    QVERIFY(!p->host.isEmpty());
}

void TestPresetParser::byteOrderMarkAndCrLf()
{
    PresetError error;
    const std::optional<Preset> p = PresetParser::parse("\xEF\xBB\xBF[server]\r\nhost = smtp.example.com\r\nport = 465\r\n", QStringLiteral("p.ini"), &error);
    QVERIFY2(p, qPrintable(error.toString()));
    QCOMPARE(p->host, QStringLiteral("smtp.example.com"));
    QCOMPARE(p->port, std::optional<quint16>(465));
}

void TestPresetParser::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("key before section") << QByteArray("# hi\nhost = x.example\n") << 2;
    QTest::newRow("unknown section") << QByteArray("[organisation]\nname = A\n\n[servers]\n") << 4;
    QTest::newRow("unclosed section") << QByteArray("[server\n") << 1;
    QTest::newRow("no equals sign") << QByteArray("[server]\nhost smtp.example.com\n") << 2;
    QTest::newRow("empty key") << QByteArray("[server]\n= smtp.example.com\n") << 2;
    QTest::newRow("unknown key") << QByteArray("[server]\nhost = smtp.example.com\nprot = 587\n") << 3;
    QTest::newRow("key of the other section") << QByteArray("[organisation]\nhost = smtp.example.com\n") << 2;
    QTest::newRow("duplicate key") << QByteArray("[server]\nport = 587\n\nPORT = 465\n") << 4;
    QTest::newRow("bad host") << QByteArray("[server]\nhost = smtp example com\n") << 2;
    QTest::newRow("web address as host") << QByteArray("[server]\nhost = https://mail.example.com\n") << 2;
    QTest::newRow("port out of range") << QByteArray("[server]\nport = 70000\n") << 2;
    QTest::newRow("port not a number") << QByteArray("[server]\nport = five\n") << 2;
    QTest::newRow("bad security") << QByteArray("[server]\nsecurity = ssl3\n") << 2;
    QTest::newRow("bad user name form") << QByteArray("[server]\nusername = first.last\n") << 2;
    QTest::newRow("bad language") << QByteArray("[organisation]\nlanguage = fr\n") << 2;
    QTest::newRow("bad locked field") << QByteArray("[server]\nhost = smtp.example.com\nlocked = host, password\n") << 3;
    QTest::newRow("locked but not set") << QByteArray("[server]\nhost = smtp.example.com\nlocked = host, port\n") << 3;
    QTest::newRow("missing ca file") << QByteArray("[server]\nca-file = /nonexistent/ca.pem\n") << 2;
    QTest::newRow("control character") << QByteArray("[organisation]\nname = A\rB\n") << 2;
    QTest::newRow("very long line") << QByteArray("[organisation]\nname = " + QByteArray(5000, 'x') + "\n") << 2;
}

void TestPresetParser::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    PresetError error;
    QVERIFY(!PresetParser::parse(text, QStringLiteral("/tmp/p.ini"), &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.file, QStringLiteral("/tmp/p.ini"));
    QVERIFY(!error.reason.isEmpty());
}

void TestPresetParser::errorTextNamesFileAndLine()
{
    PresetError error;
    QVERIFY(!PresetParser::parse("[server]\nprot = 587\n", QStringLiteral("/etc/smtpdoctor/preset.ini"), &error));
    QCOMPARE(error.toString(), QStringLiteral("Preset /etc/smtpdoctor/preset.ini, line 2: Unknown key \"prot\" in [server]: use host, port, security, username, ca-file or locked."));
    QVERIFY(Language::install(QStringLiteral("ja")));
    const QString ja = error.toString();
    Language::install(QStringLiteral("en"));
    QVERIFY2(ja.contains(QStringLiteral("/etc/smtpdoctor/preset.ini")) && ja.contains(QLatin1Char('2')) && ja.contains(QStringLiteral("prot")), qPrintable(ja));
    QVERIFY2(ja.contains(QStringLiteral("行")), qPrintable(ja));
}

void TestPresetParser::notUtf8()
{
    PresetError error;
    QVERIFY(!PresetParser::parse("[organisation]\nname = \x93\xfa\x96\x7b\n", QStringLiteral("sjis.ini"), &error)); // Shift_JIS
    QCOMPARE(error.line, 0);
    QVERIFY(error.reason.sourceText().contains(QStringLiteral("UTF-8")));
}

void TestPresetParser::tooLarge()
{
    PresetError error;
    QVERIFY(!PresetParser::parse(QByteArray(PresetParser::MaxBytes + 1, '#'), QStringLiteral("big.ini"), &error));
    QCOMPARE(error.line, 0);
}

void TestPresetParser::caFile()
{
    // A relative ca-file is found next to the preset; a file without PEM certificates is refused.
    QFile preset(m_dir.filePath(QStringLiteral("preset.ini")));
    QVERIFY(preset.open(QIODevice::WriteOnly));
    preset.write("[server]\nhost = smtp.example.com\nca-file = company-ca.pem\n");
    preset.close();
    PresetError error;
    std::optional<Preset> p = PresetParser::load(preset.fileName(), &error);
    QVERIFY2(p, qPrintable(error.toString()));
    QCOMPARE(p->caFile, QDir(m_dir.path()).absoluteFilePath(QStringLiteral("company-ca.pem")));
    QCOMPARE(p->extraCaCertificates.size(), 1);

    QFile notPem(m_dir.filePath(QStringLiteral("not-a-cert.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello\n");
    notPem.close();
    QVERIFY(!PresetParser::parse("[server]\nca-file = not-a-cert.pem\n", preset.fileName(), &error));
    QCOMPARE(error.line, 2);
}

void TestPresetParser::applyTo()
{
    PresetError error;
    const std::optional<Preset> p = PresetParser::parse("[server]\nhost = smtps://smtp.example.com\nusername = local-part\n", QStringLiteral("p.ini"), &error);
    QVERIFY2(p, qPrintable(error.toString()));
    AccountSettings s;
    s.email = QStringLiteral("taro@example.com");
    p->applyTo(&s);
    QCOMPARE(s.host, QStringLiteral("smtp.example.com"));
    QCOMPARE(s.security, Security::Tls); // from the smtps:// scheme
    QCOMPARE(s.port, quint16(0));
    QCOMPARE(s.user, QStringLiteral("taro"));
}

void TestPresetParser::lookup()
{
    const QString installed = m_dir.filePath(QStringLiteral("installed.ini"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.ini"));
    // No preset anywhere: none, and no error.
    PresetLookup none = findPreset(QString(), { missing });
    QVERIFY(!none.preset && !none.failed() && none.path.isEmpty());
    // An installed preset is used when none is given.
    QFile file(installed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[organisation]\nname = Installed\n");
    file.close();
    PresetLookup found = findPreset(QString(), { missing, installed });
    QVERIFY(found.preset && !found.failed());
    QCOMPARE(found.preset->organisation, QStringLiteral("Installed"));
    // A given file wins, and a given file that is missing is an error, not a silent fallback.
    PresetLookup given = findPreset(missing, { installed });
    QVERIFY(given.failed());
    QCOMPARE(given.error.file, missing);
    QVERIFY(!systemPresetPaths().isEmpty());
#if defined(Q_OS_LINUX)
    QCOMPARE(systemPresetPaths(), QStringList { QStringLiteral("/etc/smtpdoctor/preset.ini") });
#endif
}

QTEST_GUILESS_MAIN(TestPresetParser)
#include "tst_presetparser.moc"
