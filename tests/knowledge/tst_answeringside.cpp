// Whose server answered: the same reply is the user's own server's when a mail program shows it, and the
// receiving side's when a delivery report or a sending server's log quotes it (AnsweringSide).
#include "core/knowledge/answeringside.h"
#include "core/knowledge/explainer.h"

#include <QTest>

using namespace SmtpDoctor;

Q_DECLARE_METATYPE(SmtpDoctor::Side)

class TestAnsweringSide : public QObject
{
    Q_OBJECT

private slots:
    void firstItemSide_data();
    void firstItemSide();
    void quotedForms_data();
    void quotedForms();
    void ownServerForms_data();
    void ownServerForms();
};

void TestAnsweringSide::firstItemSide_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Side>("side");
    QTest::addColumn<QString>("reason");

    // Pasted alone, a server's trouble or its own rule is most often the receiving side's; a mail
    // program that quotes it shows the user's own provider's.
    QTest::newRow("busy, pasted alone")
        << "452 4.3.1 Insufficient system resources" << "exchange.insufficient-resources" << Side::Recipient
        << "system-full";
    QTest::newRow("busy, shown by the mail program")
        << "The server responded: 452 4.3.1 Insufficient system resources" << "exchange.insufficient-resources"
        << Side::Server << "system-full";
    QTest::newRow("policy, pasted alone")
        << "550 5.7.1 Delivery not authorized" << "phrase.policy" << Side::Recipient << "policy";
    QTest::newRow("policy, shown by a library")
        << "Net::SMTPFatalError: 550 5.7.1 Delivery not authorized" << "phrase.policy" << Side::Server
        << "policy";
    // Sign-in happens only with the user's own server, even pasted alone.
    QTest::newRow("sign-in unavailable, pasted alone")
        << "454 4.7.0 Unable to authenticate at present" << "phrase.auth-unavailable" << Side::Server
        << "system-error";
    QTest::newRow("virus, pasted alone")
        << "554 5.7.1 Mail appears infected -- disinfect and resend." << "virus.found" << Side::Recipient
        << "virus";
    QTest::newRow("virus, shown by the mail program")
        << "SMTP Error: [554] 5.7.1 Infected: Eicar-Test-Signature" << "virus.found" << Side::Server << "virus";
    QTest::newRow("connection refused in a delivery report")
        << "Diagnostic-Code: smtp; 421 Connection refused" << "phrase.connection-refused"
        << Side::Recipient << "network-error";
    QTest::newRow("handshake between servers failed")
        << "Diagnostic-Code: SMTP; 403 4.7.0 TLS handshake failed." << "phrase.tls-problem" << Side::Recipient
        << "tls-error";
    QTest::newRow("receiving server demands TLS")
        << "host mx.example.net[192.0.2.45] said: 530 5.7.0 Must issue a STARTTLS command first (in reply "
           "to MAIL FROM command)"
        << "postfix.tls-required" << Side::Server << "tls-required";
    QTest::newRow("busy, quoted by a bounce")
        << "<bob@example.org>: host mx.example.org[192.0.2.7] said: 452 4.3.1 Insufficient system "
           "resources (in reply to MAIL FROM command)"
        << "exchange.insufficient-resources" << Side::Recipient << "system-full";
    QTest::newRow("size limit, pasted alone")
        << "552 5.3.4 Message size exceeds fixed limit" << "exchange.size" << Side::You << "message-too-large";
    QTest::newRow("size limit, shown by the mail program")
        << "Error occurred while sending the message:\n552 5.3.4 Message size exceeds fixed limit"
        << "exchange.size" << Side::Server << "message-too-large";
    QTest::newRow("size limit, in a delivery report")
        << "Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit" << "exchange.size"
        << Side::Recipient << "message-too-large";
    QTest::newRow("relay refused by the own server") << "554 5.7.1 <bob@example.org>: Relay access denied"
                                                     << "phrase.relay-denied" << Side::You << "relay-denied";
    QTest::newRow("relay refused by the receiving server")
        << "SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n550 relay not permitted"
        << "phrase.receiver-relay-denied" << Side::Recipient << "relay-denied";
    // Exchange's own "SMTP;" inside its reply is no delivery report's diagnostic type.
    QTest::newRow("exchange's own SMTP; word")
        << "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain" << "phrase.relay-denied"
        << Side::You << "relay-denied";
    // The sender's own limit stays the sender's, whoever reports it.
    QTest::newRow("sender's limit quoted")
        << "SMTP error from remote mail server after RCPT TO:<team@example.org>:\n550 5.1.1 198.51.100.7 has "
           "sent to too many recipients this hour."
        << "phrase.sending-limit" << Side::Server << "rate-limited";
    QTest::newRow("gmail daily limit in its own bounce")
        << "Delivery Status Notification (Failure)\n550 5.4.5 Daily user sending limit exceeded. "
           "https://support.google.com/mail/?p=UserLimits - gsmtp"
        << "gmail.daily-limit" << Side::Server << "rate-limited";
    // Gmail's "send mail as" report: the relay that refused is the user's own provider.
    QTest::newRow("rejected by the user's relay")
        << "Technical details of permanent failure:\nGoogle tried to deliver your message, but it was "
           "rejected by the relay smtp.example.jp.\n550 5.7.1 <taro@example.jp>... Command rejected"
        << "enhanced.5.7.1" << Side::Server << "policy";
    // A mail program shows the reply of the server it sent to: a spam refusal there is the user's own
    // provider's outgoing filter; the same reply alone keeps the receiving side.
    QTest::newRow("spam refusal a mail program shows")
        << "An error occurred while sending mail. The mail server responded: 554 5.7.1 Message rejected as spam."
        << "spam.content" << Side::Server << "spam";
    QTest::newRow("spam refusal alone") << "554 5.7.1 Message rejected as spam" << "spam.content"
                                        << Side::Recipient << "spam";
    QTest::newRow("spam refusal quoted by a bounce")
        << "Diagnostic-Code: smtp; 554 5.7.1 Message rejected as spam" << "spam.content" << Side::Recipient
        << "spam";
    // Sender authentication is the sender's domain setup, quoted or not.
    QTest::newRow("dmarc quoted stays yours")
        << "Diagnostic-Code: smtp; 550 5.7.1 Email rejected per DMARC policy for example.com" << "dmarc.fail"
        << Side::You << "sender-authentication";
    // A program that cannot reach "localhost" points at its own machine: a setting. A name server there
    // (Docker's 127.0.0.11) is not the mail server.
    QTest::newRow("refused on localhost")
        << "MailConnectException: Couldn't connect to host, port: localhost, 25; Connection refused"
        << "phrase.connection-refused" << Side::You << "network-error";
    QTest::newRow("refused on 127.0.0.1") << "Error: connect ECONNREFUSED 127.0.0.1:587"
                                          << "phrase.connection-refused" << Side::You << "network-error";
    QTest::newRow("refused elsewhere") << "Error: connect ECONNREFUSED 192.0.2.8:587"
                                       << "phrase.connection-refused" << Side::Network << "network-error";
    QTest::newRow("refused on a look-alike address")
        << "Error: connect ECONNREFUSED 127.0.0.12:587"
        << "phrase.connection-refused" << Side::Network << "network-error";
    // Sendmail's warning needs no headers to be a report: the receiving host was unreachable.
    QTest::newRow("warning without headers")
        << "THIS IS A WARNING MESSAGE ONLY.\n[Status: Error, Address: <a@example.jp>, ResponseCode 421, , "
           "Host not reachable.]"
        << "phrase.connection-timeout" << Side::Recipient << "network-error";
}

