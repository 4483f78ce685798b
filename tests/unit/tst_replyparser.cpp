// The reply parser: codes, multi-line replies, enhanced codes, and its limits.
#include "core/smtp/replyparser.h"

#include <QTest>

using namespace SmtpDoctor;
using Error = ReplyParser::Error;

Q_DECLARE_METATYPE(ReplyParser::Error)

class TestReplyParser : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void splitAnywhere();
    void limits_data();
    void limits();
    void lineWithoutLfIsBoundedWhileStreaming();
    void discardBufferedDropsInjectedReplies();
    void controlCharactersAreMadeVisible();
    void enhancedStatus_data();
    void enhancedStatus();
};

void TestReplyParser::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("replies");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");

    QTest::newRow("greeting") << QByteArray("220 mail.example.com ESMTP Postfix\r\n") << 1 << 220 << QString() << QStringLiteral("mail.example.com ESMTP Postfix");
    QTest::newRow("bare code") << QByteArray("250\r\n") << 1 << 250 << QString() << QString();
    QTest::newRow("bare 334") << QByteArray("334 \r\n") << 1 << 334 << QString() << QString();
    QTest::newRow("lf only") << QByteArray("250 ok\n") << 1 << 250 << QString() << QStringLiteral("ok");
    QTest::newRow("enhanced") << QByteArray("535 5.7.8 Username and Password not accepted\r\n") << 1 << 535
                              << QStringLiteral("5.7.8") << QStringLiteral("Username and Password not accepted");
    QTest::newRow("multi-line ehlo") << QByteArray("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 STARTTLS\r\n")
                                     << 1 << 250 << QString() << QStringLiteral("mail.example.com\nPIPELINING\nSIZE 10240000\nSTARTTLS");
    QTest::newRow("multi-line enhanced") << QByteArray("550-5.7.1 first\r\n550 5.7.1 second\r\n") << 1 << 550 << QStringLiteral("5.7.1")
                                         << QStringLiteral("first\nsecond");
    QTest::newRow("class mismatch is text") << QByteArray("250 5.0.0 odd\r\n") << 1 << 250 << QString() << QStringLiteral("5.0.0 odd");
    QTest::newRow("two replies") << QByteArray("250 ok\r\n354 go ahead\r\n") << 2 << 250 << QString() << QStringLiteral("ok");
    QTest::newRow("incomplete") << QByteArray("250-first\r\n250 sec") << 0 << 0 << QString() << QString();
    QTest::newRow("utf8 text") << QByteArray("550 5.1.1 宛先が存在しません\r\n") << 1 << 550 << QStringLiteral("5.1.1")
                               << QStringLiteral("宛先が存在しません");
}

void TestReplyParser::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, replies);
    ReplyParser parser;
    QVERIFY(parser.feed(bytes));
    QCOMPARE(parser.error(), Error::None);
    int count = 0;
    SmtpReply first;
    while (parser.hasReply()) {
        const SmtpReply r = parser.takeReply();
        if (count++ == 0)
            first = r;
    }
    QCOMPARE(count, replies);
    if (replies == 0)
        return;
    QTEST(first.code, "code");
    QTEST(first.enhanced.toString(), "enhanced");
    QTEST(first.text(), "text");
}

void TestReplyParser::splitAnywhere()
{
    // A multi-line reply split at every possible byte boundary parses the same.
    const QByteArray bytes("250-mail.example.com\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n");
    for (int cut = 1; cut < bytes.size(); ++cut) {
        ReplyParser parser;
        QVERIFY(parser.feed(bytes.left(cut)));
        QVERIFY2(!parser.hasReply() || cut == bytes.size(), qPrintable(QString::number(cut)));
        QVERIFY(parser.feed(bytes.mid(cut)));
        QVERIFY(parser.hasReply());
        const SmtpReply r = parser.takeReply();
        QCOMPARE(r.code, 250);
        QCOMPARE(r.lines.size(), 3);
        QCOMPARE(r.lines.at(1), QStringLiteral("AUTH PLAIN LOGIN"));
    }
}

