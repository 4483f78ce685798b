// Memory a server can make the client use is bounded: per line, per reply, per queue of replies and
// per transcript; and text it sends is made harmless to show (controls, escapes, bidi overrides).
#include "core/smtp/replyparser.h"
#include "core/smtp/transcript.h"

#include <QTest>

using namespace SmtpDoctor;
using Error = ReplyParser::Error;

Q_DECLARE_METATYPE(ReplyParser::Error)

class TestBounds : public QObject
{
    Q_OBJECT
private slots:
    void parserLimits_data();
    void parserLimits();
    void lineWithoutLfNeverAccumulates();
    void transcriptIsBounded();
    void visibleText_data();
    void visibleText();
};

void TestBounds::parserLimits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    const QByteArray longLine = "250 " + QByteArray(ReplyParser::DefaultMaxLineLength, 'x') + "\r\n";
    QByteArray endless;
    for (int i = 0; i <= ReplyParser::DefaultMaxLines; ++i)
        endless += "250-more\r\n";
    QByteArray large;
    for (int i = 0; i < 20; ++i)
        large += "250-" + QByteArray(4000, 'y') + "\r\n";
    QByteArray many;
    for (int i = 0; i <= ReplyParser::MaxQueuedReplies; ++i)
        many += "250 ok\r\n";
    QTest::newRow("line over the limit") << longLine << Error::LineTooLong;
    QTest::newRow("reply that never ends") << endless << Error::TooManyLines;
    QTest::newRow("reply over 64 KiB") << large << Error::ReplyTooLarge;
    QTest::newRow("replies nobody reads") << many << Error::TooManyReplies;
    QTest::newRow("mixed codes") << QByteArray("250-a\r\n550 b\r\n") << Error::MixedCodes;
    QTest::newRow("2506-") << QByteArray("2506- x\r\n") << Error::MalformedLine;
    QTest::newRow("6xx") << QByteArray("600 x\r\n") << Error::MalformedLine;
    QTest::newRow("3 bytes") << QByteArray("25\r\n") << Error::MalformedLine;
    QTest::newRow("bare code is fine") << QByteArray("250\r\n") << Error::None;
}

void TestBounds::parserLimits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error, error);
    // Whole, and byte by byte: the result must not depend on how the bytes arrive.
    ReplyParser whole;
    whole.feed(bytes);
    QCOMPARE(whole.error(), error);
    ReplyParser trickled;
    for (const char c : bytes)
        trickled.feed(QByteArray(1, c));
    QCOMPARE(trickled.error(), error);
    QVERIFY(whole.offendingLine().size() <= 128);
}

void TestBounds::lineWithoutLfNeverAccumulates()
{
    // 20 MB without LF in network-sized pieces: the parser stops at the first piece over the limit
    // and ignores the rest (QIODevice::readLine(max) would instead hand out pieces as "lines").
    ReplyParser parser;
    const QByteArray piece(64 * 1024, 'x');
    int accepted = 0;
    for (int i = 0; i < 20 * 16; ++i)
        accepted += parser.feed(piece) ? 1 : 0;
    QCOMPARE(accepted, 0);
    QCOMPARE(parser.error(), Error::LineTooLong);
    QVERIFY(!parser.hasReply());
    QVERIFY(parser.takeLines().isEmpty());
}

void TestBounds::transcriptIsBounded()
{
    Transcript t;
    const QString line(10000, QLatin1Char('z'));
    for (int i = 0; i < Transcript::MaxEntries * 2; ++i)
        t.addServer(line, QStringLiteral("x:25"));
    const QList<TranscriptEntry> entries = t.entries();
    QVERIFY(entries.size() <= Transcript::MaxEntries + 1);
    qsizetype total = 0;
    for (const TranscriptEntry& e : entries) {
        QVERIFY(e.text.size() <= Transcript::MaxEntryLength + 64);
        total += e.text.size();
    }
    QVERIFY(total <= Transcript::MaxTotalLength + Transcript::MaxEntryLength + 64);
    QVERIFY(entries.last().text.contains(QLatin1String("truncated")));
}

void TestBounds::visibleText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("ANSI escape") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1B[2Jb");
    QTest::newRow("NUL, BEL, DEL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("\x07\x7f")) << QStringLiteral("a\\x00\\x07\\x7F");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) << QStringLiteral("\\x9B");
    QTest::newRow("right-to-left override") << QStringLiteral("txt\u202Eexe.pdf") << QStringLiteral("txt\\u202Eexe.pdf");
    QTest::newRow("zero-width space") << QStringLiteral("a\u200Bb") << QStringLiteral("a\\u200Bb");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
    QTest::newRow("broken surrogate") << QString(QChar(0xd800)) << QStringLiteral("\\uD800");
    QTest::newRow("Japanese and emoji stay") << QStringLiteral("送信できません \U0001F4E7") << QStringLiteral("送信できません \U0001F4E7");
}

void TestBounds::visibleText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(makeControlCharactersVisible(in), out);
}

QTEST_GUILESS_MAIN(TestBounds)
#include "tst_bounds.moc"
