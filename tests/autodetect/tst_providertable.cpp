// The built-in provider table: sound as data, and found by address domain and by MX host.
#include "core/autodetect/autodetector.h"
#include "core/autodetect/providertable.h"
#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;

class TestProviderTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void tableIsSound();
    void everyRequiredProviderIsThere_data();
    void everyRequiredProviderIsThere();
    void byDomain_data();
    void byDomain();
    void byMxHost_data();
    void byMxHost();
    void hostTemplates();
    void notesAreTranslated();
    void userNameForms_data();
    void userNameForms();
    void alternateUserName_data();
    void alternateUserName();
    void domainOfAddress();
    void reservedNamesStayOffline_data();
    void reservedNamesStayOffline();
};

void TestProviderTable::tableIsSound()
{
    const QStringList problems = ProviderTable::problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(ProviderTable::all().size() >= 30);
    // Every unconfirmed entry says so to the user.
    for (const ProviderInfo* p : ProviderTable::all()) {
        if (!(p->notes & NoteUnverified))
            continue;
        QVERIFY2(!ProviderTable::notesFor(*p).isEmpty(), p->id);
    }
}

void TestProviderTable::everyRequiredProviderIsThere_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : { "gmail", "outlook", "microsoft365", "yahoo", "icloud", "aol", "gmx-com", "zoho", "docomo", "au",
             "softbank", "ymobile", "ocn", "biglobe", "nifty", "so-net", "yahoo-jp", "iijmio", "rakuten", "eo", "jcom",
             "xserver", "sakura", "lolipop", "onamae" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestProviderTable::everyRequiredProviderIsThere()
{
    QFETCH(QString, id);
    QVERIFY(ProviderTable::byId(id));
}

void TestProviderTable::byDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("id"); // empty: not in the table
    QTest::addColumn<QString>("host");
    QTest::newRow("gmail") << "gmail.com" << "gmail" << "smtp.gmail.com";
    QTest::newRow("upper case, trailing dot") << "GMail.COM." << "gmail" << "smtp.gmail.com";
    QTest::newRow("hotmail.co.jp") << "hotmail.co.jp" << "outlook" << "smtp-mail.outlook.com";
    QTest::newRow("ocn subdomain") << "abc.ocn.ne.jp" << "ocn" << "smtp.ocn.ne.jp";
    QTest::newRow("docomo") << "docomo.ne.jp" << "docomo" << "smtp.spmode.ne.jp";
    QTest::newRow("yahoo japan") << "yahoo.co.jp" << "yahoo-jp" << "smtp.mail.yahoo.co.jp";
    QTest::newRow("j:com") << "jcom.home.ne.jp" << "jcom" << "smtpa.jcom.zaq.ne.jp";
    QTest::newRow("sakura initial domain") << "example.sakura.ne.jp" << "sakura" << "example.sakura.ne.jp";
    QTest::newRow("so-net has no confirmed host") << "aa2.so-net.ne.jp" << "so-net" << "";
    QTest::newRow("not a provider") << "example.com" << "" << "";
    QTest::newRow("suffix is not a subdomain") << "notgmail.com" << "" << "";
    QTest::newRow("empty") << "" << "" << "";
}

void TestProviderTable::byDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, id);
    QFETCH(QString, host);
    const ProviderInfo* p = ProviderTable::forDomain(domain);
    QCOMPARE(p ? QString::fromLatin1(p->id) : QString(), id);
    if (p)
        QCOMPARE(ProviderTable::hostFor(*p, domain.toLower().chopped(domain.endsWith(QLatin1Char('.')) ? 1 : 0)), host);
}

void TestProviderTable::byMxHost_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("host");
    QTest::newRow("google workspace") << "aspmx.l.google.com" << "google-workspace" << "smtp.gmail.com";
    QTest::newRow("microsoft 365") << "contoso-com.mail.protection.outlook.com." << "microsoft365" << "smtp.office365.com";
    QTest::newRow("xserver") << "sv1234.xserver.jp" << "xserver" << "sv1234.xserver.jp";
    QTest::newRow("sakura own domain") << "example.sakura.ne.jp" << "sakura-own" << "example.sakura.ne.jp";
    QTest::newRow("lolipop") << "mx01.lolipop.jp" << "lolipop" << "smtp.lolipop.jp";
    QTest::newRow("unknown") << "mx.example.net" << "" << "";
}

void TestProviderTable::byMxHost()
{
    QFETCH(QString, mx);
    QFETCH(QString, id);
    QFETCH(QString, host);
    const ProviderInfo* p = ProviderTable::forMxHost(mx);
    QCOMPARE(p ? QString::fromLatin1(p->id) : QString(), id);
    if (p)
        QCOMPARE(ProviderTable::hostFor(*p, QStringLiteral("own.example"), mx), host);
}

void TestProviderTable::hostTemplates()
{
    const ProviderInfo* xserver = ProviderTable::byId(QStringLiteral("xserver"));
    QVERIFY(xserver);
    QVERIFY(ProviderTable::hostFor(*xserver, QStringLiteral("own.example")).isEmpty()); // no MX: no host
    const ProviderInfo* sakura = ProviderTable::byId(QStringLiteral("sakura"));
    QVERIFY(sakura);
    QVERIFY(ProviderTable::hostFor(*sakura, QString()).isEmpty());
}