void TestReplyParser::limits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ReplyParser::Error>("error");

    QTest::newRow("line too long") << QByteArray("250 " + QByteArray(5000, 'a') + "\r\n") << Error::LineTooLong;
    QByteArray endless;
    for (int i = 0; i < 300; ++i)
        endless += "250-more\r\n";
    QTest::newRow("endless multi-line") << endless << Error::TooManyLines;
    QTest::newRow("mixed codes") << QByteArray("250-a\r\n251 b\r\n") << Error::MixedCodes;
    QTest::newRow("6xx") << QByteArray("650 nope\r\n") << Error::MalformedLine;
    QTest::newRow("2506-") << QByteArray("2506-x\r\n") << Error::MalformedLine;
    QTest::newRow("non-digits") << QByteArray("abc def\r\n") << Error::MalformedLine;
    QTest::newRow("three bytes") << QByteArray("25\r\n") << Error::MalformedLine;
    QTest::newRow("pop3") << QByteArray("+OK POP3 ready\r\n") << Error::MalformedLine;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\r\n", 7) << Error::MalformedLine;
}

void TestReplyParser::limits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ReplyParser::Error, error);
    ReplyParser parser;
    QVERIFY(!parser.feed(bytes));
    QCOMPARE(parser.error(), error);
    QVERIFY(!parser.feed("250 ok\r\n")); // errors are sticky
}

void TestReplyParser::lineWithoutLfIsBoundedWhileStreaming()
{
    // 20 MB without a line end, fed in chunks: the parser stops at its limit instead of buffering it all.
    ReplyParser parser;
    const QByteArray chunk(64 * 1024, 'x');
    bool ok = parser.feed("250 ");
    for (int i = 0; i < 320 && ok; ++i)
        ok = parser.feed(chunk);
    QVERIFY(!ok);
    QCOMPARE(parser.error(), Error::LineTooLong);
    QVERIFY(parser.offendingLine().size() <= 128);
}

void TestReplyParser::discardBufferedDropsInjectedReplies()
{
    ReplyParser parser;
    QVERIFY(parser.feed("220 go ahead\r\n250 injected\r\n250-part"));
    QVERIFY(parser.hasReply());
    QCOMPARE(parser.takeReply().code, 220);
    QVERIFY(parser.hasBufferedData());
    QVERIFY(parser.discardBuffered() > 0);
    QVERIFY(!parser.hasReply());
    QVERIFY(!parser.hasBufferedData());
}

void TestReplyParser::controlCharactersAreMadeVisible()
{
    ReplyParser parser;
    QVERIFY(parser.feed(QByteArray("550 bad \x1b[31mred\x1b[0m \x07 end\r\n")));
    const SmtpReply r = parser.takeReply();
    QVERIFY(!r.text().contains(QChar(0x1b)));
    QVERIFY(r.text().contains(QStringLiteral("\\x1B[31mred")));
    QVERIFY(r.text().contains(QStringLiteral("\\x07")));
}

void TestReplyParser::enhancedStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok") << QStringLiteral("5.7.8") << QStringLiteral("5.7.8");
    QTest::newRow("three-digit detail") << QStringLiteral("5.7.139") << QStringLiteral("5.7.139");
    QTest::newRow("class 3 invalid") << QStringLiteral("3.1.1") << QString();
    QTest::newRow("too many digits") << QStringLiteral("5.7.1234") << QString();
    QTest::newRow("four parts") << QStringLiteral("5.7.1.2") << QString();
    QTest::newRow("missing detail") << QStringLiteral("5.7.") << QString();
    QTest::newRow("words") << QStringLiteral("five") << QString();
}

void TestReplyParser::enhancedStatus()
{
    QFETCH(QString, text);
    QTEST(EnhancedStatus::fromString(text).toString(), "expected");
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
