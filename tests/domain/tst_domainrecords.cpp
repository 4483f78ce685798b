// The record parsers of the domain check, without DNS: SPF (RFC 7208 sections 4.5, 5, 6, 7, 12),
// DKIM key records (RFC 6376 3.6.1) and DKIM-Signature headers, DMARC records (RFC 7489 6.3),
// domain names, and the addresses a pasted 5.7.25 reply names.
#include "core/domain/assessmentparts.h"
#include "core/domain/dkimrecord.h"
#include "core/domain/dmarcrecord.h"
#include "core/domain/domainassessment.h"
#include "core/domain/domainchecker.h"
#include "core/domain/domainfinding.h"
#include "core/domain/domainname.h"
#include "core/domain/spfmacro.h"
#include "core/domain/spfrecord.h"
#include "core/findings/findingcatalog.h"

#include <QTest>

using namespace SmtpDoctor;

Q_DECLARE_METATYPE(SpfSyntaxError)
Q_DECLARE_METATYPE(DkimKeyError)

class TestDomainRecords : public QObject
{
    Q_OBJECT
private slots:
    void spfParse_data();
    void spfParse();
    void spfSelect();
    void spfLookupTerms();
    void spfRecordWith_data();
    void spfRecordWith();
    void mergedRecord();
    void macros_data();
    void macros();
    void dkimKey_data();
    void dkimKey();
    void dkimSignatures();
    void dmarc_data();
    void dmarc();
    void domainNames_data();
    void domainNames();
    void reverseNames();
    void sendingAddresses();
    void everyIdHasCatalogWords();
};

void TestDomainRecords::spfParse_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<SpfSyntaxError>("error");
    QTest::addColumn<QString>("badTerm");
    QTest::addColumn<int>("terms");

    using E = SpfSyntaxError;
    QTest::newRow("google") << "v=spf1 include:_spf.google.com ~all" << E::None << "" << 2;
    QTest::newRow("everything")
        << "v=spf1 +a -mx:example.com/24 ~ptr ?exists:%{i}.x.example.com ip4:192.0.2.0/24 ip6:2001:db8::/32 "
           "a//64 mx/24//64 -all exp=explain.example.com"
        << E::None << "" << 9;
    QTest::newRow("case-insensitive") << "V=SPF1 INCLUDE:_spf.example.com -ALL" << E::None << "" << 2;
    QTest::newRow("extra spaces") << "v=spf1   ip4:192.0.2.1    -all  " << E::None << "" << 2;
    QTest::newRow("unknown modifier ignored") << "v=spf1 foo=bar -all" << E::None << "" << 1;
    QTest::newRow("redirect") << "v=spf1 redirect=_spf.example.com" << E::None << "" << 0;
    QTest::newRow("typo mechanism") << "v=spf1 inclde:_spf.google.com ~all" << E::UnknownMechanism
                                    << "inclde:_spf.google.com" << 0;
    QTest::newRow("ip4 out of range")
        << "v=spf1 ip4:192.0.2.300 ~all" << E::BadAddress << "ip4:192.0.2.300" << 0;
    QTest::newRow("ip4 leading zero")
        << "v=spf1 ip4:192.0.02.1 ~all" << E::BadAddress << "ip4:192.0.02.1" << 0;
    QTest::newRow("ip4 prefix 33") << "v=spf1 ip4:192.0.2.0/33 ~all" << E::BadAddress << "ip4:192.0.2.0/33"
                                   << 0;
    QTest::newRow("ip6 given to ip4")
        << "v=spf1 ip4:2001:db8::1 ~all" << E::BadAddress << "ip4:2001:db8::1" << 0;
    QTest::newRow("ip6 prefix 129") << "v=spf1 ip6:2001:db8::/129" << E::BadAddress << "ip6:2001:db8::/129"
                                    << 0;
    QTest::newRow("include without domain") << "v=spf1 include: ~all" << E::BadDomain << "include:" << 0;
    QTest::newRow("include single label")
        << "v=spf1 include:localhost ~all" << E::BadDomain << "include:localhost" << 0;
    QTest::newRow("numeric top label") << "v=spf1 a:example.123 ~all" << E::BadDomain << "a:example.123" << 0;
    QTest::newRow("bad macro letter")
        << "v=spf1 exists:%{z}.example.com" << E::BadDomain << "exists:%{z}.example.com" << 0;
    QTest::newRow("unclosed macro") << "v=spf1 exists:%{i.example.com" << E::BadDomain
                                    << "exists:%{i.example.com" << 0;
    QTest::newRow("two redirects") << "v=spf1 redirect=a.example.com redirect=b.example.com"
                                   << E::DuplicateModifier << "redirect=b.example.com" << 0;
    QTest::newRow("qualified modifier")
        << "v=spf1 -redirect=a.example.com" << E::BadModifier << "-redirect=a.example.com" << 0;
    QTest::newRow("all with argument")
        << "v=spf1 all:example.com" << E::UnknownMechanism << "all:example.com" << 0;
    QTest::newRow("line break between terms") << "v=spf1 ip4:192.0.2.5\n include:_spf.example.com ~all"
                                              << E::UnknownMechanism << "ip4:192.0.2.5" << 0;
    QTest::newRow("spf2.0 is not spf1")
        << "spf2.0/pra include:example.com" << E::UnknownMechanism << "spf2.0/pra" << 0;
}

