// The settings card and the mail programs' guides: a row for every program named in the issue, each text
// translated in both languages, the authentication method read from what the server offers, and the
// text and HTML reports showing the same card and guide as the wizard.
#include "core/i18n/language.h"
#include "core/report/htmlreportwriter.h"
#include "core/report/mailprograms.h"
#include "core/report/textreportwriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace SmtpDoctor;

class TestSettingsCard : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }
    void everyProgramHasARow();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void authenticationFromTheServer_data();
    void authenticationFromTheServer();
    void noCardWithoutWorkingSettings();
    void reportsShowTheSameCard_data();
    void reportsShowTheSameCard();
    void portAfterTheServerWhereThereIsNoPortField();

private:
    static Report workingReport();
};

Report TestSettingsCard::workingReport()
{
    Report r;
    r.startedAt = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    r.settings.host = QStringLiteral("smtp.example.test");
    r.settings.user = QStringLiteral("alice@example.test");
    r.recommendation = Endpoint { 587, Security::StartTls };
    r.authMechanisms = QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") };
    r.signedIn = true;
    StepResult step;
    step.id = StepId::Auth;
    step.status = StepStatus::Pass;
    r.steps << step;
    return r;
}

void TestSettingsCard::everyProgramHasARow()
{
    // The programs the result page offers: Thunderbird, Outlook (classic and new), Apple Mail / iPhone,
    // Windows Mail, the Gmail app and Becky!.
    QStringList keys;
    for (const MailProgramInfo* p : MailPrograms::all())
        keys << QString::fromLatin1(p->key);
    QCOMPARE(keys,
        QStringList({ QStringLiteral("thunderbird"), QStringLiteral("outlook-classic"),
            QStringLiteral("outlook-new"), QStringLiteral("apple-mail"), QStringLiteral("apple-mobile"),
            QStringLiteral("windows-mail"), QStringLiteral("gmail-app"), QStringLiteral("becky") }));
    for (MailProgram id : { MailProgram::Thunderbird, MailProgram::OutlookClassic, MailProgram::OutlookNew,
             MailProgram::AppleMail, MailProgram::AppleMobile, MailProgram::WindowsMail,
             MailProgram::GmailApp, MailProgram::Becky })
        QCOMPARE(MailPrograms::info(id).id, id);
}

void TestSettingsCard::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestSettingsCard::everyTextIsTranslated()
{
    QFETCH(QString, language);
    Language::install(language);
    static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    SettingsCard card;
    card.server = QStringLiteral("smtp.example.test");
    card.port = 465;
    card.user = QStringLiteral("alice@example.test");
    for (const MailProgramInfo* p : MailPrograms::all()) {
        // The sentence that says where the settings are is translated for every program.
        const QString where = MailPrograms::where(*p).toString();
        QVERIFY2(!where.isEmpty(), p->key);
        QCOMPARE(kana.match(where).hasMatch(), language == QLatin1String("ja"));
        for (Security s : { Security::Tls, Security::StartTls, Security::None }) {
            for (AuthChoice a : { AuthChoice::Password, AuthChoice::EncryptedPassword, AuthChoice::OAuth,
                     AuthChoice::None }) {
                card.security = s;
                card.auth = a;
                const QList<GuideRow> rows = MailPrograms::rows(*p, card);
                QVERIFY(rows.size() == 4 || rows.size() == 5);
                for (const GuideRow& row : rows) {
                    QVERIFY2(!row.label.toString().isEmpty() && !row.value.toString().isEmpty(), p->key);
                    // Labels are quoted as the program shows them: 「…」 in Japanese, "…" in English.
                    const QString label = row.label.toString();
                    QVERIFY2(label.contains(language == QLatin1String("ja") ? QStringLiteral("「")
                                                                            : QStringLiteral("\"")),
                        qPrintable(label));
                }
            }
        }
    }
    for (CardField f : SettingsCard::fields())
        QCOMPARE(
            kana.match(SettingsCard::fieldLabel(f).toString()).hasMatch(), language == QLatin1String("ja"));
}

