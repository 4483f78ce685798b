// explain's offer of `smtpdoctor check-domain DOMAIN` when a bounce or reply is a refusal for sender
// authentication (SPF, DKIM, DMARC, reverse DNS) and names the sender's domain: in process (which
// domain is read from where) and through the binary (JSON "checkDomain", the text's last paragraph),
// in English and Japanese. The bounces were written for this test in the providers' formats.
#include "core/i18n/language.h"
#include "core/knowledge/checkdomainoffer.h"
#include "core/knowledge/explanationreport.h"
#include "mtafixture.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace SmtpDoctor;

namespace {

const QRegularExpression JapaneseScript(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));

// Gmail's 5.7.26 as relayed by the sender's own Postfix: the domain is in "SPF [...]".
const char* const Gmail5726
    = "From: MAILER-DAEMON@mail.hanako-shop.jp (Mail Delivery System)\n"
      "To: taro@hanako-shop.jp\n"
      "Subject: Undelivered Mail Returned to Sender\n\n"
      "This is the mail system at host mail.hanako-shop.jp.\n\n"
      "I'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients.\n\n"
      "<bob@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.27] said:\n"
      "    550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
      "    550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n"
      "    550-5.7.26  550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass\n"
      "    550-5.7.26  SPF [hanako-shop.jp] with ip: [203.0.113.25] = did not pass\n"
      "    550-5.7.26  550-5.7.26  For instructions on setting up authentication, go to\n"
      "    550 5.7.26  https://support.google.com/mail/answer/81126#authentication\n"
      "    d2e1a72fcca58-7 - gsmtp (in reply to end of DATA command)\n";

// Gmail's DMARC refusal, the reply alone: the domain is named in the sentence.
const char* const GmailDmarc
    = "550-5.7.26 Unauthenticated email from kaisha-abc.co.jp is not accepted due to domain's\n"
      "550-5.7.26 DMARC policy. Please contact the administrator of kaisha-abc.co.jp domain if this\n"
      "550 5.7.26 was a legitimate mail. - gsmtp";

// Exchange Online's report to its own user: the domain in brackets, upper case.
const char* const Microsoft57515
    = "Delivery has failed to these recipients or groups:\n\n"
      "yuki@contoso-client.example.com\n"
      "Your message wasn't delivered because the recipient's email provider rejected it.\n\n"
      "Diagnostic information for administrators:\n\n"
      "Generating server: TY0PR01MB1234.jpnprd01.prod.outlook.com\n"
      "yuki@contoso-client.example.com\n"
      "Remote server returned '550 5.7.515 Access denied, sending domain [SAKURA-DESIGN.JP] doesn't meet the "
      "required authentication level. The sender's domain in the 5322.From address doesn't meet the "
      "authentication requirements defined for the sender. [TYAP286CA0031.JPNP286.PROD.OUTLOOK.COM]'\n";

// A DMARC reject from a receiver running Postfix with a DMARC milter: the reply names no domain, the
// delivery report's sender field does.
const char* const DmarcRejectDsn
    = "From: MAILER-DAEMON@smtp.yamada-koumuten.jp (Mail Delivery System)\n"
      "Subject: Undelivered Mail Returned to Sender\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n"
      "--B1\n\n"
      "<info@torihiki.example.net>: host mx.torihiki.example.net[198.51.100.40] said:\n"
      "    550 5.7.1 Message rejected: DMARC policy reject, SPF and DKIM did not align\n"
      "    (in reply to end of DATA command)\n\n"
      "--B1\nContent-Type: message/delivery-status\n\n"
      "Reporting-MTA: dns; smtp.yamada-koumuten.jp\n"
      "X-Postfix-Queue-ID: 4Xk2L31vQz\n"
      "X-Postfix-Sender: rfc822; info@yamada-koumuten.jp\n"
      "Arrival-Date: Mon,  7 Dec 2026 10:12:03 +0900 (JST)\n\n"
      "Final-Recipient: rfc822; info@torihiki.example.net\n"
      "Action: failed\nStatus: 5.7.1\n"
      "Diagnostic-Code: smtp; 550 5.7.1 Message rejected: DMARC policy reject, SPF and DKIM did not align\n\n"
      "--B1\nContent-Type: text/rfc822-headers\n\n"
      "From: =?UTF-8?B?5bGx55Sw?= <info@yamada-koumuten.jp>\n"
      "To: info@torihiki.example.net\n"
      "Subject: Quote\n\n--B1--\n";