void TestProviderTable::notesAreTranslated()
{
    const ProviderInfo* gmail = ProviderTable::byId(QStringLiteral("gmail"));
    QVERIFY(gmail && (gmail->notes & NoteAppPassword));
    const QList<LocalizedText> en = ProviderTable::notesFor(*gmail);
    QVERIFY(!en.isEmpty());
    QVERIFY(en.first().toString().contains(QStringLiteral("Gmail")));
    QVERIFY(Language::install(QStringLiteral("ja")));
    const QString ja = ProviderTable::notesFor(*gmail).first().toString();
    Language::install(QStringLiteral("en"));
    QVERIFY2(ja != en.first().toString(), qPrintable(ja));
    QVERIFY(ja.contains(QStringLiteral("アプリ パスワード")));
}

void TestProviderTable::userNameForms_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("user");
    QTest::newRow("address") << int(UserNameForm::Address) << "alice@example.com" << "alice@example.com";
    QTest::newRow("local part") << int(UserNameForm::LocalPart) << "alice@example.com" << "alice";
    QTest::newRow("other") << int(UserNameForm::Other) << "alice@example.com" << "";
    QTest::newRow("unknown") << int(UserNameForm::Unknown) << "alice@example.com" << "";
    QTest::newRow("quoted local part with @") << int(UserNameForm::LocalPart) << "\"a@b\"@example.com" << "\"a@b\"";
}

void TestProviderTable::userNameForms()
{
    QFETCH(int, form);
    QFETCH(QString, email);
    QFETCH(QString, user);
    QCOMPARE(userNameFor(UserNameForm(form), email), user);
    UserNameForm parsed = UserNameForm::Unknown;
    if (!userNameFormName(UserNameForm(form)).isEmpty()) {
        QVERIFY(userNameFormFromName(userNameFormName(UserNameForm(form)), &parsed));
        QCOMPARE(int(parsed), form);
    }
}

void TestProviderTable::alternateUserName_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("providerForm");
    QTest::addColumn<QString>("other");
    QTest::newRow("address -> local part") << "alice@example.com" << "alice@example.com" << int(UserNameForm::Unknown) << "alice";
    QTest::newRow("local part -> address") << "alice" << "alice@example.com" << int(UserNameForm::Unknown) << "alice@example.com";
    QTest::newRow("local part, no email") << "alice" << "" << int(UserNameForm::Unknown) << "";
    QTest::newRow("local part of another address") << "bob" << "alice@example.com" << int(UserNameForm::Unknown) << "";
    QTest::newRow("provider wants the address") << "alice@gmail.com" << "alice@gmail.com" << int(UserNameForm::Address) << "";
    QTest::newRow("provider wants the address, local part given") << "alice" << "alice@gmail.com" << int(UserNameForm::Address) << "alice@gmail.com";
    QTest::newRow("provider wants the local part") << "alice" << "alice@yahoo.co.jp" << int(UserNameForm::LocalPart) << "";
    QTest::newRow("provider uses an account id") << "alice@docomo.ne.jp" << "alice@docomo.ne.jp" << int(UserNameForm::Other) << "";
}

void TestProviderTable::alternateUserName()
{
    QFETCH(QString, user);
    QFETCH(QString, email);
    QFETCH(int, providerForm);
    QFETCH(QString, other);
    QCOMPARE(SmtpDoctor::alternateUserName(user, email, UserNameForm(providerForm)), other);
}

void TestProviderTable::domainOfAddress()
{
    QCOMPARE(domainOf(QStringLiteral("Alice@Example.COM")), QStringLiteral("example.com"));
    QCOMPARE(domainOf(QStringLiteral("taro@例え.jp")), QStringLiteral("xn--r8jz45g.jp"));
    QCOMPARE(domainOf(QStringLiteral("no-at-sign")), QString());
    QCOMPARE(domainOf(QStringLiteral("trailing@")), QString());
    QCOMPARE(localPartOf(QStringLiteral("a.b@example.com")), QStringLiteral("a.b"));
}

void TestProviderTable::reservedNamesStayOffline_data()
{
    QTest::addColumn<QString>("email");
    // (*.test is looked up like any name, RFC 6761: tst_autodetect_netns finds a server for one.)
    for (const char* e : { "a@example.com", "b@mail.example.org", "c@corp.example", "e@x.invalid", "f@printer.local", "g@host.localhost" })
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestProviderTable::reservedNamesStayOffline()
{
    // Example and test names never have real settings: no DNS query, no HTTPS request leaves.
    QFETCH(QString, email);
    Autodetector detector;
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(email);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(detector.results().isEmpty());
    const QString log = detector.log().join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("reserved")) && !log.contains(QStringLiteral("dns:")) && !log.contains(QStringLiteral("autoconfig:")), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestProviderTable)
#include "tst_providertable.moc"
