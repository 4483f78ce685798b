// ReplyClassifier: the finding ids the checks give to refusals of AUTH and of MAIL/RCPT/DATA, taken from
// the knowledge base (codes at their stage, enhanced codes, provider texts), always ids of the contract.
#include "core/knowledge/explainer.h"
#include "core/knowledge/replyclassifier.h"

#include <QTest>

using namespace SmtpDoctor;

Q_DECLARE_METATYPE(SmtpDoctor::SessionState)

namespace {

SmtpReply reply(int code, const char* enhanced, const char* text)
{
    SmtpReply r;
    r.code = code;
    r.enhanced = EnhancedStatus::fromString(QString::fromLatin1(enhanced));
    r.lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    return r;
}

} // namespace

class TestReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    void auth_data();
    void auth();
    void send_data();
    void send();
    void explainReplyPutsTheReplyFirst();
    void reason_data();
    void reason();
};

void TestReplyClassifier::auth_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finding");
    QTest::newRow("gmail bad credentials") << 535 << "5.7.8"
                                           << "Username and Password not accepted. For more information, go "
                                              "to\nhttps://support.google.com/mail/?p=BadCredentials - gsmtp"
                                           << "auth.rejected";
    QTest::newRow("gmail app password") << 534 << "5.7.9"
                                        << "Application-specific password required."
                                        << "auth.app-password-required";
    QTest::newRow("m365 tenant disabled")
        << 535 << "5.7.139"
        << "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
        << "auth.disabled-by-provider";
    QTest::newRow("m365 basic auth off") << 535 << "5.7.139"
                                         << "Authentication unsuccessful, basic authentication is disabled."
                                         << "auth.oauth-required";
    QTest::newRow("must starttls") << 530 << "5.7.0"
                                   << "Must issue a STARTTLS command first."
                                   << "auth.requires-tls";
    QTest::newRow("538") << 538 << "5.7.11"
                         << "Encryption required for requested authentication mechanism"
                         << "auth.requires-tls";
    QTest::newRow("504 mechanism") << 504 << "5.5.4"
                                   << "Unrecognized authentication type"
                                   << "auth.mechanism-unsupported";
    QTest::newRow("454 temporary") << 454 << "4.7.0"
                                   << "Cannot authenticate due to a temporary system problem."
                                   << "auth.temporary-failure";
    QTest::newRow("exim incorrect") << 535 << ""
                                    << "Incorrect authentication data"
                                    << "auth.rejected";
    QTest::newRow("plain 535") << 535 << ""
                               << ""
                               << "auth.rejected";
    QTest::newRow("yahoo too many") << 535 << "5.7.0"
                                    << "(#AUTH005) Too many bad auth attempts."
                                    << "auth.temporary-failure";
}

void TestReplyClassifier::auth()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(QString, finding);
    QCOMPARE(findingIdName(ReplyClassifier::authFinding(reply(code, qPrintable(enhanced), qPrintable(text)))), finding);
}