void TestSettingsCard::authenticationFromTheServer_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<int>("expected");
    QTest::newRow("plain and login") << QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }
                                     << int(AuthChoice::Password);
    QTest::newRow("cram-md5 too") << QStringList { QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN") }
                                  << int(AuthChoice::Password);
    QTest::newRow("only cram-md5") << QStringList { QStringLiteral("CRAM-MD5") }
                                   << int(AuthChoice::EncryptedPassword);
    QTest::newRow("only oauth") << QStringList { QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER") }
                                << int(AuthChoice::OAuth);
    QTest::newRow("none offered") << QStringList() << int(AuthChoice::None);
}

void TestSettingsCard::authenticationFromTheServer()
{
    QFETCH(QStringList, offered);
    QFETCH(int, expected);
    Report r = workingReport();
    r.authMechanisms = offered;
    const std::optional<SettingsCard> card = SettingsCard::fromReport(r);
    QVERIFY(card);
    QCOMPARE(int(card->auth), expected);
}

void TestSettingsCard::noCardWithoutWorkingSettings()
{
    Report r = workingReport();
    r.recommendation.reset();
    QVERIFY(!SettingsCard::fromReport(r));
    QVERIFY(TextReportWriter::cardText(r, MailProgram::Thunderbird).isEmpty());
    QVERIFY(!HtmlReportWriter::write(r, QStringLiteral("en")).contains(QLatin1String("class=\"card\"")));
}

void TestSettingsCard::reportsShowTheSameCard_data()
{
    everyTextIsTranslated_data();
}

void TestSettingsCard::reportsShowTheSameCard()
{
    QFETCH(QString, language);
    Language::install(language);
    Report r = workingReport();
    r.acceptedUser = QStringLiteral("alice"); // only the other form worked: that is what to type
    const std::optional<SettingsCard> card = SettingsCard::fromReport(r);
    QVERIFY(card);
    QCOMPARE(card->user, QStringLiteral("alice"));
    TextReportWriter::Options options;
    options.program = MailProgram::OutlookClassic;
    const QString text = TextReportWriter::write(r, options);
    const QString html = HtmlReportWriter::write(r, language, MailProgram::OutlookClassic);
    for (CardField f : SettingsCard::fields()) {
        const QString label = SettingsCard::fieldLabel(f).toString();
        const QString value = card->value(f).toString();
        QVERIFY2(text.contains(label) && text.contains(value), qPrintable(label + QLatin1Char(' ') + value));
        QVERIFY2(
            html.contains(label.toHtmlEscaped()) && html.contains(value.toHtmlEscaped()), qPrintable(label));
    }
    // The chosen program's guide in the text, every program's in the HTML (the chosen one open).
    for (const MailProgramInfo* p : MailPrograms::all()) {
        const bool chosen = p->id == MailProgram::OutlookClassic;
        QCOMPARE(text.contains(MailPrograms::where(*p).toString()), chosen);
        QVERIFY(html.contains(MailPrograms::where(*p).toString().toHtmlEscaped()));
        QCOMPARE(
            html.contains(QStringLiteral("id=\"program-%1\" open").arg(QString::fromLatin1(p->key))), chosen);
        for (const GuideRow& row : MailPrograms::rows(*p, *card)) {
            QVERIFY(html.contains(row.label.toString().toHtmlEscaped()));
            if (chosen)
                QVERIFY2(text.contains(row.label.toString()), qPrintable(row.label.toString()));
        }
    }
}

void TestSettingsCard::portAfterTheServerWhereThereIsNoPortField()
{
    const std::optional<SettingsCard> card = SettingsCard::fromReport(workingReport());
    const QList<GuideRow> rows = MailPrograms::rows(MailPrograms::info(MailProgram::WindowsMail), *card);
    QCOMPARE(rows.first().value.toString(), QStringLiteral("smtp.example.test:587"));
    for (const GuideRow& row : rows)
        QVERIFY(row.field != CardField::Port);
    QVERIFY(!MailPrograms::note(MailPrograms::info(MailProgram::WindowsMail)).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingsCard)
#include "tst_settingscard.moc"
