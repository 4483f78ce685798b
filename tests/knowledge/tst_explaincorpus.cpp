// The corpus (tests/data/explain, one file per sample, manifest.jsonl): every sample in English and in
// Japanese must give the expected top item (id, kind, code, enhanced, class, side, reason, finding, stage),
// contain the expected ids, and be recognised or not as the manifest says. "system" names the mail system
// or program that wrote it.
#include "core/i18n/language.h"
#include "core/knowledge/explainer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SmtpDoctor;

namespace {

const QString dataDir = QStringLiteral(SMTPDOCTOR_EXPLAIN_DATA);

QList<QJsonObject> manifest()
{
    QList<QJsonObject> entries;
    QFile f(dataDir + QStringLiteral("/manifest.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    return entries;
}

QJsonValue valueOf(const ExplanationItem& item, const QString& key)
{
    if (key == QLatin1String("id"))
        return item.id;
    if (key == QLatin1String("kind"))
        return ExplanationItem::kindName(item.kind);
    if (key == QLatin1String("code"))
        return item.code ? QJsonValue(item.code) : QJsonValue();
    if (key == QLatin1String("enhanced"))
        return item.enhanced.isEmpty() ? QJsonValue() : QJsonValue(item.enhanced);
    if (key == QLatin1String("class"))
        return replyClassName(item.replyClass);
    if (key == QLatin1String("side"))
        return sideName(item.side);
    if (key == QLatin1String("finding"))
        return item.finding ? QJsonValue(findingIdName(*item.finding)) : QJsonValue();
    if (key == QLatin1String("stage"))
        return replyStageName(item.stage);
    if (key == QLatin1String("reason"))
        return reasonName(item.reason);
    return QStringLiteral("<unknown key %1>").arg(key);
}

} // namespace

class TestExplainCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeEnough();
    void corpusCoversManySystems();
    void sample_data();
    void sample();
};

void TestExplainCorpus::corpusIsLargeEnough()
{
    const QList<QJsonObject> entries = manifest();
    QVERIFY(entries.size() >= 80);
    const QStringList files = QDir(dataDir).entryList({ QStringLiteral("*.txt") }, QDir::Files);
    QCOMPARE(files.size(), entries.size()); // one file per sample, each in the manifest
    int japanese = 0, bounces = 0, unrecognised = 0;
    for (const QJsonObject& e : entries) {
        QVERIFY2(files.contains(e.value(QStringLiteral("file")).toString()),
            qPrintable(e.value(QStringLiteral("file")).toString()));
        QFile f(dataDir + QLatin1Char('/') + e.value(QStringLiteral("file")).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        japanese += bytes.contains("\x1b$B")
            || QString::fromUtf8(bytes).contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]")));
        bounces += bytes.count('\n') > 6; // whole bounces and transcripts, not single lines
        unrecognised += e.value(QStringLiteral("exit")).toInt() == 1;
    }
    QVERIFY(japanese >= 10);
    QVERIFY(bounces >= 10);
    QVERIFY(unrecognised >= 3);
}

void TestExplainCorpus::corpusCoversManySystems()
{
    // At least 300 samples; whole delivery reports of at least 40 different mail systems; every
    // recognised sample states the code, enhanced code, class, side and reason its first item must have.
    const QList<QJsonObject> entries = manifest();
    QVERIFY(entries.size() >= 300);
    QSet<QString> systemsWithReports;
    for (const QJsonObject& e : entries) {
        const QString file = e.value(QStringLiteral("file")).toString();
        QVERIFY2(e.contains(QStringLiteral("system")), qPrintable(file));
        if (e.value(QStringLiteral("exit")).toInt() == 1)
            continue;
        const QJsonObject top = e.value(QStringLiteral("top")).toObject();
        for (const char* key : { "code", "enhanced", "class", "side", "reason" })
            QVERIFY2(top.contains(QLatin1String(key)),
                qPrintable(file + QStringLiteral(": ") + QLatin1String(key)));
        QVERIFY2(reasonFromName(top.value(QStringLiteral("reason")).toString()), qPrintable(file));
        QFile f(dataDir + QLatin1Char('/') + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        if (f.readAll().count('\n') > 6)
            systemsWithReports.insert(e.value(QStringLiteral("system")).toString());
    }
    QVERIFY2(systemsWithReports.size() >= 40, qPrintable(QString::number(systemsWithReports.size())));
}

void TestExplainCorpus::sample_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QJsonObject>("entry");
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("ja") })
        for (const QJsonObject& e : manifest())
            QTest::addRow(
                "%s %s", qPrintable(language), qPrintable(e.value(QStringLiteral("file")).toString()))
                << language << e;
}

void TestExplainCorpus::sample()
{
    QFETCH(QString, language);
    QFETCH(QJsonObject, entry);
    QVERIFY(Language::install(language));
    QFile f(dataDir + QLatin1Char('/') + entry.value(QStringLiteral("file")).toString());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<ExplanationItem> items = Explainer::explainBytes(f.readAll());

    QCOMPARE(items.isEmpty(), entry.value(QStringLiteral("exit")).toInt() == 1);
    if (items.isEmpty())
        return;
    const QJsonObject top = entry.value(QStringLiteral("top")).toObject();
    for (auto it = top.begin(); it != top.end(); ++it)
        QCOMPARE(valueOf(items[0], it.key()), it.value());
    for (const QJsonValue& id : entry.value(QStringLiteral("ids")).toArray()) {
        const bool present = std::any_of(
            items.cbegin(), items.cend(), [&](const ExplanationItem& i) { return i.id == id.toString(); });
        QVERIFY2(present, qPrintable(QStringLiteral("missing ") + id.toString()));
    }
    // Every item speaks the requested language (Japanese: kana or kanji in every text).
    static const QRegularExpression japaneseScript(
        QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    for (const ExplanationItem& item : items) {
        for (const QString& text : { item.title.toString(), item.fullExplanation(), item.fix.toString(),
                 item.retryText().toString() }) {
            QVERIFY(!text.isEmpty());
            if (language == QLatin1String("ja"))
                QVERIFY2(text.contains(japaneseScript), qPrintable(item.id + QStringLiteral(": ") + text));
            else
                QVERIFY2(!text.contains(japaneseScript) || item.id.startsWith(QLatin1String("carrier"))
                        || item.id.startsWith(QLatin1String("docomo")),
                    qPrintable(item.id + QStringLiteral(": ") + text));
        }
    }
}

QTEST_GUILESS_MAIN(TestExplainCorpus)
#include "tst_explaincorpus.moc"