void TestReplyClassifier::send_data()
{
    QTest::addColumn<SessionState>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finding");
    QTest::newRow("relay denied") << SessionState::RcptTo << 554 << "5.7.1"
                                  << "<bob@example.org>: Relay access denied"
                                  << "send.relay-denied";
    QTest::newRow("user unknown")
        << SessionState::RcptTo << 550 << "5.1.1"
        << "<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table"
        << "send.recipient-unknown";
    QTest::newRow("not owned") << SessionState::MailFrom << 553 << "5.7.1"
                               << "<x@example.com>: Sender address rejected: not owned by user a@example.com"
                               << "send.sender-rejected";
    QTest::newRow("too large") << SessionState::MessageBody << 552 << "5.3.4"
                               << "Message size exceeds fixed limit"
                               << "send.message-too-large";
    QTest::newRow("greylisted") << SessionState::RcptTo << 450 << "4.2.0"
                                << "Recipient address rejected: Greylisted"
                                << "send.rate-limited";
    QTest::newRow("spamhaus") << SessionState::RcptTo << 554 << "5.7.1"
                              << "Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"
                              << "send.rejected-as-spam";
    QTest::newRow("gmail 5.7.26") << SessionState::MessageBody << 550 << "5.7.26"
                                  << "This mail has been blocked because the sender is unauthenticated."
                                  << "send.rejected-as-spam";
    QTest::newRow("m365 5.7.57") << SessionState::MailFrom << 530 << "5.7.57"
                                 << "Client not authenticated to send mail."
                                 << "send.relay-denied";
    QTest::newRow("m365 send as") << SessionState::MessageBody << 550 << "5.7.60"
                                  << "SMTP; Client does not have permissions to send as this sender"
                                  << "send.sender-rejected";
    QTest::newRow("temporary at rcpt") << SessionState::RcptTo << 451 << "4.3.0"
                                       << "Temporary local problem - please try later"
                                       << "send.rate-limited";
    QTest::newRow("bare 550 at rcpt") << SessionState::RcptTo << 550 << ""
                                      << ""
                                      << "send.recipient-unknown";
    QTest::newRow("bare 550 at mail") << SessionState::MailFrom << 550 << ""
                                      << ""
                                      << "send.sender-rejected";
    QTest::newRow("daily limit") << SessionState::MessageBody << 550 << "5.4.5"
                                 << "Daily user sending limit exceeded."
                                 << "send.rate-limited";
    QTest::newRow("docomo filtered") << SessionState::MessageBody << 550 << ""
                                     << "Unknown user hana@docomo.ne.jp"
                                     << "send.rejected-as-spam";
    QTest::newRow("docomo at rcpt") << SessionState::RcptTo << 550 << ""
                                    << "Unknown user hana@docomo.ne.jp"
                                    << "send.recipient-unknown";
}

void TestReplyClassifier::send()
{
    QFETCH(SessionState, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(QString, finding);
    QCOMPARE(
        findingIdName(ReplyClassifier::sendFinding(stage, reply(code, qPrintable(enhanced), qPrintable(text)))), finding);
}

void TestReplyClassifier::explainReplyPutsTheReplyFirst()
{
    const QList<ExplanationItem> items = Explainer::explainReply(
        reply(535, "5.7.8",
            "Username and Password not accepted. https://support.google.com/mail/?p=BadCredentials - "
            "gsmtp\nsmtp.gmail.com"),
        SessionState::Auth);
    QVERIFY(items.size() >= 2);
    QCOMPARE(items[0].id, QStringLiteral("gmail.bad-credentials"));
    QCOMPARE(items[0].code, 535);
    QCOMPARE(items[0].enhanced, QStringLiteral("5.7.8"));
    QCOMPARE(items[0].stage, ReplyStage::Auth);
    QCOMPARE(items[1].id, QStringLiteral("gmail.smtp-host"));
    QVERIFY(Explainer::explainReply(SmtpReply(), SessionState::Auth).isEmpty());
}

void TestReplyClassifier::reason_data()
{
    QTest::addColumn<SessionState>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // empty: no cause named
    QTest::newRow("SPF words behind a spam finding") << SessionState::MessageBody << 550 << "5.7.1"
                                                     << "SPF check failed for example.jp"
                                                     << "sender-authentication";
    QTest::newRow("virus words behind 5.1.1") << SessionState::RcptTo << 550 << "5.1.1"
                                              << "Recipient address rejected: Virus detected"
                                              << "virus";
    QTest::newRow("unknown user at RCPT") << SessionState::RcptTo << 550 << "5.1.1"
                                          << "User unknown"
                                          << "recipient-unknown";
    QTest::newRow("carrier's unknown user after the message") << SessionState::MessageBody << 550 << ""
                                                              << "Unknown user hanako@docomo.ne.jp"
                                                              << "filtered";
    QTest::newRow("5.7.139 tenant")
        << SessionState::Auth << 535 << "5.7.139"
        << "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
        << "sign-in-method";
    QTest::newRow("accepted") << SessionState::MessageBody << 250 << "2.0.0"
                              << "Ok: queued"
                              << "";
}

void TestReplyClassifier::reason()
{
    QFETCH(SessionState, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const std::optional<Reason> r = ReplyClassifier::reason(
        stage, reply(code, enhanced.toLatin1().constData(), text.toUtf8().constData()));
    QCOMPARE(r ? reasonName(*r) : QString(), reason);
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
