// The explainer's mechanisms: finding replies in free text, their stage, joining the lines of one reply,
// letting more specific words win, ranking, not mistaking ordinary numbers for replies, and decoding
// Japanese charsets and MIME.
#include "core/knowledge/explainer.h"
#include "core/knowledge/inputdecoder.h"
#include "core/knowledge/phrasematcher.h"
#include "core/knowledge/replyscanner.h"

#include <QStringEncoder>
#include <QTest>

using namespace SmtpDoctor;

Q_DECLARE_METATYPE(SmtpDoctor::ReplyStage)
Q_DECLARE_METATYPE(SmtpDoctor::ReplyClass)

class TestExplainer : public QObject
{
    Q_OBJECT

private slots:
    void stageFromContext_data();
    void stageFromContext();
    void multiLineReplyIsOneItem();
    void statusAndDiagnosticCodeMerge();
    void moreSpecificWordsWin_data();
    void moreSpecificWordsWin();
    void failuresRankBeforeSuccess();
    void mailProgramFrameRanksAfterTheReply();
    void replyWhereLogsPutIt_data();
    void replyWhereLogsPutIt();
    void ordinaryNumbersAreNoReplies_data();
    void ordinaryNumbersAreNoReplies();
    void needsFailureEntriesNeedAnError();
    void retryFitsTheClass();
    void unknownEnhancedDetailIsExplained();
    void enhancedCodeBelongsToItsReply_data();
    void enhancedCodeBelongsToItsReply();
    void decodesJapaneseCharsets_data();
    void decodesJapaneseCharsets();
    void decodesEncodedWordsAndBase64Parts();
    void itemsAreBounded();
    void foldingDropsRepeatedCodes();
    void scannerReadsReportForms();
};

void TestExplainer::stageFromContext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReplyStage>("stage");
    QTest::newRow("postfix rcpt")
        << "<a@b.c>: host mx[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)"
        << ReplyStage::RcptTo;
    QTest::newRow("postfix end of data wrapped")
        << "host mx said: 550\n    Unknown user a@docomo.ne.jp (in reply to end of DATA command)"
        << ReplyStage::Message;
    QTest::newRow("postfix mail from")
        << "said: 553 sender (in reply to MAIL FROM command)" << ReplyStage::MailFrom;
    QTest::newRow("exim after rcpt on the line before")
        << "SMTP error from remote mail server after RCPT TO:<a@b.c>:\n550 relay not permitted"
        << ReplyStage::RcptTo;
    QTest::newRow("sendmail transcript data") << ">>> DATA\n<<< 554 5.7.1 rejected" << ReplyStage::Data;
    QTest::newRow("sendmail transcript end of data")
        << ">>> .\n<<< 554 5.7.1 rejected" << ReplyStage::Message;
    QTest::newRow("client transcript auth") << "C: AUTH LOGIN\nS: 535 5.7.8 no" << ReplyStage::Auth;
    QTest::newRow("greeting")
        << "lost connection with mx while receiving the initial server greeting\n421 busy"
        << ReplyStage::Greeting;
    QTest::newRow("nothing") << "550 5.1.1 unknown" << ReplyStage::Any;
}

void TestExplainer::stageFromContext()
{
    QFETCH(QString, text);
    QFETCH(ReplyStage, stage);
    const QList<FoundReply> replies = ReplyScanner::scan(text);
    QVERIFY(!replies.isEmpty());
    QCOMPARE(replies.last().stage, stage);
}

void TestExplainer::multiLineReplyIsOneItem()
{
    const QString text = QStringLiteral("550-5.7.26 This mail has been blocked because the sender is\n"
                                        "550-5.7.26 unauthenticated. Gmail requires all senders to\n"
                                        "550 5.7.26 authenticate with either SPF or DKIM. - gsmtp\n");
    const QList<FoundReply> replies = ReplyScanner::scan(text);
    QCOMPARE(replies.size(), 1);
    QVERIFY(replies[0].match.contains(QLatin1String("authenticate with either SPF")));
    const QList<ExplanationItem> items = Explainer::explain(text);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].id, QStringLiteral("gmail.unauthenticated"));
    QCOMPARE(items[0].kind, ExplanationItem::Kind::Provider);
}

