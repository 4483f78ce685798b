// The transcript hides every form of a registered secret, and stays bounded.
#include "core/smtp/saslmechanism.h"
#include "core/smtp/transcript.h"

#include <QTest>

using namespace SmtpDoctor;

class TestTranscript : public QObject
{
    Q_OBJECT
private slots:
    void hidesSecretForms_data();
    void hidesSecretForms();
    void bounded();
};

void TestTranscript::hidesSecretForms_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery");
    QTest::newRow("colon and umlaut") << QStringLiteral("S3cret: pass w\u00f6rd");
    QTest::newRow("japanese") << QStringLiteral("パスワード123456");
}

void TestTranscript::hidesSecretForms()
{
    QFETCH(QString, password);
    Transcript t;
    t.addSecret(password);
    const QStringList users { QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("alice@example.test") };
    for (const QString& user : users) {
        t.addClient(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(Sasl::plainResponse(user, password)), {});
        t.addClient(QStringLiteral("echo ") + password + QStringLiteral(" end"), {});
        t.addClient(QString::fromLatin1(Sasl::base64(password)), {});
    }
    const QString plainB64 = QString::fromLatin1(Sasl::plainResponse(users.last(), password));
    for (const TranscriptEntry& e : t.entries()) {
        QVERIFY2(!e.text.contains(password), qPrintable(e.text));
        QVERIFY2(!e.text.contains(plainB64), qPrintable(e.text));
        QVERIFY2(!e.text.contains(QString::fromLatin1(Sasl::base64(password))), qPrintable(e.text));
        QVERIFY(e.text.contains(Transcript::hiddenMarker()));
    }
}

void TestTranscript::bounded()
{
    Transcript t;
    for (int i = 0; i < Transcript::MaxEntries + 100; ++i)
        t.addServer(QStringLiteral("250 line %1").arg(i), {});
    QCOMPARE(t.entries().size(), Transcript::MaxEntries + 1);
    QVERIFY(t.entries().last().text.contains(QStringLiteral("truncated")));
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
