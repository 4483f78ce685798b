// Bad input never crashes or hangs `explain`: random bytes, binary with NULs, broken multibyte
// sequences, escape sequences, a megabyte on one line, far more than MaxInput through standard input.
// Each case must finish (ctest's timeout is the bound; speed itself is measured in the benchmark only).
#include "core/knowledge/explainer.h"
#include "core/knowledge/inputdecoder.h"
#include "mtafixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace SmtpDoctor;

namespace {

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

QByteArray repeated(const QByteArray& piece, qsizetype size)
{
    QByteArray out;
    out.reserve(size + piece.size());
    while (out.size() < size)
        out += piece;
    return out;
}

} // namespace

class TestExplainRobustness : public QObject
{
    Q_OBJECT

private slots:
    void hostileInputFinishes_data();
    void hostileInputFinishes();
    void inputIsBounded();
    void cliSurvivesHugeBinaryInput();
};

void TestExplainRobustness::hostileInputFinishes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("mayBeEmpty");
    for (quint32 seed : { 1u, 2u, 3u })
        QTest::addRow("1 MB random, seed %u", seed) << randomBytes(seed, 1024 * 1024) << true;
    QTest::newRow("NULs and controls")
        << repeated(QByteArray("\0\x01\x1b[31m550\0 5.1.1\x7f\r", 16), 512 * 1024) << true;
    QTest::newRow("NULs around a reply")
        << repeated(QByteArray("\0\x01\x1b[31m\n550 5.1.1 user unknown\x7f\r\n\0", 34), 512 * 1024) << false;
    QTest::newRow("one 1 MB line of codes") << repeated("550 5.1.1 ", 1024 * 1024) << false;
    QTest::newRow("1 MB of digits") << repeated("5", 1024 * 1024) << true;
    QTest::newRow("1 MB of dots and digits") << repeated("5.5.5.5.", 1024 * 1024) << true;
    QTest::newRow("many short lines") << repeated("421\n", 1024 * 1024) << false;
    QTest::newRow("continuation flood")
        << repeated("550-5.7.26 unauthenticated relay access denied user unknown\n", 1024 * 1024) << false;
    QTest::newRow("wrapped lines forever")
        << ("550 x\n" + repeated("    more words of the reply\n", 1024 * 1024)) << false;
    QTest::newRow("broken iso-2022-jp") << repeated("\x1b$B\x1b$B08@\x1b(\x1b", 256 * 1024) << true;
    QTest::newRow("truncated shift_jis") << repeated("\x88\x82\xa0\x82\n550 \x81", 256 * 1024) << false;
    QTest::newRow("invalid utf-8") << repeated("\xc3\x28\xe2\x82\xf0\x90\x80 550 5.7.1 relay denied ",
        512 * 1024) << false;
    QTest::newRow("endless encoded words")
        << repeated("=?ISO-2022-JP?B?GyRCJCIbKEI=?= =?utf-8?q?=E3=81=82?= =?x?y?", 512 * 1024) << true;
    QTest::newRow("endless base64 part") << ("Content-Transfer-Encoding: base64\n\n"
        + repeated(QByteArray("NTUwIDUuMS4xIFVzZXIgdW5rbm93bgo=\n"), 1024 * 1024))
                                         << false;
    QTest::newRow("pattern prefixes")
        << repeated("unknown user unknown us relay acc relay access denie smtp.gmail.co ", 1024 * 1024)
        << true;
    QTest::newRow("utf-16 with BOM") << ("\xff\xfe"
        + repeated(QByteArray("5\0"
                              "5\0"
                              "0\0 \0",
                       8),
            256 * 1024)) << false;
}

void TestExplainRobustness::hostileInputFinishes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, mayBeEmpty);
    const QList<ExplanationItem> items = Explainer::explainBytes(bytes);
    QVERIFY(items.size() <= Explainer::MaxItems);
    if (!mayBeEmpty)
        QVERIFY(!items.isEmpty());
    for (const ExplanationItem& item : items) {
        QVERIFY(item.match.size() <= 1000);
        for (const QChar c : item.match)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "control character in match");
    }
}

void TestExplainRobustness::inputIsBounded()
{
    // Only the first MaxInput characters count: a reply beyond them is not seen.
    const QString text
        = QString(Explainer::MaxInput, QLatin1Char(' ')) + QStringLiteral("\n550 5.1.1 user unknown");
    QVERIFY(Explainer::explain(text).isEmpty());
    QVERIFY(InputDecoder::decode(QByteArray(Explainer::MaxInput * 2, 'a'), Explainer::MaxInput).size()
        <= Explainer::MaxInput);
}

void TestExplainRobustness::cliSurvivesHugeBinaryInput()
{
    // 5 MB through a pipe: the command reads at most MaxInput bytes, answers and exits.
    const QByteArray input = "550 5.7.1 Relay access denied\n" + randomBytes(7, 5 * 1024 * 1024);
    const ProcessResult r = runSmtpDoctor(
        { QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json") }, input, 120000);
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().toObject().value(QStringLiteral("code")).toInt(), 550);
}

QTEST_GUILESS_MAIN(TestExplainRobustness)
#include "tst_explainrobustness.moc"