void TestExplainer::statusAndDiagnosticCodeMerge()
{
    const QString text
        = QStringLiteral("Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.org>:\n"
                         "    Recipient address rejected: User unknown in local recipient table\n"
                         "X-Postfix-Queue-ID: 4VxY\n550 User unknown\n");
    const QList<ExplanationItem> items = Explainer::explain(text);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].code, 550);
    QCOMPARE(items[0].enhanced, QStringLiteral("5.1.1"));
    QCOMPARE(items[0].kind, ExplanationItem::Kind::Reply);
}

void TestExplainer::moreSpecificWordsWin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::newRow("equal: the reply speaks")
        << "550 5.1.1 <b@x.org>: Recipient address rejected: User unknown"
        << "enhanced.5.1.1" << int(ExplanationItem::Kind::Reply);
    QTest::newRow("no enhanced: the phrase speaks")
        << "550 User unknown"
        << "phrase.user-unknown" << int(ExplanationItem::Kind::Phrase);
    QTest::newRow("more specific phrase") << "554 5.7.1 <b@x.org>: Relay access denied"
                                          << "phrase.relay-denied" << int(ExplanationItem::Kind::Phrase);
    QTest::newRow("provider")
        << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
        << "microsoft.smtp-auth-disabled" << int(ExplanationItem::Kind::Provider);
    QTest::newRow("stage beats protocol subject") << "C: EHLO me\nS: 500 5.5.1 Command unrecognized"
                                                  << "code.500.ehlo" << int(ExplanationItem::Kind::Reply);
    QTest::newRow("wrapped phrase across continuation lines")
        << "421-4.7.0 Our system has detected an unusual rate of\n421-4.7.0 unsolicited mail originating "
           "from your IP address.\n421 4.7.0 - gsmtp"
        << "gmail.unusual-rate" << int(ExplanationItem::Kind::Provider);
}

void TestExplainer::moreSpecificWordsWin()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(int, kind);
    const QList<ExplanationItem> items = Explainer::explain(text);
    QVERIFY(!items.isEmpty());
    QCOMPARE(items[0].id, id);
    QCOMPARE(int(items[0].kind), kind);
}

void TestExplainer::failuresRankBeforeSuccess()
{
    const QList<ExplanationItem> items = Explainer::explain(
        QStringLiteral("220 mx.example.org ESMTP\n250 2.1.0 Ok\n452 4.2.2 Mailbox over quota\n550 5.1.1 "
                       "<b@x.org>: Recipient address rejected: User unknown\n"));
    QVERIFY(items.size() >= 4);
    QCOMPARE(items[0].code, 550); // permanent before temporary at the same specificity
    QCOMPARE(items[1].code, 452);
    QCOMPARE(items.last().replyClass, ReplyClass::Success);
}

void TestExplainer::mailProgramFrameRanksAfterTheReply()
{
    const QList<ExplanationItem> items = Explainer::explain(QStringLiteral(
        "Sending reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address "
        "in your account properties.  The server responded: 535 5.7.8 Authentication credentials invalid'"));
    QVERIFY(items.size() >= 2);
    QCOMPARE(items[0].code, 535);
    QCOMPARE(items[0].finding, FindingId::AuthRejected);
    bool frame = false;
    for (const ExplanationItem& item : items)
        frame = frame || item.id == QLatin1String("outlook.verify-address");
    QVERIFY(frame);
}

