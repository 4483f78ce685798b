// What users type as server, port, address and user name: understood, or refused with a reason.
#include "core/settings/inputvalidation.h"

#include <QTest>

using namespace SmtpDoctor;

class TestInputValidation : public QObject
{
    Q_OBJECT
private slots:
    void hosts_data();
    void hosts();
    void ports_data();
    void ports();
    void addresses_data();
    void addresses();
};

void TestInputValidation::hosts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none given
    QTest::addColumn<QString>("security");

    QTest::newRow("name") << QStringLiteral("smtp.example.com") << true << QStringLiteral("smtp.example.com") << 0 << QString();
    QTest::newRow("upper case, spaces around") << QStringLiteral("  SMTP.Example.COM ") << true << QStringLiteral("smtp.example.com") << 0 << QString();
    QTest::newRow("host:port") << QStringLiteral("smtp.example.com:587") << true << QStringLiteral("smtp.example.com") << 587 << QString();
    QTest::newRow("smtp url") << QStringLiteral("smtp://smtp.example.com:2525/") << true << QStringLiteral("smtp.example.com") << 2525 << QString();
    QTest::newRow("smtps url") << QStringLiteral("smtps://smtp.example.com") << true << QStringLiteral("smtp.example.com") << 0 << QStringLiteral("tls");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.7") << true << QStringLiteral("192.0.2.7") << 0 << QString();
    QTest::newRow("ipv6") << QStringLiteral("::1") << true << QStringLiteral("::1") << 0 << QString();
    QTest::newRow("ipv6 with port") << QStringLiteral("[2001:db8::1]:465") << true << QStringLiteral("2001:db8::1") << 465 << QString();
    QTest::newRow("ipv6 with zone") << QStringLiteral("fe80::1%eth0") << true << QStringLiteral("fe80::1%eth0") << 0 << QString();
    // Found by fuzz_hostinput: a zone of invalid UTF-8 (now U+FFFD) must not reach the connection.
    QTest::newRow("ipv6 with a garbage zone") << QString::fromUtf8("::%\xbe\xff\xbe\xff") << false << QString() << 0 << QString();
    QTest::newRow("ipv6 with a spaced zone") << QStringLiteral("[fe80::1%eth 0]") << false << QString() << 0 << QString();
    QTest::newRow("idn") << QStringLiteral("メール.例え.jp") << true << QStringLiteral("xn--4dkua4c.xn--r8jz45g.jp") << 0 << QString();
    QTest::newRow("trailing dot") << QStringLiteral("smtp.example.com.") << true << QStringLiteral("smtp.example.com") << 0 << QString();
    QTest::newRow("empty") << QString() << false << QString() << 0 << QString();
    QTest::newRow("space inside") << QStringLiteral("smtp example.com") << false << QString() << 0 << QString();
    QTest::newRow("CR LF injection") << QStringLiteral("smtp.example.com\r\nRCPT TO:<x>") << false << QString() << 0 << QString();
    QTest::newRow("NUL") << QStringLiteral("smtp.example.com") + QChar(0) << false << QString() << 0 << QString();
    QTest::newRow("email address") << QStringLiteral("alice@example.com") << false << QString() << 0 << QString();
    QTest::newRow("web url") << QStringLiteral("https://mail.example.com") << false << QString() << 0 << QString();
    QTest::newRow("port out of range") << QStringLiteral("smtp.example.com:99999") << false << QString() << 0 << QString();
    QTest::newRow("bad label") << QStringLiteral("-bad-.example.com") << false << QString() << 0 << QString();
    QTest::newRow("underscore ok") << QStringLiteral("mail_1.example.com") << true << QStringLiteral("mail_1.example.com") << 0 << QString();
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1") << false << QString() << 0 << QString();
    QTest::newRow("too long") << QString(300, QLatin1Char('a')) << false << QString() << 0 << QString();
}

void TestInputValidation::hosts()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    HostInput input;
    const LocalizedText error = parseHostInput(typed, &input);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid) {
        QVERIFY(!error.toString().isEmpty());
        return;
    }
    QTEST(input.host, "host");
    QTEST(int(input.port.value_or(0)), "port");
    QTEST(input.security ? securityName(*input.security) : QString(), "security");
}

void TestInputValidation::ports_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("port");
    QTest::newRow("587") << QStringLiteral("587") << true << 587;
    QTest::newRow("auto") << QStringLiteral("auto") << true << 0;
    QTest::newRow("empty") << QString() << true << 0;
    QTest::newRow("0") << QStringLiteral("0") << false << 0;
    QTest::newRow("65535") << QStringLiteral("65535") << true << 65535;
    QTest::newRow("70000") << QStringLiteral("70000") << false << 0;
    QTest::newRow("99999") << QStringLiteral("99999") << false << 0;
    QTest::newRow("negative") << QStringLiteral("-25") << false << 0;
    QTest::newRow("words") << QStringLiteral("five") << false << 0;
}

void TestInputValidation::ports()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    quint16 port = 1;
    QCOMPARE(validatePort(typed, &port).isEmpty(), valid);
    QTEST(int(port), "port");
}

void TestInputValidation::addresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringLiteral("alice@example.com") << true;
    QTest::newRow("unicode local part") << QStringLiteral("山田@例え.jp") << true;
    QTest::newRow("no at") << QStringLiteral("alice.example.com") << false;
    QTest::newRow("no domain dot") << QStringLiteral("alice@localhost") << false;
    QTest::newRow("angle brackets") << QStringLiteral("<alice@example.com>") << false;
    QTest::newRow("line break") << QStringLiteral("alice@example.com\r\nDATA") << false;
    QTest::newRow("space") << QStringLiteral("alice smith@example.com") << false;
}

void TestInputValidation::addresses()
{
    QFETCH(QString, typed);
    QTEST(validateEmailAddress(typed).isEmpty(), "valid");
}

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"
