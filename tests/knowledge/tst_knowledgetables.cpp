// The knowledge base's tables: coverage of RFC 5321 / practice reply codes and of the IANA enhanced
// status code registry, stage-specific meanings, fallbacks, and the consistency of every entry.
#include "core/findings/finding.h"
#include "core/findings/findingcatalog.h"
#include "core/findings/reason.h"
#include "core/knowledge/enhancedcodes.h"
#include "core/knowledge/replycodes.h"
#include "core/knowledge/textentries.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace SmtpDoctor;

Q_DECLARE_METATYPE(SmtpDoctor::ReplyStage)
Q_DECLARE_METATYPE(SmtpDoctor::Side)
Q_DECLARE_METATYPE(SmtpDoctor::RetryAdvice)

class TestKnowledgeTables : public QObject
{
    Q_OBJECT

private slots:
    void everyBasicCodeIsKnown_data();
    void everyBasicCodeIsKnown();
    void stageChangesTheMeaning_data();
    void stageChangesTheMeaning();
    void unknownBasicCodeFallsBackToClass_data();
    void unknownBasicCodeFallsBackToClass();
    void everyRegisteredEnhancedCodeIsKnown_data();
    void everyRegisteredEnhancedCodeIsKnown();
    void unknownEnhancedDetailUsesSubject_data();
    void unknownEnhancedDetailUsesSubject();
    void findingIdsExistInTheCatalog();
    void textEntriesAreWellFormed();
    void reasonVocabularyIsStable();
    void everyEntryCarriesAFittingReason();
    void everyFindingCarriesAReason();
    void patternAlternativesAreDistinctive();
};

void TestKnowledgeTables::everyBasicCodeIsKnown_data()
{
    QTest::addColumn<int>("code");
    for (int code : { 101, 211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 422, 431, 432, 441, 442,
             446, 447, 449, 450, 451, 452, 454, 455, 471, 500, 501, 502, 503, 504, 510, 511, 512, 513, 515,
             521, 523, 530, 534, 535, 538, 541, 550, 551, 552, 553, 554, 555, 556 })
        QTest::addRow("%d", code) << code;
}

void TestKnowledgeTables::everyBasicCodeIsKnown()
{
    QFETCH(int, code);
    const ReplyCodeInfo* info = ReplyCodes::find(code, ReplyStage::Any);
    QVERIFY2(info, "no general entry");
    QCOMPARE(info->code, code);
    QVERIFY(qstrlen(info->title) > 5);
    QVERIFY(qstrlen(info->explanation) > 20);
    QVERIFY(qstrlen(info->fix) > 5);
    // Advice must fit the class: only failures ask to wait or to fix something.
    if (code >= 200 && code < 400)
        QCOMPARE(info->retry, RetryAdvice::NotNeeded);
    else if (code < 500)
        QVERIFY(info->retry == RetryAdvice::Soon || info->retry == RetryAdvice::Later
            || info->retry == RetryAdvice::Automatic || info->retry == RetryAdvice::AfterFix);
    else
        QVERIFY(info->retry != RetryAdvice::NotNeeded);
}

void TestKnowledgeTables::stageChangesTheMeaning_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ReplyStage>("stage");
    QTest::addColumn<QString>("findingId");
    QTest::addColumn<Side>("side");
    QTest::newRow("550 at RCPT: no such mailbox")
        << 550 << ReplyStage::RcptTo << "send.recipient-unknown" << Side::Recipient;
    QTest::newRow("550 after the message: refused")
        << 550 << ReplyStage::Message << "send.rejected-as-spam" << Side::Recipient;
    QTest::newRow("550 at MAIL FROM: sender")
        << 550 << ReplyStage::MailFrom << "send.sender-rejected" << Side::You;
    QTest::newRow("554 at the greeting: blocked")
        << 554 << ReplyStage::Greeting << "server.greeting-rejected" << Side::Server;
    QTest::newRow("554 at RCPT: relay") << 554 << ReplyStage::RcptTo << "send.relay-denied" << Side::You;
    QTest::newRow("530 at AUTH: TLS first") << 530 << ReplyStage::Auth << "auth.requires-tls" << Side::You;
    QTest::newRow("454 at STARTTLS") << 454 << ReplyStage::StartTls << "tls.starttls-rejected"
                                     << Side::Server;
    QTest::newRow("454 at AUTH") << 454 << ReplyStage::Auth << "auth.temporary-failure" << Side::Server;
    QTest::newRow("500 at EHLO: inspection")
        << 500 << ReplyStage::Ehlo << "interference.esmtp-inspection" << Side::Network;
    QTest::newRow("552 at RCPT: mailbox full")
        << 552 << ReplyStage::RcptTo << "send.rate-limited" << Side::Recipient;
    QTest::newRow("552 after the message: too large")
        << 552 << ReplyStage::Message << "send.message-too-large" << Side::Server; // the server's limit
    QTest::newRow("504 at AUTH: mechanism")
        << 504 << ReplyStage::Auth << "auth.mechanism-unsupported" << Side::Server;
    QTest::newRow("250 after the message: accepted")
        << 250 << ReplyStage::Message << "send.accepted" << Side::Server;
    QTest::newRow("421 anywhere") << 421 << ReplyStage::Quit << "server.greeting-rejected" << Side::Server;
}

