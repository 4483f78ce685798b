// The password in every form it can take (issue 14): the scrubber hides encodings, escapings and near
// matches, leaves ordinary text alone, and never spends unbounded work on hostile input.
#include "core/smtp/replyparser.h"
#include "core/smtp/secretscrubber.h"

#include <QStringEncoder>
#include <QTest>
#include <QUrl>

using namespace SmtpDoctor;

namespace {

const QString Password = QStringLiteral("Tr1cky-p\u00e4ssword:42");

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestSecretScrubber : public QObject
{
    Q_OBJECT
private slots:
    void hides_data();
    void hides();
    void leavesAlone_data();
    void leavesAlone();
    void boundedWork();
    void parserFiltersLines();
};

void TestSecretScrubber::hides_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("form");
    const QByteArray utf8 = Password.toUtf8();
    const QByteArray latin1 = Password.toLatin1();
    QTest::newRow("UTF-8") << Password << utf8;
    QTest::newRow("Latin-1") << Password << latin1;
    QTest::newRow("UTF-16LE") << Password << encoded(Password, "UTF-16LE");
    QTest::newRow("UTF-16BE") << Password << encoded(Password, "UTF-16BE");
    QTest::newRow("Windows-1252 euro sign")
        << QStringLiteral("pa\u20acword-99") << QByteArray("pa\x80word-99");
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray prefix(shift, 'u');
        QTest::addRow("base64 of UTF-8, shift %d", shift) << Password << QByteArray(prefix + utf8).toBase64();
        QTest::addRow("base64 of Latin-1, shift %d", shift)
            << Password << QByteArray(prefix + latin1).toBase64();
        QTest::addRow("base64url of UTF-16LE, shift %d", shift)
            << Password
            << QByteArray(prefix + encoded(Password, "UTF-16LE")).toBase64(QByteArray::Base64UrlEncoding);
    }
    QTest::newRow("percent, all escaped")
        << Password << QUrl::toPercentEncoding(Password, {}, "-:0123456789");
    QTest::newRow("percent, lower case") << Password << QByteArray("Tr1cky-p%c3%a4ssword%3a42");
    QTest::newRow("percent, Latin-1") << Password << QByteArray("Tr1cky-p%E4ssword:42");
    QTest::newRow("form encoding, space as +")
        << QStringLiteral("open sesame 99") << QByteArray("open+sesame+99");
    QTest::newRow("quoted-printable") << Password << QByteArray("Tr1cky-p=C3=A4ssword:42");
    QTest::newRow("quoted-printable, Latin-1, lower case")
        << Password << QByteArray("Tr1cky-p=e4ssword=3A42");
    QTest::newRow("RFC 2047 Q, space as _")
        << QStringLiteral("open sesame 99") << QByteArray("=?utf-8?Q?open_sesame_99?=");
    QTest::newRow("near: cut short by two") << Password << QByteArray("Tr1cky-p\xc3\xa4ssword");
    QTest::newRow("near: replacement character") << Password << QByteArray("Tr1cky-p\xef\xbf\xbdssword:42");
    QTest::newRow("near: one letter changed") << Password << QByteArray("Tr1cky-P\xc3\xa4ssword:42");
    QTest::newRow("Shift_JIS") << QStringLiteral("\u79d8\u5bc6\u306e\u5408\u8a00\u8449")
                               << encoded(
                                      QStringLiteral("\u79d8\u5bc6\u306e\u5408\u8a00\u8449"), "Shift_JIS");
    QTest::newRow("ISO-2022-JP") << QStringLiteral("\u79d8\u5bc6\u306e\u5408\u8a00\u8449")
                                 << encoded(QStringLiteral("\u79d8\u5bc6\u306e\u5408\u8a00\u8449"),
                                        "ISO-2022-JP");
}

void TestSecretScrubber::hides()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, form);
    SecretScrubber s;
    s.addSecret(password);
    const QByteArray line = "535 5.7.8 the password " + form + " is wrong";
    const QByteArray out = s.scrub(line);
    QVERIFY2(out.contains("[hidden]"), out.toHex().constData());
    // The words around it stay.
    QVERIFY2(out.startsWith("535 5.7.8 the password "), out.constData());
    QVERIFY2(out.endsWith(" is wrong"), out.constData());
    // Nothing of the form is left but a few edge characters (base64 neighbours, near-match slack).
    QVERIFY2(!out.contains(form.mid(2, form.size() - 4)), out.constData());
    // The text way in: the same, for forms that text can hold (UTF-8 and the escapes of any).
    if (QString::fromUtf8(form).toUtf8() == form) {
        const QString text = s.scrub(QString::fromUtf8(line));
        QVERIFY(text.contains(QLatin1String("[hidden]")));
    }
}

void TestSecretScrubber::leavesAlone_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("the word password")
        << Password << QByteArray("535 5.7.8 Username and Password not accepted");
    QTest::newRow("a few letters in common") << Password << QByteArray("250-Tr1 ssword 42 pass");
    QTest::newRow("short password, other words")
        << QStringLiteral("hunter2") << QByteArray("220 hunter ESMTP ready 2");
    QTest::newRow("a capability list") << Password << QByteArray("250-AUTH PLAIN LOGIN CRAM-MD5");
    QTest::newRow("percent and equals signs") << Password << QByteArray("250 100% done, x=1 y=%20");
}

void TestSecretScrubber::leavesAlone()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, line);
    SecretScrubber s;
    s.addSecret(password);
    QCOMPARE(s.scrub(line), line);
}

// A hostile line made of pieces of the password: the answer comes, hidden in part or in whole.
void TestSecretScrubber::boundedWork()
{
    SecretScrubber s;
    s.addSecret(Password);
    QByteArray hostile;
    while (hostile.size() < 4000)
        hostile += "Tr1ck" + QByteArray::number(hostile.size()) + "ssw\xc3\xa4";
    const QByteArray out = s.scrub(hostile);
    QVERIFY(!out.isEmpty());
    QVERIFY(out.contains("[hidden]") || out == hostile);
    QVERIFY(!out.contains(Password.toUtf8()));
}

// The session scrubs what the server sent before it is decoded, through the parser's line filter.
void TestSecretScrubber::parserFiltersLines()
{
    SecretScrubber s;
    s.addSecret(Password);
    ReplyParser parser;
    parser.setLineFilter([&s](const QByteArray& bytes) { return s.scrub(bytes); });
    QVERIFY(parser.feed("535-5.7.8 got Tr1cky-p\xe4ssword:42\r\n535 5.7.8 bye\r\n"));
    QVERIFY(parser.hasReply());
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.code, 535);
    QCOMPARE(reply.lines.first(), QStringLiteral("got [hidden]"));
    for (const QString& line : parser.takeLines())
        QVERIFY2(!line.contains(QLatin1String("ssword")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestSecretScrubber)
#include "tst_secretscrubber.moc"