void TestExplainer::replyWhereLogsPutIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code"); // the first reply found; 0: none
    QTest::newRow("log arrow") << "command=\"RCPT TO:<a@example.net>\" => 550 No such recipient here" << 550;
    QTest::newRow("library exception")
        << "smtplib.SMTPAuthenticationError(535, b'authentication failed')" << 535;
    QTest::newRow("[S] marker") << "[S] 554 Transaction refused" << 554;
    QTest::newRow("expected code is no reply")
        << "Expected response code 250 but got code \"552\", with message \"552 5.3.4 too big\"" << 552;
    QTest::newRow("expected code and nothing received")
        << "Expected response code 220 but got code \"\", with message \"\"" << 0;
    QTest::newRow("unexpected error keeps its reply") << "Unexpected error 550 from the server" << 550;
    QTest::newRow("source file and line") << "worker.go:359: smtp error: 552 Your account is suspended" << 552;
    QTest::newRow("python file and line") << "File \"smtplib.py\", line 421: smtp said: 550 no" << 550;
    QTest::newRow("glued status field") << "smtpstatus=554 smtpmsg='554-Transaction failed'" << 554;
    QTest::newRow("camel-case code field") << "responseCode: 535 Authentication failed" << 535;
    QTest::newRow("counted message") << "gomail: could not send email 1: 552 Your account is suspended" << 552;
    QTest::newRow("second digit over 5 where a report quotes") << "host mx.example.org said: 571 Virus detected"
                                                               << 571;
    QTest::newRow("second digit over 5 elsewhere") << "Result 571 Virus detected" << 0;
    QTest::newRow("failure words, dash") << "error sending message - 450 Too many recipient attempts" << 450;
    QTest::newRow("failure words, comma")
        << "Failed to authenticate on SMTP server, 535 Authentication Credentials Invalid" << 535;
    QTest::newRow("failure words, parenthesis")
        << "An error occurred while sending mail (503 5.5.1 AUTH command used when not advertised)" << 503;
    QTest::newRow("failure words, parenthesis, bare number")
        << "Delivery error while sending mail (550)" << 0;
    QTest::newRow("numbered label after a colon") << "Client host rejected: #216 lpn LPN000_630" << 0;
    QTest::newRow("reply word before a hash") << "SMTP error #550 Mailbox unavailable" << 550;
    QTest::newRow("mox's kind of failure")
        << "Error during the last delivery attempt:\n\tpermanent: 550 Go away" << 550;
}

void TestExplainer::replyWhereLogsPutIt()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const QList<FoundReply> replies = ReplyScanner::scan(text);
    QCOMPARE(replies.isEmpty() ? 0 : replies.first().code, code);
}

void TestExplainer::ordinaryNumbersAreNoReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("prose") << "I sent 250 copies; room 421 is free at 10:30.";
    QTest::newRow("versions") << "Postfix 3.7.11, Dovecot 2.3.19, OpenSSL 3.0.13 and (2.3.16)";
    QTest::newRow("header values") << "Content-Length: 452\nX-Spam-Score: 250\nX-Count: 550";
    QTest::newRow("ports") << "Server: smtp.example.jp, Port: 465, Secure(SSL): Yes\nポート: 587";
    QTest::newRow("addresses and ids")
        << "<550@example.com> id 4VxY2Z1abc550 ip 192.0.2.250 tel 03-5555-4210";
    QTest::newRow("japanese") << "明日の会議は午後3時からです。";
    QTest::newRow("phone numbers") << "For help call\n(508) 359-5473 or\n  (550) 555.0199";
    QTest::newRow("numbered items") << "Version 2: 550 users\nChapter 3: 421 pages";
    QTest::newRow("counts after a comma or dash") << "I wrote to three people, 450 copies in total - 550 pages";
}

void TestExplainer::ordinaryNumbersAreNoReplies()
{
    QFETCH(QString, text);
    const QList<ExplanationItem> items = Explainer::explain(text);
    for (const ExplanationItem& item : items)
        qWarning() << "unexpected" << item.id << item.match;
    QVERIFY(items.isEmpty());
}

void TestExplainer::needsFailureEntriesNeedAnError()
{
    QVERIFY(Explainer::explain(QStringLiteral("Please write to hana@docomo.ne.jp tomorrow.")).isEmpty());
    const QList<ExplanationItem> items
        = Explainer::explain(QStringLiteral("550 5.1.1 <hana@docomo.ne.jp>... User unknown"));
    QVERIFY(items.size() >= 2);
    QCOMPARE(items.last().id, QStringLiteral("carrier.address"));
}