void TestKnowledgeTables::stageChangesTheMeaning()
{
    QFETCH(int, code);
    QFETCH(ReplyStage, stage);
    QFETCH(QString, findingId);
    QFETCH(Side, side);
    const ReplyCodeInfo* info = ReplyCodes::find(code, stage);
    QVERIFY(info);
    QCOMPARE(info->finding ? findingIdName(*info->finding) : QString(), findingId);
    QCOMPARE(info->side, side);
    const ReplyCodeInfo* general = ReplyCodes::find(code, ReplyStage::Any);
    QVERIFY(general);
    if (ReplyCodes::hasStageMeaning(code, stage))
        QVERIFY(info != general);
}

void TestKnowledgeTables::unknownBasicCodeFallsBackToClass_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<RetryAdvice>("retry");
    QTest::newRow("2yz") << 259 << RetryAdvice::NotNeeded;
    QTest::newRow("3yz") << 399 << RetryAdvice::NotNeeded;
    QTest::newRow("4yz") << 459 << RetryAdvice::Soon;
    QTest::newRow("5yz") << 557 << RetryAdvice::AfterFix;
}

void TestKnowledgeTables::unknownBasicCodeFallsBackToClass()
{
    QFETCH(int, code);
    QFETCH(RetryAdvice, retry);
    QVERIFY(!ReplyCodes::find(code, ReplyStage::Any));
    const ReplyCodeInfo fallback = ReplyCodes::fallback(code);
    QCOMPARE(fallback.code, code);
    QCOMPARE(fallback.retry, retry);
    QVERIFY(qstrlen(fallback.explanation) > 20);
}

void TestKnowledgeTables::everyRegisteredEnhancedCodeIsKnown_data()
{
    // The IANA "SMTP Enhanced Status Codes" registry: X.subject.detail (RFC 3463, 3886, 4468, 4954, 5248,
    // 6531, 6710, 7293, 7372, 7505, 8617, 8689).
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");
    const QList<QPair<int, int>> registry {
        { 0, 0 },
        { 1, 0 },
        { 1, 1 },
        { 1, 2 },
        { 1, 3 },
        { 1, 4 },
        { 1, 6 },
        { 1, 7 },
        { 1, 8 },
        { 1, 9 },
        { 1, 10 },
        { 2, 0 },
        { 2, 1 },
        { 2, 2 },
        { 2, 3 },
        { 2, 4 },
        { 3, 0 },
        { 3, 1 },
        { 3, 2 },
        { 3, 3 },
        { 3, 4 },
        { 3, 5 },
        { 3, 6 },
        { 4, 0 },
        { 4, 1 },
        { 4, 2 },
        { 4, 3 },
        { 4, 4 },
        { 4, 5 },
        { 4, 6 },
        { 4, 7 },
        { 5, 0 },
        { 5, 1 },
        { 5, 2 },
        { 5, 3 },
        { 5, 4 },
        { 5, 5 },
        { 5, 6 },
        { 6, 0 },
        { 6, 1 },
        { 6, 2 },
        { 6, 3 },
        { 6, 4 },
        { 6, 5 },
        { 6, 6 },
        { 6, 7 },
        { 6, 8 },
        { 6, 9 },
        { 7, 0 },
        { 7, 1 },
        { 7, 2 },
        { 7, 3 },
        { 7, 4 },
        { 7, 5 },
        { 7, 6 },
        { 7, 7 },
        { 7, 8 },
        { 7, 9 },
        { 7, 10 },
        { 7, 11 },
        { 7, 12 },
        { 7, 13 },
        { 7, 14 },
        { 7, 15 },
        { 7, 16 },
        { 7, 17 },
        { 7, 18 },
        { 7, 19 },
        { 7, 20 },
        { 7, 21 },
        { 7, 22 },
        { 7, 23 },
        { 7, 24 },
        { 7, 25 },
        { 7, 26 },
        { 7, 27 },
        { 7, 28 },
        { 7, 29 },
        { 7, 30 },
    };
    for (const auto& [subject, detail] : registry) {
        for (int cls : { 4, 5 })
            QTest::addRow("%d.%d.%d", cls, subject, detail) << subject << detail;
    }
}