void TestDomainRecords::spfParse()
{
    QFETCH(QString, record);
    QFETCH(SpfSyntaxError, error);
    QFETCH(QString, badTerm);
    QFETCH(int, terms);
    const SpfRecord r = SpfRecord::parse(record);
    QCOMPARE(r.error, error);
    QCOMPARE(r.badTerm, badTerm);
    if (error == SpfSyntaxError::None)
        QCOMPARE(r.terms.size(), terms);
}

void TestDomainRecords::spfSelect()
{
    const QStringList txt { QStringLiteral("v=spf1 -all"), QStringLiteral("v=spf10 -all"),
        QStringLiteral("google-site-verification=x"), QStringLiteral("v=spf1"),
        QStringLiteral(" v=spf1 -all"), QStringLiteral("V=SPF1 ~all") };
    QCOMPARE(SpfRecord::select(txt),
        (QStringList {
            QStringLiteral("v=spf1 -all"), QStringLiteral("v=spf1"), QStringLiteral("V=SPF1 ~all") }));
}

void TestDomainRecords::spfLookupTerms()
{
    QCOMPARE(SpfRecord::parse(
                 QStringLiteral(
                     "v=spf1 a mx include:x.example ip4:192.0.2.1 ptr exists:y.example redirect=z.example"))
                 .lookupTerms(),
        6);
    // redirect= is ignored (and costs nothing) when the record has "all" (RFC 7208 5.1, 6.1).
    QCOMPARE(SpfRecord::parse(QStringLiteral("v=spf1 a -all redirect=z.example")).lookupTerms(), 1);
}

void TestDomainRecords::spfRecordWith_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before ~all") << "v=spf1 ip4:198.51.100.7 ~all"
                                 << "v=spf1 ip4:198.51.100.7 include:_spf.google.com ~all";
    QTest::newRow("before -all") << "v=spf1 mx -all"
                                 << "v=spf1 mx include:_spf.google.com -all";
    QTest::newRow("before redirect") << "v=spf1 mx redirect=_spf.example.com"
                                     << "v=spf1 mx include:_spf.google.com redirect=_spf.example.com";
    QTest::newRow("no all") << "v=spf1 mx"
                            << "v=spf1 mx include:_spf.google.com";
}

void TestDomainRecords::spfRecordWith()
{
    QFETCH(QString, record);
    QFETCH(QString, expected);
    QCOMPARE(SmtpDoctor::spfRecordWith(record, QStringLiteral("include:_spf.google.com")), expected);
}

void TestDomainRecords::mergedRecord()
{
    const QString merged = DomainAssessment::mergedSpfRecord(
        { QStringLiteral("v=spf1 ip4:198.51.100.20 include:_spf.mailhost.test -all"),
            QStringLiteral("v=spf1 include:_spf.mailhost.test ~all") });
    QCOMPARE(merged, QStringLiteral("v=spf1 include:_spf.mailhost.test ip4:198.51.100.20 ~all"));
    // The same advice whatever order DNS gave the records in; never "+all".
    QCOMPARE(DomainAssessment::mergedSpfRecord({ QStringLiteral("v=spf1 include:_spf.mailhost.test ~all"),
                 QStringLiteral("v=spf1 ip4:198.51.100.20 include:_spf.mailhost.test -all") }),
        merged);
    QCOMPARE(DomainAssessment::mergedSpfRecord(
                 { QStringLiteral("v=spf1 a -all"), QStringLiteral("v=spf1 mx +all") }),
        QStringLiteral("v=spf1 a mx -all"));
    QVERIFY(SpfRecord::parse(merged).isValid());
}