void TestAnsweringSide::firstItemSide()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(Side, side);
    QFETCH(QString, reason);
    const QList<ExplanationItem> items = Explainer::explain(text);
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().id, id);
    QCOMPARE(items.first().side, side);
    QCOMPARE(reasonName(items.first().reason), reason);
}

void TestAnsweringSide::quotedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    QTest::newRow("postfix host said") << "host mx.example.org[192.0.2.7] said: 421 busy" << true;
    QTest::newRow("qmail remote host said") << "Remote host said: 421 busy" << true;
    QTest::newRow("exchange remote server returned") << "Remote Server returned '421 4.3.2 busy'" << true;
    QTest::newRow("dsn diagnostic type") << "smtp;421 4.3.2 busy" << true;
    QTest::newRow("dsn diagnostic type with space") << "SMTP; 421 4.3.2 busy" << true;
    QTest::newRow("words after SMTP;") << "421 4.3.2 SMTP; busy" << false;
    QTest::newRow("esmtp;") << "esmtp;421 busy" << false;
    QTest::newRow("mail program") << "The server responded: 421 busy" << false;
    QTest::newRow("the server said") << "The server said: 421 busy" << false;
}

void TestAnsweringSide::ownServerForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("own");
    QTest::newRow("thunderbird") << "The mail server responded: 554 refused" << true;
    QTest::newRow("library exception") << "smtplib.SMTPDataError: (554, b'refused')" << true;
    QTest::newRow("japanese mail program") << "サーバーからの応答: 554 refused" << true;
    QTest::newRow("bounce quoting the receiver") << "Remote host said: 554 refused" << false;
    QTest::newRow("bare reply") << "554 refused" << false;
}

void TestAnsweringSide::ownServerForms()
{
    QFETCH(QString, text);
    QFETCH(bool, own);
    QCOMPARE(AnsweringSide::ownServerQuoted(text, BounceText::prepare(text)), own);
}

void TestAnsweringSide::quotedForms()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    QCOMPARE(AnsweringSide::receivingServerQuoted(text, BounceText::prepare(text)), quoted);
}

QTEST_GUILESS_MAIN(TestAnsweringSide)
#include "tst_answeringside.moc"
