// The saved HTML report: self-contained, every untrusted text escaped, no "where the problem is" on
// good news, translated.
#include "core/i18n/language.h"
#include "core/report/htmlreportwriter.h"

#include <QTest>

using namespace SmtpDoctor;

class TestHtmlReport : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }
    void hostileServerTextIsEscaped();
    void sideOnlyOnProblems_data();
    void sideOnlyOnProblems();
    void japanese();

private:
    static Report reportWith(const Finding& finding);
};

Report TestHtmlReport::reportWith(const Finding& finding)
{
    Report r;
    r.startedAt = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    r.settings.host = QStringLiteral("smtp.example.test");
    StepResult step;
    step.id = StepId::Auth;
    step.status = finding.severity == Severity::Error ? StepStatus::Fail : StepStatus::Pass;
    step.findings << finding;
    r.steps << step;
    TranscriptEntry line;
    line.direction = TranscriptEntry::Direction::Server;
    line.text = QStringLiteral("220 <img src=x onerror=alert(1)> ready");
    r.transcript << line;
    return r;
}

void TestHtmlReport::hostileServerTextIsEscaped()
{
    Finding f = Finding::make(FindingId::AuthRejected, { QStringLiteral("<b>alice</b>") });
    SmtpReply reply;
    reply.code = 535;
    reply.lines << QStringLiteral("5.7.8 <script>alert('x')</script> & \"quotes\"");
    f.withReply(reply);
    const QString html = HtmlReportWriter::write(reportWith(f), QStringLiteral("en"));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")) || html.startsWith(QLatin1String("<!doctype html>")));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("<b>alice")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;img src=x")));
    QVERIFY(!html.contains(QLatin1String("src=\"http"))); // nothing external is loaded
}

void TestHtmlReport::sideOnlyOnProblems_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("sideShown");
    QTest::newRow("error") << QStringLiteral("auth.rejected") << true;
    QTest::newRow("info") << QStringLiteral("send.accepted") << false;
}

void TestHtmlReport::sideOnlyOnProblems()
{
    QFETCH(QString, id);
    QFETCH(bool, sideShown);
    Finding f = Finding::make(*findingIdFromName(id), { QStringLiteral("alice@example.test") });
    QCOMPARE(f.severity == Severity::Info, !sideShown); // the catalog's own severity for the id
    const QString html = HtmlReportWriter::write(reportWith(f), QStringLiteral("en"));
    QCOMPARE(html.contains(QLatin1String("Where the problem is:")), sideShown);
    QVERIFY(!html.contains(QLatin1String("Whose side")));
}

void TestHtmlReport::japanese()
{
    Language::install(QStringLiteral("ja"));
    const QString html
        = HtmlReportWriter::write(reportWith(Finding::make(FindingId::AuthRejected, { QStringLiteral("alice") })),
            QStringLiteral("ja"));
    QVERIFY(html.contains(QLatin1String("lang=\"ja\"")));
    QVERIFY(html.contains(QStringLiteral("原因の場所")));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