void TestDomainRecords::macros_data()
{
    // The examples of RFC 7208 section 7.4 (sender strong-bad@email.example.com, IP 192.0.2.3).
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected");
    const QString v4 = QStringLiteral("192.0.2.3");
    QTest::newRow("s") << "%{s}" << v4 << "strong-bad@email.example.com";
    QTest::newRow("o") << "%{o}" << v4 << "email.example.com";
    QTest::newRow("d") << "%{d}" << v4 << "email.example.com";
    QTest::newRow("d4") << "%{d4}" << v4 << "email.example.com";
    QTest::newRow("d3") << "%{d3}" << v4 << "email.example.com";
    QTest::newRow("d2") << "%{d2}" << v4 << "example.com";
    QTest::newRow("d1") << "%{d1}" << v4 << "com";
    QTest::newRow("dr") << "%{dr}" << v4 << "com.example.email";
    QTest::newRow("d2r") << "%{d2r}" << v4 << "example.email";
    QTest::newRow("l") << "%{l}" << v4 << "strong-bad";
    QTest::newRow("l-") << "%{l-}" << v4 << "strong.bad";
    QTest::newRow("lr") << "%{lr}" << v4 << "strong-bad";
    QTest::newRow("lr-") << "%{lr-}" << v4 << "bad.strong";
    QTest::newRow("l1r-") << "%{l1r-}" << v4 << "strong";
    QTest::newRow("ir v4") << "%{ir}.%{v}._spf.%{d2}" << v4 << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("lr- with o") << "%{lr-}.lp._spf.%{d2}" << v4 << "bad.strong.lp._spf.example.com";
    QTest::newRow("ip6")
        << "%{ir}.%{v}._spf.%{d2}"
        << "2001:db8::cb01"
        << "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com";
}

void TestDomainRecords::macros()
{
    QFETCH(QString, spec);
    QFETCH(QString, ip);
    QFETCH(QString, expected);
    const SpfMacroContext context { QStringLiteral("strong-bad@email.example.com"),
        QStringLiteral("email.example.com"), QHostAddress(ip), QString() };
    QVERIFY(SpfMacro::isValidMacroString(spec));
    QCOMPARE(SpfMacro::expandDomain(spec, context), std::optional<QString>(expected));
    // Without a client address, an %{i} cannot be known: nothing, not a guess.
    if (spec.contains(QLatin1String("%{i")))
        QCOMPARE(SpfMacro::expandDomain(spec, { context.sender, context.domain, QHostAddress(), QString() }),
            std::nullopt);
}

void TestDomainRecords::dkimKey_data()
{
    // Public keys made with openssl for this test: RSA 1024 and 512 bits (SubjectPublicKeyInfo).
    const QString k1024
        = QStringLiteral("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDG1csQI1ts566g5KTS6GNFjnXVKcHVGCjpLi3u58NVWyc"
                         "/3Qhkp0XkmgfUYJbgW8L8vuEHcTHbVrKSrvhtAfnvQC7Gx/2nY1w1cFFuc3sxlu0SFLqa4/"
                         "p93ujxlKCcmxmz2JRERdUlgd6qMwyZ1KNlh0H0F892ZR0dBYZmnvqQ1QIDAQAB");
    const QString k512 = QStringLiteral("MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAPPMXdaisgcO7wD9LyspujpppjUAaVX96A/"
                                        "VFIGSHkoW+LJPVfiIwlsyEsjwqD3By7oldqJMEfNxdKTVikTaNPMCAwEAAQ==");
    QTest::addColumn<QString>("record");
    QTest::addColumn<DkimKeyError>("error");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("revoked");
    QTest::newRow("rsa 1024") << QStringLiteral("v=DKIM1; k=rsa; p=") + k1024 << DkimKeyError::None << 1024
                              << false;
    QTest::newRow("rsa 512") << QStringLiteral("v=DKIM1; p=") + k512 << DkimKeyError::None << 512 << false;
    QTest::newRow("spaces inside the key")
        << QStringLiteral("v=DKIM1; k=rsa; p=") + k1024.left(40) + QStringLiteral(" ") + k1024.mid(40)
        << DkimKeyError::None << 1024 << false;
    QTest::newRow("no v=") << QStringLiteral("k=rsa; p=") + k1024 << DkimKeyError::None << 1024 << false;
    QTest::newRow("revoked") << "v=DKIM1; p=" << DkimKeyError::None << 0 << true;
    QTest::newRow("cut off") << QStringLiteral("v=DKIM1; p=") + k1024.left(60) << DkimKeyError::BadKeyData
                             << 0 << false;
    QTest::newRow("quotes pasted in") << QStringLiteral("v=DKIM1; p=\"") + k1024 + QStringLiteral("\"")
                                      << DkimKeyError::BadKeyData << 0 << false;
    QTest::newRow("v not first") << QStringLiteral("k=rsa; v=DKIM1; p=") + k1024 << DkimKeyError::WrongVersion
                                 << 0 << false;
    QTest::newRow("v=DKIM2") << QStringLiteral("v=DKIM2; p=") + k1024 << DkimKeyError::WrongVersion << 0
                             << false;
    QTest::newRow("no p") << "v=DKIM1; k=rsa" << DkimKeyError::MissingKey << 0 << false;
    QTest::newRow("unknown k") << QStringLiteral("v=DKIM1; k=dsa; p=") + k1024 << DkimKeyError::UnknownKeyType
                               << 0 << false;
    QTest::newRow("ed25519") << "v=DKIM1; k=ed25519; p=OcKn20T/0j5gB8eURa53S6q927t9cZWzlAiuYRarKWE="
                             << DkimKeyError::None << 256 << false;
    QTest::newRow("not for email") << QStringLiteral("v=DKIM1; s=other; p=") + k1024
                                   << DkimKeyError::NotForEmail << 0 << false;
    QTest::newRow("twice the same tag")
        << QStringLiteral("v=DKIM1; p=") + k1024 + QStringLiteral("; p=") + k1024 << DkimKeyError::Malformed
        << 0 << false;
}

