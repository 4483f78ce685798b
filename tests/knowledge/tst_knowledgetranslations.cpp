// Every text of the knowledge base (reply codes, enhanced codes, provider texts, phrases, retry advice,
// finding catalog, explain report labels) has a finished Japanese translation whose %1-style
// placeholders match the English source. Loads the real catalogs through Language::install("ja").
#include "core/i18n/language.h"
#include "core/knowledge/enhancedcodes.h"
#include "core/knowledge/explanationreport.h"
#include "core/findings/findingcatalog.h"
#include "core/knowledge/replycodes.h"
#include "core/knowledge/textentries.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SmtpDoctor;

namespace {

struct Source
{
    const char* context;
    const char* text;
};

QList<Source> allSources()
{
    QList<Source> out;
    const auto add3 = [&](const char* context, const char* a, const char* b, const char* c) {
        out.append(Source { context, a });
        out.append(Source { context, b });
        out.append(Source { context, c });
    };
    for (const ReplyCodeInfo* i : ReplyCodes::all())
        add3(KnowledgeContext, i->title, i->explanation, i->fix);
    for (int code : { 250, 350, 450, 550 }) {
        const ReplyCodeInfo f = ReplyCodes::fallback(code);
        add3(KnowledgeContext, f.title, f.explanation, f.fix);
    }
    for (const EnhancedCodeInfo* i : EnhancedCodes::all())
        add3(KnowledgeContext, i->title, i->explanation, i->fix);
    for (const TextEntry* e : TextEntries::all())
        add3(KnowledgeContext, e->title, e->explanation, e->fix);
    for (const FindingInfo* f : FindingCatalog::all())
        add3(FindingCatalog::Context, f->title, f->explanation, f->fix);
    for (RetryAdvice r : { RetryAdvice::NotNeeded, RetryAdvice::AfterFix, RetryAdvice::Soon,
             RetryAdvice::Later, RetryAdvice::Automatic })
        out.append(Source { KnowledgeContext, retryAdviceText(r).source() });
    for (ReplyClass c : { ReplyClass::Success, ReplyClass::Intermediate, ReplyClass::Transient,
             ReplyClass::Permanent, ReplyClass::Unknown })
        out.append(Source { "ExplanationReport", ExplanationReport::classLabel(c).source() });
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestKnowledgeTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void englishIsTheSource();
};

void TestKnowledgeTranslations::initTestCase()
{
    QVERIFY(Language::install(QStringLiteral("ja")));
}

void TestKnowledgeTranslations::everyTextIsTranslated_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QSet<QByteArray> seen;
    for (const Source& s : allSources()) {
        QVERIFY(s.text);
        const QByteArray key = QByteArray(s.context) + '\x1f' + s.text;
        if (seen.contains(key))
            continue; // the same sentence in several entries is translated once
        seen.insert(key);
        QTest::addRow("%s: %.60s", s.context, s.text) << QByteArray(s.context) << QByteArray(s.text);
    }
    QVERIFY(seen.size() > 500);
}

void TestKnowledgeTranslations::everyTextIsTranslated()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    const QString english = QString::fromUtf8(source);
    const QString japanese = QCoreApplication::translate(context.constData(), source.constData());
    QVERIFY2(japanese != english, "not translated");
    QVERIFY(!japanese.trimmed().isEmpty());
    static const QRegularExpression japaneseScript(
        QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    QVERIFY2(japanese.contains(japaneseScript), qPrintable(japanese));
    QCOMPARE(placeholders(japanese), placeholders(english));
}

void TestKnowledgeTranslations::englishIsTheSource()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    const Source first = allSources().first();
    QCOMPARE(QCoreApplication::translate(first.context, first.text), QString::fromUtf8(first.text));
    QVERIFY(Language::install(QStringLiteral("ja")));
}

QTEST_GUILESS_MAIN(TestKnowledgeTranslations)
#include "tst_knowledgetranslations.moc"