// Gmail's 4.7.27 (rate limited, SPF did not pass): the domain comes from the returned message's From:.
const char* const Gmail4727
    = "From: Mail Delivery Subsystem <mailer-daemon@ryokan-net.jp>\n"
      "Subject: Delivery Status Notification (Delay)\n\n"
      "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this\n"
      "421-4.7.27 message. Gmail requires all bulk email senders to authenticate with SPF.\n"
      "421 4.7.27 - gsmtp\n\n"
      "----- Original message -----\n\n"
      "From: Okami <okami@ryokan-abc.jp>\n"
      "To: guest@gmail.com\n";

// 5.7.25 (no reverse DNS) where only the bounce's own To: names the sender.
const char* const Gmail5725 = "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.kobo-ueda.jp>\n"
                              "To: ueda@kobo-ueda.jp\n\n"
                              "550-5.7.25 [203.0.113.9] The IP address sending this message does not have a\n"
                              "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
                              "550 5.7.25 point to the sending IP. - gsmtp\n";

// Exchange Online's DMARC refusal (5.7.509), returned with the report's own From: first: the domain is
// the one in the reply.
const char* const Microsoft57509 = "From: postmaster@outlook.example.net\n"
                                   "Remote Server returned '550 5.7.509 Access denied, sending domain "
                                   "[KOJI-DENTAL.JP] does not pass DMARC "
                                   "verification and has a DMARC policy of reject.'\n\n"
                                   "From: =?iso-2022-jp?B?GyRCOSYbKEI=?= <uketsuke@koji-dental.jp>\n";

// A DMARC failure report (RFC 6591) without a domain in its words: the report's From: is the
// reporter's, the returned message's From: (the last one) is the sender's.
const char* const DmarcFailureReport
    = "From: dmarc-noreply@reports.example.com\n"
      "To: dmarc-ruf@hoikuen-sakura.jp\n"
      "Subject: DMARC failure report\n\n"
      "This message did not pass SPF or DKIM: 550 5.7.26 rejected by DMARC\n\n"
      "Content-Type: text/rfc822-headers\n\n"
      "From: Hoikuen <info@hoikuen-sakura.jp>\n"
      "To: parent@example.org\n";

// Not about the sender's domain: no offer, whatever the headers say.
const char* const UserUnknown = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
                                "To: taro@hanako-shop.jp\n\n"
                                "550 5.1.1 The email account that you tried to reach does not exist.\n";
// About the sender's domain, but no domain anywhere.
const char* const NoDomain = "550 5.7.26 This mail has been blocked because the sender is unauthenticated.";

} // namespace

class TestCheckDomainOffer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Language::install(QStringLiteral("en"))); }
    void cleanup() { Language::install(QStringLiteral("en")); }
    void offer_data();
    void offer();
    void command_data();
    void command();
};