void TestExplainer::retryFitsTheClass()
{
    // "Mailbox full" is a permanent phrase in the table; with a 4xx code it must advise waiting.
    const QList<ExplanationItem> items
        = Explainer::explain(QStringLiteral("452 Mailbox full, try again later"));
    QVERIFY(!items.isEmpty());
    QCOMPARE(items[0].replyClass, ReplyClass::Transient);
    QVERIFY(items[0].retry == RetryAdvice::Soon || items[0].retry == RetryAdvice::Later);
    const QList<ExplanationItem> ok = Explainer::explain(QStringLiteral("250 2.0.0 Ok: queued as ABC"));
    QCOMPARE(ok.size(), 1);
    QCOMPARE(ok[0].retry, RetryAdvice::NotNeeded);
}

void TestExplainer::enhancedCodeBelongsToItsReply_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<ReplyClass>("replyClass");
    // qmail puts the enhanced code last, after a "#".
    QTest::newRow("qmail (#5.1.1)") << "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)" << 550
                                    << "5.1.1" << ReplyClass::Permanent;
    QTest::newRow("qmail rcpthosts")
        << "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" << 553 << "5.7.1"
        << ReplyClass::Permanent;
    // A failure's enhanced code of the other failure class: still this reply's; the basic code decides.
    QTest::newRow("554 4.4.7") << "554 4.4.7 Message expired: unable to deliver in 840 minutes." << 554
                               << "4.4.7" << ReplyClass::Permanent;
    QTest::newRow("452 5.2.2") << "452 5.2.2 Mailbox full" << 452 << "5.2.2" << ReplyClass::Transient;
    // A success code never takes a failure's enhanced code, nor the other way round.
    QTest::newRow("250 then 5.1.1") << "250 5.1.1 is not for me" << 250 << QString() << ReplyClass::Success;
    QTest::newRow("another line's code")
        << "550 no such user here\nStatus: 4.4.1" << 550 << QString() << ReplyClass::Permanent;
}

void TestExplainer::enhancedCodeBelongsToItsReply()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(ReplyClass, replyClass);
    const QList<ExplanationItem> items = Explainer::explain(text);
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [&](const ExplanationItem& i) { return i.code == code; });
    QVERIFY(it != items.cend());
    QCOMPARE(it->enhanced, enhanced);
    QCOMPARE(it->replyClass, replyClass);
}

void TestExplainer::unknownEnhancedDetailIsExplained()
{
    const QList<ExplanationItem> items = Explainer::explain(QStringLiteral("550 5.2.99 something new"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].id, QStringLiteral("code.550"));
    QCOMPARE(items[0].moreExplanation.size(), 1); // the subject's sentence ("the recipient's mailbox")
    const QList<ExplanationItem> alone = Explainer::explain(QStringLiteral("Status: 4.4.99"));
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone[0].id, QStringLiteral("enhanced.4.4.99.unknown"));
    QCOMPARE(alone[0].replyClass, ReplyClass::Transient);
    QCOMPARE(alone[0].side, Side::Network);
}

void TestExplainer::decodesJapaneseCharsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    // "宛先不明" in each encoding, written as bytes so the test does not depend on a converter.
    QTest::newRow("iso-2022-jp") << QByteArray("550 \x1b$B08@hITL@\x1b(B user unknown")
                                 << QStringLiteral("550 宛先不明 user unknown");
    QTest::newRow("shift_jis") << QByteArray("550 \x88\xb6\x90\xe6\x95\x73\x96\xbe")
                               << QStringLiteral("550 宛先不明");
    QTest::newRow("euc-jp") << QByteArray("550 \xb0\xb8\xc0\xe8\xc9\xd4\xcc\xc0")
                            << QStringLiteral("550 宛先不明");
    QTest::newRow("utf-8") << QByteArray("550 \xe5\xae\x9b\xe5\x85\x88\xe4\xb8\x8d\xe6\x98\x8e")
                           << QStringLiteral("550 宛先不明");
    QTest::newRow("utf-16 bom") << QByteArray("\xff\xfe"
                                              "5\0"
                                              "5\0"
                                              "0\0",
        8) << QStringLiteral("550");
}

