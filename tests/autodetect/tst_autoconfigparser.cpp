// Thunderbird-format autoconfig files: what is taken, what is refused, and that hostile input stays harmless.
#include "core/autodetect/autoconfigclient.h"
#include "core/autodetect/autoconfigparser.h"

#include <QTest>
#include <QUrlQuery>

using namespace SmtpDoctor;

namespace {

QByteArray config(const QByteArray& outgoing)
{
    return "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\">\n<emailProvider id=\"example.com\">\n"
           "<domain>example.com</domain>\n<incomingServer type=\"imap\"><hostname>imap.example.com</hostname>"
           "<port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>\n"
        + outgoing + "\n</emailProvider>\n</clientConfig>\n";
}

QByteArray smtp(const QByteArray& host, const QByteArray& port, const QByteArray& socketType,
    const QByteArray& username = "%EMAILADDRESS%", const QByteArray& auth = "password-cleartext")
{
    return "<outgoingServer type=\"smtp\"><hostname>" + host + "</hostname><port>" + port + "</port><socketType>" + socketType
        + "</socketType><username>" + username + "</username><authentication>" + auth + "</authentication></outgoingServer>";
}

} // namespace

class TestAutoconfigParser : public QObject
{
    Q_OBJECT
private slots:
    void servers_data();
    void servers();
    void refused_data();
    void refused();
    void notes();
    void boundedNumberOfServers();
    void urls();
};

void TestAutoconfigParser::servers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected"); // "host port security userform"
    QTest::newRow("one ssl") << config(smtp("smtp.example.com", "465", "SSL"))
                             << QStringList { QStringLiteral("smtp.example.com 465 tls address") };
    QTest::newRow("two, order kept") << config(smtp("smtp.example.com", "465", "SSL") + smtp("smtp.example.com", "587", "STARTTLS", "%EMAILLOCALPART%"))
                                     << QStringList { QStringLiteral("smtp.example.com 465 tls address"), QStringLiteral("smtp.example.com 587 starttls local-part") };
    QTest::newRow("domain placeholder") << config(smtp("mail.%EMAILDOMAIN%", "587", "STARTTLS"))
                                        << QStringList { QStringLiteral("mail.example.org 587 starttls address") };
    QTest::newRow("fixed user name") << config(smtp("smtp.example.com", "587", "STARTTLS", "account-42"))
                                     << QStringList { QStringLiteral("smtp.example.com 587 starttls other") };
    QTest::newRow("plain kept, marked") << config(smtp("smtp.example.com", "25", "plain"))
                                        << QStringList { QStringLiteral("smtp.example.com 25 none address") };
    QTest::newRow("duplicates merged") << config(smtp("smtp.example.com", "465", "SSL") + smtp("smtp.example.com", "465", "SSL"))
                                       << QStringList { QStringLiteral("smtp.example.com 465 tls address") };
    QTest::newRow("bad entries skipped") << config(smtp("bad host name", "465", "SSL") + smtp("smtp.example.com", "99999", "SSL")
                                                + smtp("smtp.example.com", "587", "TLS1.0") + smtp("smtp.%UNKNOWN%", "587", "STARTTLS")
                                                + smtp("smtp.example.com:25", "587", "STARTTLS") + smtp("ok.example.com", "587", "STARTTLS"))
                                         << QStringList { QStringLiteral("ok.example.com 587 starttls address") };
    QTest::newRow("not smtp") << config("<outgoingServer type=\"ews\"><hostname>ews.example.com</hostname><port>443</port><socketType>SSL</socketType></outgoingServer>")
                              << QStringList {};
    QTest::newRow("no outgoing server") << config("") << QStringList {};
    QTest::newRow("IDN host") << config(smtp("smtp.\xe4\xbe\x8b\xe3\x81\x88.jp", "465", "SSL"))
                              << QStringList { QStringLiteral("smtp.xn--r8jz45g.jp 465 tls address") };
}

void TestAutoconfigParser::servers()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    QString error;
    const QList<DetectedServer> found = AutoconfigParser::parse(xml, QStringLiteral("alice@example.org"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList shown;
    for (const DetectedServer& s : found) {
        QCOMPARE(s.source, DetectionSource::Autoconfig);
        shown << QStringLiteral("%1 %2 %3 %4").arg(s.host).arg(s.port).arg(securityName(s.security), userNameFormName(s.userForm));
    }
    QCOMPARE(shown, expected);
}

void TestAutoconfigParser::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not xml") << QByteArray("<html><body>Not found</body>");
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?><html><outgoingServer type=\"smtp\"/></html>");
    QTest::newRow("unclosed") << QByteArray("<clientConfig><emailProvider>") + smtp("smtp.example.com", "465", "SSL");
    QTest::newRow("dtd with entities") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                                     "<clientConfig><emailProvider><outgoingServer type=\"smtp\"><hostname>&b;</hostname></outgoingServer></emailProvider></clientConfig>");
    QTest::newRow("too large") << config(QByteArray(AutoconfigParser::MaxBytes, ' ') + smtp("smtp.example.com", "465", "SSL"));
    QByteArray deep = "<clientConfig>";
    for (int i = 0; i < 200; ++i)
        deep += "<a>";
    QTest::newRow("deeply nested") << deep;
}

void TestAutoconfigParser::refused()
{
    QFETCH(QByteArray, xml);
    QString error;
    const QList<DetectedServer> found = AutoconfigParser::parse(xml, QStringLiteral("alice@example.org"), &error);
    QVERIFY(found.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestAutoconfigParser::notes()
{
    QString error;
    const QList<DetectedServer> found = AutoconfigParser::parse(
        config(smtp("smtp.example.com", "587", "STARTTLS", "%EMAILADDRESS%", "OAuth2") + smtp("smtp.example.com", "25", "plain")),
        QStringLiteral("alice@example.org"), &error);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].notes.size(), 1);
    QVERIFY(found[0].notes[0].sourceText().contains(QStringLiteral("OAuth")));
    QCOMPARE(found[1].notes.size(), 1);
    QVERIFY(found[1].notes[0].sourceText().contains(QStringLiteral("without encryption")));
}

void TestAutoconfigParser::boundedNumberOfServers()
{
    QByteArray many;
    for (int i = 1; i <= 100; ++i)
        many += smtp("smtp" + QByteArray::number(i) + ".example.com", "587", "STARTTLS");
    QString error;
    QCOMPARE(AutoconfigParser::parse(config(many), QStringLiteral("a@example.org"), &error).size(), AutoconfigParser::MaxServers);
}

void TestAutoconfigParser::urls()
{
    const QList<QUrl> urls = AutoconfigClient::urlsFor(QStringLiteral("a+b@Example.COM"));
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls[0].scheme(), QStringLiteral("https"));
    QCOMPARE(urls[0].host(), QStringLiteral("autoconfig.example.com"));
    QCOMPARE(urls[0].path(), QStringLiteral("/mail/config-v1.1.xml"));
    QCOMPARE(QUrlQuery(urls[0]).queryItemValue(QStringLiteral("emailaddress"), QUrl::FullyDecoded), QStringLiteral("a+b@Example.COM"));
    QCOMPARE(urls[1].toString(), QStringLiteral("https://example.com/.well-known/autoconfig/mail/config-v1.1.xml"));
    QVERIFY(AutoconfigClient::urlsFor(QStringLiteral("no-domain")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAutoconfigParser)
#include "tst_autoconfigparser.moc"
