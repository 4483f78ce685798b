// The last resort of explain: an error message nobody catalogued still gets the topic its words name,
// and a text that reports no failure stays unexplained (FallbackWords).
#include "core/knowledge/explainer.h"
#include "core/knowledge/fallbackwords.h"

#include <QTest>

using namespace SmtpDoctor;

class TestFallbackWords : public QObject
{
    Q_OBJECT

private slots:
    void topic_data();
    void topic();
    void knownWordsComeFirst();
    void longTextsAreDocuments();
};

void TestFallbackWords::topic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id"); // empty: nothing explained
    QTest::newRow("sign-in") << "MailSender: auth step 2 rejected the supplied password" << "fallback.sign-in";
    QTest::newRow("encryption") << "notify: TLS setup error (code 7)" << "fallback.encryption";
    QTest::newRow("server name") << "mailer: DNS answer unusable, giving an error" << "fallback.server-name";
    QTest::newRow("connection") << "Alert mail failed: socket closed early" << "fallback.connection";
    QTest::newRow("japanese connection") << "通知のエラー: 通信が途中で切れました" << "fallback.connection";
    QTest::newRow("japanese sign-in") << "認証エラーのため送れませんでした" << "fallback.sign-in";
    QTest::newRow("recipient") << "Queue error: recipient list rejected" << "fallback.recipient";
    QTest::newRow("sender") << "Notification error: the sender field is empty" << "fallback.sender";
    QTest::newRow("failure without a topic") << "Error 42: the gizmo broke" << "fallback.failure";
    QTest::newRow("no failure word") << "Your message to the team about the network upgrade" << "";
    QTest::newRow("japanese without a failure word") << "明日の接続テストは午後です" << "";
    QTest::newRow("empty") << "   " << "";
}

void TestFallbackWords::topic()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const QList<ExplanationItem> items = Explainer::explain(text);
    QCOMPARE(items.isEmpty() ? QString() : items.first().id, id);
    if (!id.isEmpty()) {
        QCOMPARE(items.size(), 1);
        QVERIFY(!items.first().title.toString().isEmpty());
    }
}

void TestFallbackWords::knownWordsComeFirst()
{
    // A text with known words never reaches the last resort, even when it has topic words too.
    const QList<ExplanationItem> items
        = Explainer::explain(QStringLiteral("535 5.7.8 Username and Password not accepted"));
    QVERIFY(!items.isEmpty());
    QVERIFY(!items.first().id.startsWith(QLatin1String("fallback.")));
}

void TestFallbackWords::longTextsAreDocuments()
{
    const QString text = QStringLiteral("error ") + QString(FallbackWords::MaxText, QLatin1Char('x'));
    QVERIFY(!FallbackWords::item(text).has_value());
    QVERIFY(FallbackWords::item(QStringLiteral("error")).has_value());
}

QTEST_GUILESS_MAIN(TestFallbackWords)
#include "tst_fallbackwords.moc"