void TestExplainer::decodesJapaneseCharsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(InputDecoder::decode(bytes, 1000).trimmed(), expected);
    const QList<ExplanationItem> items = Explainer::explainBytes(bytes);
    QVERIFY(!items.isEmpty());
    QCOMPARE(items[0].code, 550);
}

void TestExplainer::decodesEncodedWordsAndBase64Parts()
{
    const QByteArray bounce = "Subject: =?UTF-8?B?6YWN5L+h44Ko44Op44O8?=\n"
                              "Content-Type: text/plain; charset=UTF-8\n"
                              "Content-Transfer-Encoding: base64\n\n"
        + QByteArray("554 5.7.1 Relay access denied\n").toBase64() + "\n";
    const QString text = InputDecoder::decode(bounce, 10000);
    QVERIFY(text.contains(QStringLiteral("配信エラー")));
    QVERIFY(text.contains(QLatin1String("554 5.7.1 Relay access denied")));
    const QList<ExplanationItem> items = Explainer::explainBytes(bounce);
    QVERIFY(!items.isEmpty());
    // A delivery report quotes the receiving server: its refused relay is about the recipient's domain.
    QCOMPARE(items[0].id, QStringLiteral("phrase.receiver-relay-denied"));
    QCOMPARE(items[0].side, Side::Recipient);
}

void TestExplainer::itemsAreBounded()
{
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("5%1 5.%2.%3 text\n")
                    .arg(i % 56, 2, 10, QLatin1Char('0'))
                    .arg(i % 8)
                    .arg(i % 30);
    const QList<ExplanationItem> items = Explainer::explain(text);
    QVERIFY(!items.isEmpty());
    QVERIFY(items.size() <= Explainer::MaxItems);
}

void TestExplainer::foldingDropsRepeatedCodes()
{
    // A bounce that rewraps "552-5.7.0 ... potential\n552 5.7.0 security issue." leaves the second code
    // in the middle of the words.
    const FoldedText f
        = FoldedText::fold(u"552 5.7.0 its content presents a potential 552 5.7.0 security issue.");
    QCOMPARE(f.text, QStringLiteral("552 5.7.0 its content presents a potential security issue."));
    QCOMPARE(qsizetype(f.origin.size()), f.text.size() + 1);
}

void TestExplainer::scannerReadsReportForms()
{
    // A report that writes the code twice before the reply it quotes: one reply.
    QList<FoundReply> r = ReplyScanner::scan(u"552 552 5.2.2 <a@example.org>: mailbox quota exceeded");
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].code, 552);
    QCOMPARE(r[0].enhanced.toString(), QStringLiteral("5.2.2"));
    QCOMPARE(r[0].start, 0);
    // "550 #5.1.0": the enhanced code after '#'.
    r = ReplyScanner::scan(u"550 #5.1.0 Address rejected");
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].enhanced.toString(), QStringLiteral("5.1.0"));
    // Amazon SES: its own summary code first, then the reply it quotes.
    r = ReplyScanner::scan(u"5.3.0 - Other mail system problem 552-'5.2.2 a@example.org: quota exceeded'");
    QCOMPARE(r.size(), 2);
    QVERIFY(r[0].summary);
    QVERIFY(!r[1].summary);
    QCOMPARE(r[1].code, 552);
    QCOMPARE(r[1].enhanced.toString(), QStringLiteral("5.2.2"));
    // Two codes that are not the same reply stay two.
    r = ReplyScanner::scan(u"550 5.1.1 unknown (#5.1.1)");
    QVERIFY(!r[0].summary);
    const QList<ExplanationItem> items = Explainer::explain(
        QStringLiteral("5.3.0 - Other mail system problem 552-'5.2.2 a@example.org: quota exceeded'"));
    QVERIFY(!items.isEmpty());
    QCOMPARE(items[0].code, 552);
    QCOMPARE(items[0].reason, Reason::MailboxFull);
}

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