void TestKnowledgeTables::everyRegisteredEnhancedCodeIsKnown()
{
    QFETCH(int, subject);
    QFETCH(int, detail);
    const int cls = QString::fromLatin1(QTest::currentDataTag()).left(1).toInt();
    const EnhancedCodeInfo* info = EnhancedCodes::find({ cls, subject, detail });
    QVERIFY2(info, "registered code missing");
    QCOMPARE(info->subject, subject);
    QCOMPARE(info->detail, detail);
    QVERIFY(info->statusClass == 0 || info->statusClass == cls);
    QVERIFY(qstrlen(info->explanation) > 20);
}

void TestKnowledgeTables::unknownEnhancedDetailUsesSubject_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("subject");
    QTest::newRow("5.1.99 address") << "5.1.99" << 1;
    QTest::newRow("4.4.77 network") << "4.4.77" << 4;
    QTest::newRow("5.7.139 policy") << "5.7.139" << 7;
    QTest::newRow("5.9.1 unknown subject") << "5.9.1" << 0;
}

void TestKnowledgeTables::unknownEnhancedDetailUsesSubject()
{
    QFETCH(QString, code);
    QFETCH(int, subject);
    const EnhancedStatus status = EnhancedStatus::fromString(code);
    QVERIFY(status.isValid());
    QVERIFY(!EnhancedCodes::find(status));
    const EnhancedCodeInfo* fallback = EnhancedCodes::fallback(status);
    QVERIFY(fallback);
    QCOMPARE(fallback->subject, subject);
    QCOMPARE(fallback->detail, 0);
}

void TestKnowledgeTables::findingIdsExistInTheCatalog()
{
    QSet<FindingId> ids;
    for (const ReplyCodeInfo* info : ReplyCodes::all())
        if (info->finding)
            ids.insert(*info->finding);
    for (const EnhancedCodeInfo* info : EnhancedCodes::all())
        if (info->finding)
            ids.insert(*info->finding);
    for (const TextEntry* entry : TextEntries::all())
        if (entry->finding)
            ids.insert(*entry->finding);
    QVERIFY(ids.size() > 15);
    for (const FindingId id : std::as_const(ids))
        QVERIFY2(FindingCatalog::info(id).title, qPrintable(findingIdName(id)));
}

void TestKnowledgeTables::textEntriesAreWellFormed()
{
    QSet<QString> ids;
    for (const TextEntry* entry : TextEntries::all()) {
        const QString id = QString::fromLatin1(entry->id);
        QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
        ids.insert(id);
        const QString patterns = QString::fromUtf8(entry->patterns);
        QVERIFY2(!patterns.isEmpty() && patterns == patterns.toLower(),
            qPrintable(id + QStringLiteral(": patterns must be lowercase")));
        QVERIFY2(!patterns.contains(QStringLiteral("  ")) && !patterns.contains(QStringLiteral("||")),
            qPrintable(id));
        for (const QString& alternative : patterns.split(QLatin1Char('|')))
            QVERIFY2(!alternative.startsWith(QLatin1Char('*')) && !alternative.endsWith(QLatin1Char('*')),
                qPrintable(id));
        QVERIFY(entry->specificity >= 1 && entry->specificity <= 4);
        QVERIFY(qstrlen(entry->title) > 5 && qstrlen(entry->explanation) > 20 && qstrlen(entry->fix) > 10);
        QCOMPARE(TextEntries::find(id), entry);
    }
    QVERIFY(ids.size() > 100);
}

void TestKnowledgeTables::reasonVocabularyIsStable()
{
    // The reasons the issue names must exist under these wire names; more may be added, none renamed.
    for (const char* name : { "recipient-unknown", "mailbox-full", "host-unknown", "spam", "virus",
             "blocked-ip", "bad-reputation", "ptr-required", "policy", "authentication-required",
             "sender-authentication", "relay-denied", "message-too-large", "rate-limited",
             "too-many-connections", "expired", "suspended", "moved", "not-rfc-compliant", "system-error",
             "system-full", "network-error", "tls-required", "mailing-list", "delivery-program-failed",
             "filtered", "sender-rejected", "not-accepting" })
        QVERIFY2(reasonFromName(QString::fromLatin1(name)), name);
    QSet<QString> names;
    for (const Reason r : allReasons()) {
        const QString name = reasonName(r);
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(reasonFromName(name), r);
        QVERIFY2(
            name == name.toLower() && !name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('_')),
            qPrintable(name));
        QVERIFY(!reasonLabel(r).isEmpty());
    }
    QVERIFY(!reasonFromName(u"no-such-reason"));
    QVERIFY(!reasonNamesCause(Reason::Unclassified) && !reasonNamesCause(Reason::Accepted));
    QVERIFY(reasonNamesCause(Reason::Virus));
}

