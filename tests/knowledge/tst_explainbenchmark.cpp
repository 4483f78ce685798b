// How fast `explain` is on a 1 MB bounce and on 1 MB of random bytes (target: well under 200 ms each
// in a release build). Measured with QBENCHMARK only; nothing here asserts a time.
#include "core/knowledge/explainer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace SmtpDoctor;

class TestExplainBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void explainOneMegabyte_data();
    void explainOneMegabyte();
};

void TestExplainBenchmark::explainOneMegabyte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray corpus;
    const QDir dir(QStringLiteral(SMTPDOCTOR_EXPLAIN_DATA));
    for (const QString& name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            corpus += f.readAll() + '\n';
    }
    QVERIFY(!corpus.isEmpty());
    QByteArray bounce;
    while (bounce.size() < 1024 * 1024)
        bounce += corpus;
    QTest::newRow("1 MB of bounces") << bounce.left(1024 * 1024);
    QByteArray random(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char& c : random)
        c = char(rng.bounded(256));
    QTest::newRow("1 MB of random bytes") << random;
}

void TestExplainBenchmark::explainOneMegabyte()
{
    QFETCH(QByteArray, bytes);
    QList<ExplanationItem> items;
    QBENCHMARK
    {
        items = Explainer::explainBytes(bytes);
    }
    QVERIFY(items.size() <= Explainer::MaxItems);
}

QTEST_GUILESS_MAIN(TestExplainBenchmark)
#include "tst_explainbenchmark.moc"