void TestDomainRecords::dkimKey()
{
    QFETCH(QString, record);
    QFETCH(DkimKeyError, error);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    const DkimKey key = DkimKey::parse(record);
    QCOMPARE(key.error, error);
    QCOMPARE(key.revoked, revoked);
    if (error == DkimKeyError::None && !revoked)
        QCOMPARE(key.bits, bits);
}

void TestDomainRecords::dkimSignatures()
{
    const QString message
        = QStringLiteral("Received: from x\r\n"
                         "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
                         "        d=example-com.20230601.gappssmtp.com; s=20230601;\r\n"
                         "        h=from:to:subject; bh=abc=; b=def==\r\n"
                         "dkim-signature: v=1; a=rsa-sha256; d=Example.COM; s=Google; b=x\r\n"
                         "Subject: hi\r\n"
                         "X-Quoted: DKIM-Signature: d=not.a.header; s=no\r\n");
    const QList<DkimSignature> sigs = DkimSignature::findAll(message);
    QCOMPARE(sigs.size(), 2);
    QCOMPARE(sigs[0].domain, QStringLiteral("example-com.20230601.gappssmtp.com"));
    QCOMPARE(sigs[0].selector, QStringLiteral("20230601"));
    QCOMPARE(sigs[1].domain, QStringLiteral("example.com"));
    QCOMPARE(sigs[1].selector, QStringLiteral("google"));
}

void TestDomainRecords::dmarc_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("subdomainPolicy");
    QTest::addColumn<int>("reports");
    QTest::addColumn<int>("issues");
    QTest::newRow("none with rua") << "v=DMARC1; p=none; rua=mailto:d@example.com" << true << "none"
                                   << "none" << 1 << 0;
    QTest::newRow("reject, sp quarantine")
        << "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; pct=50" << true << "reject"
        << "quarantine" << 0 << 0;
    QTest::newRow("two rua, size limit")
        << "v=DMARC1;p=quarantine;rua=mailto:a@example.com!10m,mailto:b@example.org" << true << "quarantine"
        << "quarantine" << 2 << 0;
    QTest::newRow("no p but rua") << "v=DMARC1; rua=mailto:d@example.com" << true << "none"
                                  << "none" << 1 << 1;
    QTest::newRow("no p, no rua") << "v=DMARC1; adkim=r" << false << "none"
                                  << "none" << 0 << 1;
    QTest::newRow("bad p") << "v=DMARC1; p=block" << false << "none"
                           << "none" << 0 << 1;
    QTest::newRow("rua not a uri") << "v=DMARC1; p=none; rua=d@example.com" << true << "none"
                                   << "none" << 0 << 1;
    QTest::newRow("pct 150") << "v=DMARC1; p=reject; pct=150" << true << "reject"
                             << "reject" << 0 << 1;
    QTest::newRow("v not first") << "p=none; v=DMARC1" << false << "none"
                                 << "none" << 0 << 1;
}