void TestKnowledgeTables::everyEntryCarriesAFittingReason()
{
    for (const ReplyCodeInfo* info : ReplyCodes::all()) {
        const QByteArray tag = QByteArray::number(info->code) + ' ' + replyStageName(info->stage).toLatin1();
        if (info->code >= 200 && info->code < 300)
            QVERIFY2(info->reason == Reason::Accepted, tag.constData());
        else if (info->code >= 300 && info->code < 400)
            QVERIFY2(info->reason == Reason::InProgress, tag.constData());
        else
            QVERIFY2(reasonNamesCause(info->reason), tag.constData());
    }
    for (const EnhancedCodeInfo* info : EnhancedCodes::all()) {
        const QByteArray tag = QByteArray::number(info->statusClass) + '.' + QByteArray::number(info->subject)
            + '.' + QByteArray::number(info->detail);
        if (info->statusClass == 2)
            QVERIFY2(info->reason == Reason::Accepted, tag.constData());
        else if (!info->generic)
            QVERIFY2(reasonNamesCause(info->reason),
                tag.constData()); // only "other or undefined" codes name no cause
    }
    for (const TextEntry* entry : TextEntries::all()) {
        // Only a frame names no cause: a mail program's dialog around the answer, "this is a bounce",
        // a settings hint.
        const bool frame = (entry->flags & TextEntry::Wrapper) || entry->specificity == 1
            || entry->reason == Reason::Configuration;
        // Like a 2xx code, a text that reports success (a spam complaint about a delivered message) names
        // no failure's cause.
        if (entry->typicalClass == ReplyClass::Success)
            QVERIFY2(entry->reason == Reason::Accepted, entry->id);
        else if (!frame)
            QVERIFY2(reasonNamesCause(entry->reason), entry->id);
    }
}

void TestKnowledgeTables::everyFindingCarriesAReason()
{
    for (const FindingInfo* info : FindingCatalog::all()) {
        const QString name = findingIdName(info->id);
        if (name.endsWith(QLatin1String(".skipped")) || name.endsWith(QLatin1String(".not-run")))
            QVERIFY2(info->reason == Reason::NotChecked, qPrintable(name));
        else if (info->id == FindingId::SendAccepted
            || (name.startsWith(QLatin1String("domain.")) && name.endsWith(QLatin1String("-ok"))))
            QVERIFY2(info->reason == Reason::Accepted, qPrintable(name)); // nothing failed
        else if (info->id != FindingId::SendFailed) // "a refusal that fits no other id"
            QVERIFY2(reasonNamesCause(info->reason), qPrintable(name));
    }
    // A finding made from a reply carries the reply's more precise reason.
    Finding f = Finding::make(FindingId::SendRejectedAsSpam);
    QCOMPARE(f.reason(), Reason::Spam);
    f.replyReason = Reason::SenderAuthentication;
    QCOMPARE(f.reason(), Reason::SenderAuthentication);
}

void TestKnowledgeTables::patternAlternativesAreDistinctive()
{
    // An alternative of one or two characters would match nearly everything ("pipe to |/" split at '|').
    for (const TextEntry* entry : TextEntries::all()) {
        for (const QString& alternative : TextEntries::alternatives(entry->patterns)) {
            QString letters = alternative;
            letters.remove(QLatin1Char('*')).remove(QLatin1Char(' '));
            // Topic words of last resort may be two-character Japanese words (認証, 接続): they are read
            // only beside a failure word, in a text nothing else recognised.
            const bool japaneseTopic = (entry->flags & TextEntry::LastResort)
                && std::any_of(letters.cbegin(), letters.cend(), [](QChar c) { return c.unicode() > 0x2fff; });
            QVERIFY2(letters.size() >= (japaneseTopic ? 2 : 3),
                qPrintable(QString::fromLatin1(entry->id) + QStringLiteral(": ") + alternative));
        }
    }
    QCOMPARE(TextEntries::alternatives("pipe to \\|/|x-unix;"),
        (QStringList { QStringLiteral("pipe to |/"), QStringLiteral("x-unix;") }));
}

QTEST_GUILESS_MAIN(TestKnowledgeTables)
#include "tst_knowledgetables.moc"
