// SelectableLabel shapes its text once (WrappedText) instead of letting QLabel shape it for every height
// and paint (issue 17). That only holds if it breaks lines exactly as QLabel does: the same height for
// every width, and the same pixels, in English and Japanese, at the normal and a larger text size.
#include "ui/selectablelabel.h"

#include <QImage>
#include <QLabel>
#include <QTest>

using namespace SmtpDoctor;

class TestWrappedText : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQLabel_data();
    void sameAsQLabel();
};

void TestWrappedText::sameAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("scale");
    const QString english = QStringLiteral(
        "The receiving server refused the sign-in: the password is wrong, the user name is not in the form "
        "the provider wants, or the account may not sign in from mail programs. Type the password again "
        "carefully (watch Caps Lock).");
    const QString japanese = QStringLiteral(
        "受信側のサーバーがサインインを拒否しました。パスワードが違うか、ユーザー名の形式が"
        "プロバイダーの求めるものと違うか、メールソフトからのサインインが許可されていません。"
        "「smtp.example.jp」のポート番号を 587 にして、もう一度お試しください。");
    const QString lines
        = QStringLiteral("Server: smtp.example.com\nPort: 587\tSecurity: STARTTLS\n\nUser name: "
                         "someone.with.a.very.long.address@example.com");
    for (const qreal scale : { 1.0, 1.5 }) {
        const char* size = scale == 1.0 ? "normal" : "larger";
        QTest::addRow("en %s", size) << english << scale;
        QTest::addRow("ja %s", size) << japanese << scale;
        QTest::addRow("lines %s", size) << lines << scale;
        QTest::addRow("lines, no tab %s", size) << QString(lines).replace(u'\t', u' ') << scale;
        QTest::addRow("one word %s", size) << QStringLiteral("OK") << scale;
        QTest::addRow("short en %s", size) << QStringLiteral("Firewall and antivirus software") << scale;
        QTest::addRow("short ja %s", size) << QStringLiteral("ファイアウォールとウイルス対策ソフト") << scale;
        QTest::addRow("empty %s", size) << QString() << scale;
    }
}

void TestWrappedText::sameAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(qreal, scale);
    QFont font;
    font.setPointSizeF(font.pointSizeF() * scale);

    QLabel plain(text);
    SelectableLabel ours;
    ours.setText(text);
    for (QLabel* label : { &plain, static_cast<QLabel*>(&ours) }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setFont(font);
        label->ensurePolished();
    }
    QVERIFY(!ours.isSelectionActive());

    int compared = 0;
    // Widening and then narrowing: a text laid out at one width is asked at the next.
    QList<int> widths;
    for (int width = 24; width <= 700; width += 13)
        widths.append(width);
    for (int i = widths.size() - 2; i >= 0; --i)
        widths.append(widths[i] + 1);
    for (const int width : std::as_const(widths)) {
        const int height = plain.heightForWidth(width);
        QCOMPARE(ours.heightForWidth(width), height);
        // Asked again (from its cache) and after another width, still the same.
        QCOMPARE(ours.heightForWidth(width), height);
        if (width % 5 != 0)
            continue;
        plain.resize(width, height);
        ours.resize(width, height);
        QImage expected(plain.size(), QImage::Format_ARGB32_Premultiplied);
        QImage actual(ours.size(), QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::white);
        actual.fill(Qt::white);
        plain.render(&expected);
        ours.render(&actual);
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("pixels differ at width %1").arg(width)));
        ++compared;
    }
    QVERIFY(compared > 10);
}

QTEST_MAIN(TestWrappedText)
#include "tst_wrappedtext.moc"
