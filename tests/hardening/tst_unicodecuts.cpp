// Issue 14, class 5: no broken Unicode. Every place that shortens text cuts on a grapheme boundary
// (at least a code point one), so no lone surrogate half ever reaches a report: the JSON of `check` and
// `explain` passes a strict reader (Python's json, then encode("utf-8"), as a helpdesk script would),
// and the text report is valid UTF-8 without replacement characters.
#include "checkrun.h"
#include "core/i18n/textcut.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QTest>

using namespace SmtpDoctor;

namespace {

// True if every string in the JSON value is valid UTF-16 (no surrogate half alone).
bool allValidUtf16(const QJsonValue& v, QString* bad)
{
    if (v.isString()) {
        if (!QStringView(v.toString()).isValidUtf16()) {
            *bad = v.toString();
            return false;
        }
        return true;
    }
    if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            if (!allValidUtf16(e, bad))
                return false;
        return true;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allValidUtf16(it.value(), bad))
                return false;
    }
    return true;
}

// What a helpdesk script does with the report: Python's json.load, then print it (encode as UTF-8).
// Returns Python's complaint, empty when it read and printed it.
QString pythonStrictRead(const QByteArray& json)
{
    QTemporaryFile file;
    if (!file.open())
        return QStringLiteral("no temporary file");
    file.write(json);
    file.flush();
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import json,sys\nd=json.load(open(sys.argv[1],encoding='utf-8'))\n"
                           "json.dumps(d,ensure_ascii=False).encode('utf-8')\n"),
            file.fileName() });
    if (!python.waitForFinished(30000))
        return QStringLiteral("python3 did not finish");
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError()).right(300);
    return {};
}

struct Piece
{
    const char* name;
    QString text; // what sits across the cut
};

QList<Piece> pieces()
{
    return {
        { "emoji", QStringLiteral("\U0001F600") },
        { "emoji with skin tone", QStringLiteral("\U0001F44D\U0001F3FD") },
        { "family (ZWJ sequence)", QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467") },
        { "letter and combining accent", QStringLiteral("e\u0301") },
        { "flag", QStringLiteral("\U0001F1EF\U0001F1F5") },
        { "CJK beyond the BMP", QStringLiteral("\U0002000B") },
    };
}

} // namespace

class TestUnicodeCuts : public QObject
{
    Q_OBJECT
private slots:
    void strictReaderCanFail();
    void cutPosition_data();
    void cutPosition();
    void utf8Prefix_data();
    void utf8Prefix();
    void greetingSummary_data();
    void greetingSummary();
    void explainMatch_data();
    void explainMatch();
};

// The check below would catch the bug: a lone surrogate makes Python fail.
void TestUnicodeCuts::strictReaderCanFail()
{
    QVERIFY(!pythonStrictRead(QByteArray("{\"summary\": \"ok \\ud83d\"}")).isEmpty());
    QVERIFY(pythonStrictRead(QByteArray("{\"summary\": \"ok \\ud83d\\ude00\"}")).isEmpty());
}

void TestUnicodeCuts::cutPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    for (const Piece& p : pieces()) {
        // The piece starts just before the limit, so that a plain left(120) would split it.
        const QString text = QString(119, QLatin1Char('a')) + p.text + QStringLiteral("tail");
        QTest::addRow("%s across the cut", p.name) << text << 120 << 119;
        QTest::addRow("%s before the cut", p.name)
            << QString(100, QLatin1Char('a')) + p.text + QString(40, QLatin1Char('b')) << 120 << 120;
    }
    const QString crlf = QString(119, QLatin1Char('a')) + QStringLiteral("\r\n");
    QTest::newRow("CR LF is one grapheme") << crlf << 120 << 119;
    QTest::newRow("shorter than the limit") << QStringLiteral("short \U0001F600") << 120 << 8;
    QTest::newRow("limit 0") << QStringLiteral("\U0001F600") << 0 << 0;
    // One grapheme longer than the look-around: cut on a code point boundary inside it.
    QTest::newRow("hundreds of combining marks")
        << QStringLiteral("a") + QString(300, QChar(0x0301)) << 120 << 120;
    QString surrogateMarks = QStringLiteral("a");
    for (int i = 0; i < 150; ++i)
        surrogateMarks += QStringLiteral("\U0001D167"); // a combining mark outside the BMP
    QTest::newRow("combining marks beyond the BMP, odd limit") << surrogateMarks << 121 << 121;
    QTest::newRow("combining marks beyond the BMP, even limit") << surrogateMarks << 122 << 121;
}

void TestUnicodeCuts::cutPosition()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(int, expected);
    const qsizetype cut = textCutPosition(text, max);
    QCOMPARE(int(cut), expected);
    QVERIFY(QStringView(text).left(cut).isValidUtf16());
    QVERIFY(QStringView(text).mid(cut).isValidUtf16());
    const QString shortened = shortenedText(text, max, u"…");
    QVERIFY(shortened.isValidUtf16());
    QCOMPARE(shortened, cut < text.size() ? text.left(cut) + QStringLiteral("…") : text);
}