void TestDomainRecords::dmarc()
{
    QFETCH(QString, record);
    QFETCH(bool, usable);
    QFETCH(QString, policy);
    QFETCH(QString, subdomainPolicy);
    QFETCH(int, reports);
    QFETCH(int, issues);
    const DmarcRecord r = DmarcRecord::parse(record);
    QCOMPARE(r.usable, usable);
    QCOMPARE(dmarcPolicyName(r.policy), policy);
    QCOMPARE(dmarcPolicyName(r.subdomainPolicy), subdomainPolicy);
    QCOMPARE(r.reportAddresses.size(), reports);
    QCOMPARE(r.issues.size(), issues);
    QVERIFY(DmarcRecord::isDmarcText(QStringLiteral("v=DMARC1; p=none")));
    QVERIFY(DmarcRecord::isDmarcText(QStringLiteral("v = DMARC1;p=none")));
    QVERIFY(!DmarcRecord::isDmarcText(QStringLiteral("v=dmarc1; p=none")));
    QVERIFY(!DmarcRecord::isDmarcText(QStringLiteral("v=DMARC10; p=none")));
}

void TestDomainRecords::domainNames_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << "example.com"
                           << "example.com";
    QTest::newRow("upper, trailing dot") << " Example.COM. "
                                         << "example.com";
    QTest::newRow("address") << "alice@Example.co.jp"
                             << "example.co.jp";
    QTest::newRow("idn") << QString::fromUtf8("例え.jp") << "xn--r8jz45g.jp";
    QTest::newRow(".test is looked up") << "good.test"
                                        << "good.test";
    QTest::newRow("single label") << "localhost"
                                  << "";
    QTest::newRow(".invalid") << "mail.invalid"
                              << "";
    QTest::newRow(".localhost") << "a.localhost"
                                << "";
    QTest::newRow("ip address") << "192.0.2.1"
                                << "";
    QTest::newRow("underscore") << "_dmarc.example.com"
                                << "";
    QTest::newRow("space") << "exa mple.com"
                           << "";
    QTest::newRow("empty label") << "example..com"
                                 << "";
    QTest::newRow("too long") << QString(250, QLatin1Char('a')) + QStringLiteral(".com") << "";
}

void TestDomainRecords::domainNames()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(DomainName::normalized(typed), normalized);
}

void TestDomainRecords::reverseNames()
{
    QCOMPARE(DomainName::reverseName(QHostAddress(QStringLiteral("203.0.113.7"))),
        QStringLiteral("7.113.0.203.in-addr.arpa"));
    QCOMPARE(DomainName::reverseName(QHostAddress(QStringLiteral("2001:db8::1"))),
        QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    QVERIFY(DomainName::isSameOrSubdomain(QStringLiteral("mail.example.com"), QStringLiteral("example.com")));
    QVERIFY(!DomainName::isSameOrSubdomain(QStringLiteral("badexample.com"), QStringLiteral("example.com")));
}

void TestDomainRecords::sendingAddresses()
{
    const QString gmail
        = QStringLiteral("550-5.7.25 [203.0.113.9] The IP address sending this message does not have a\r\n"
                         "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\r\n"
                         "550 5.7.25 point to the sending IP. 2001:db8::25 Please fix.\r\n"
                         "Received: from [198.51.100.1] by mx.example.com at 10:42:07\r\n");
    const QList<QHostAddress> found = DomainChecker::sendingAddressesIn(gmail);
    QCOMPARE(found,
        (QList<QHostAddress> {
            QHostAddress(QStringLiteral("203.0.113.9")), QHostAddress(QStringLiteral("2001:db8::25")) }));
    QVERIFY(
        DomainChecker::sendingAddressesIn(QStringLiteral("550 5.1.1 user unknown [192.0.2.1]")).isEmpty());
}

void TestDomainRecords::everyIdHasCatalogWords()
{
    const QList<FindingId> ids = domainFindingIds();
    QCOMPARE(ids.size(), 31); // 30 verdicts and domain.skipped (the step of `check`)
    for (const FindingId id : ids) {
        const QString name = findingIdName(id);
        QVERIFY2(name.startsWith(QLatin1String("domain.")), qPrintable(name));
        QCOMPARE(findingIdFromName(name), std::optional<FindingId>(id));
        const FindingInfo& info = FindingCatalog::info(id);
        QVERIFY(*info.title && *info.explanation && *info.fix);
    }
}

QTEST_GUILESS_MAIN(TestDomainRecords)
#include "tst_domainrecords.moc"