void TestCheckDomainOffer::offer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("domain"); // empty: no offer
    QTest::newRow("Gmail 5.7.26, SPF [domain]") << QString::fromUtf8(Gmail5726) << "hanako-shop.jp";
    QTest::newRow("Gmail DMARC, named in the reply") << QString::fromUtf8(GmailDmarc) << "kaisha-abc.co.jp";
    QTest::newRow("Microsoft 5.7.515") << QString::fromUtf8(Microsoft57515) << "sakura-design.jp";
    QTest::newRow("DMARC reject DSN, X-Postfix-Sender")
        << QString::fromUtf8(DmarcRejectDsn) << "yamada-koumuten.jp";
    QTest::newRow("Gmail 4.7.27, original From:") << QString::fromUtf8(Gmail4727) << "ryokan-abc.jp";
    QTest::newRow("5.7.25, the bounce's To:") << QString::fromUtf8(Gmail5725) << "kobo-ueda.jp";
    QTest::newRow("Microsoft 5.7.509, sending domain [...]")
        << QString::fromUtf8(Microsoft57509) << "koji-dental.jp";
    QTest::newRow("failure report, the last From:")
        << QString::fromUtf8(DmarcFailureReport) << "hoikuen-sakura.jp";
    QTest::newRow("user unknown: not about the sender") << QString::fromUtf8(UserUnknown) << "";
    QTest::newRow("5.7.26 without a domain") << QString::fromUtf8(NoDomain) << "";
}

void TestCheckDomainOffer::offer()
{
    QFETCH(QString, text);
    QFETCH(QString, domain);
    const QList<ExplanationItem> items = Explainer::explain(text);
    QVERIFY(!items.isEmpty());
    const std::optional<CheckDomainOffer> offer = CheckDomainOffer::find(text, items);
    QCOMPARE(offer.has_value(), !domain.isEmpty());
    if (!offer)
        return;
    QCOMPARE(offer->domain, domain);
    QCOMPARE(offer->command(), QStringLiteral("smtpdoctor check-domain ") + domain);
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        QVERIFY(Language::install(lang));
        const QString sentence = offer->text().toString();
        QVERIFY2(sentence.contains(offer->command()) && sentence.contains(domain), qPrintable(sentence));
        QCOMPARE(sentence.contains(JapaneseScript), lang == QLatin1String("ja"));
        QVERIFY(ExplanationReport::text(items, offer).endsWith(sentence + QLatin1Char('\n')));
    }
}

void TestCheckDomainOffer::command_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("domain");
    for (const char* lang : { "en", "ja" }) {
        QTest::addRow("Microsoft 5.7.515, json, %s", lang)
            << QString::fromUtf8(Microsoft57515) << "json" << lang << "sakura-design.jp";
        QTest::addRow("DMARC reject DSN, text, %s", lang)
            << QString::fromUtf8(DmarcRejectDsn) << "text" << lang << "yamada-koumuten.jp";
        QTest::addRow("Gmail 5.7.26, text, %s", lang)
            << QString::fromUtf8(Gmail5726) << "text" << lang << "hanako-shop.jp";
        QTest::addRow("user unknown, json, %s", lang)
            << QString::fromUtf8(UserUnknown) << "json" << lang << "";
    }
}

void TestCheckDomainOffer::command()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QString, domain);
    const ProcessResult r = runSmtpDoctor(
        { QStringLiteral("explain"), QStringLiteral("--format"), format, QStringLiteral("--lang"), language },
        text.toUtf8(), 30000);
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 0); // something was recognised
    const QString command = QStringLiteral("smtpdoctor check-domain ") + domain;
    if (format == QLatin1String("json")) {
        const QJsonObject root = r.json();
        QCOMPARE(root.value(QStringLiteral("language")).toString(), language);
        const QJsonValue offer = root.value(QStringLiteral("checkDomain"));
        QVERIFY(root.contains(QStringLiteral("checkDomain")));
        if (domain.isEmpty()) {
            QVERIFY(offer.isNull());
            return;
        }
        QCOMPARE(offer.toObject().value(QStringLiteral("domain")).toString(), domain);
        QCOMPARE(offer.toObject().value(QStringLiteral("command")).toString(), command);
        return;
    }
    const QString out = QString::fromUtf8(r.out).trimmed();
    const QString last = out.section(QLatin1Char('\n'), -1);
    QVERIFY2(last.contains(command), qPrintable(out));
    QCOMPARE(last.contains(JapaneseScript), language == QLatin1String("ja"));
}

QTEST_GUILESS_MAIN(TestCheckDomainOffer)
#include "tst_checkdomainoffer.moc"