void TestUnicodeCuts::utf8Prefix_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::newRow("ascii") << QByteArray("abcdef") << 3 << 3;
    QTest::newRow("two-byte letter across") << QByteArray("ab\xc3\xa4") << 3 << 2;
    QTest::newRow("three-byte across at 1") << QByteArray("a\xe3\x81\x82") << 2 << 1;
    QTest::newRow("three-byte across at 2") << QByteArray("a\xe3\x81\x82") << 3 << 1;
    QTest::newRow("four-byte emoji across") << QByteArray("a\xf0\x9f\x98\x80z") << 4 << 1;
    QTest::newRow("four-byte emoji whole") << QByteArray("a\xf0\x9f\x98\x80z") << 5 << 5;
    QTest::newRow("not UTF-8 at all") << QByteArray("\x80\x80\x80\x80\x80") << 3 << 3;
    QTest::newRow("Latin-1") << QByteArray("p\xe4ssword") << 2 << 2;
}

void TestUnicodeCuts::utf8Prefix()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, max);
    QFETCH(int, expected);
    const QByteArray prefix = SmtpDoctor::utf8Prefix(bytes, max);
    QCOMPARE(int(prefix.size()), expected);
    QVERIFY(bytes.startsWith(prefix));
}

void TestUnicodeCuts::greetingSummary_data()
{
    QTest::addColumn<QString>("piece");
    for (const Piece& p : pieces())
        QTest::addRow("%s", p.name) << p.text;
}

// The server step's summary quotes the greeting, shortened to 120 characters.
void TestUnicodeCuts::greetingSummary()
{
    QFETCH(QString, piece);
    const QString greeting = QString(119, QLatin1Char('x')) + piece + QStringLiteral(" ESMTP ready");
    ScriptedServer server(QStringList { QStringLiteral("S: 220 ") + greeting }
        + lines({ "C: EHLO *", "S: 250 x", "C: QUIT", "S: 221 bye" }));
    QVERIFY(server.listen());
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("text") }) {
        const CheckRun run = runCheck(server.port(),
            { QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--timeout"),
                QStringLiteral("3"), QStringLiteral("--format"), format });
        QVERIFY2(!run.process.timedOut, run.process.err.constData());
        if (format == QLatin1String("json")) {
            QVERIFY2(!run.report.isEmpty(), run.process.err.constData());
            const QString summary
                = run.step(QStringLiteral("server")).value(QStringLiteral("summary")).toString();
            QVERIFY2(
                summary.contains(QString(119, QLatin1Char('x')) + QStringLiteral("…")), qPrintable(summary));
            QString bad;
            QVERIFY2(allValidUtf16(run.report, &bad), qPrintable(bad));
            const QString complaint = pythonStrictRead(run.process.out);
            QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
        } else {
            QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = strict.decode(run.process.out);
            QVERIFY(!strict.hasError());
            QVERIFY2(!text.contains(QChar::ReplacementCharacter), qPrintable(text));
            // The transcript shows the whole greeting (invisible joiners made visible as \u200D).
            QVERIFY(text.contains(
                QString(119, QLatin1Char('x')) + piece.left(piece.at(0).isHighSurrogate() ? 2 : 1)));
        }
    }
}

void TestUnicodeCuts::explainMatch_data()
{
    QTest::addColumn<QString>("input");
    for (const Piece& p : pieces()) {
        // A reply line: its match is cut at 300 characters, with the piece across the cut.
        QTest::addRow("reply, %s", p.name) << QStringLiteral("550 5.1.1 ") + QString(289, QLatin1Char('y'))
                + p.text + QString(30, QLatin1Char('v'));
        // A known phrase in a long line: the line around it is cut at 300 characters.
        QTest::addRow("phrase, %s", p.name) << QString(149, QLatin1Char('z'))
                + QStringLiteral(" Relay access denied ") + QString(129, QLatin1Char('w')) + p.text
                + QString(40, QLatin1Char('v'));
    }
    // The windows cut out of a line at their front and their end, with an emoji swept across each edge:
    // words before an enhanced code ("... (#5.1.1)", the window starts 300 characters before the code),
    // and a phrase near the line's start (the window ends 150 characters after the phrase, short of 300).
    const QString emoji = QStringLiteral("\U0001F600");
    for (int n = 294; n <= 304; ++n)
        QTest::addRow("words before the code, front edge %d", n)
            << emoji + QString(n, QLatin1Char('y')) + QStringLiteral(" (#5.1.1)");
    for (int n = 144; n <= 154; ++n)
        QTest::addRow("phrase near the start, end edge %d", n) << QStringLiteral("x Relay access denied")
                + QString(n, QLatin1Char('w')) + emoji + QString(10, QLatin1Char('v'));
}

void TestUnicodeCuts::explainMatch()
{
    QFETCH(QString, input);
    const ProcessResult r
        = runSmtpDoctor({ QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-") },
            input.toUtf8(), 30000);
    QVERIFY2(!r.timedOut && r.exitCode == 0, r.err.constData());
    const QJsonObject report = r.json();
    QVERIFY(!report.value(QStringLiteral("items")).toArray().isEmpty());
    QString bad;
    QVERIFY2(allValidUtf16(report, &bad), qPrintable(bad));
    const QString complaint = pythonStrictRead(r.out);
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    bool cut = false;
    // A half of a pair cut off shows as its escape ("\uD83D", the way control characters are made visible):
    // valid JSON, but a broken character all the same.
    static const QRegularExpression halfShown(QStringLiteral("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}"));
    for (const QJsonValue& item : report.value(QStringLiteral("items")).toArray()) {
        const QString match = item.toObject().value(QStringLiteral("match")).toString();
        cut = cut || match.size() <= 300;
        QVERIFY2(!halfShown.match(match).hasMatch(), qPrintable(match));
    }
    QVERIFY(cut);
}

QTEST_GUILESS_MAIN(TestUnicodeCuts)
#include "tst_unicodecuts.moc"
