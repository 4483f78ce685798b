// `check --remember` then `check --keychain`, end to end: the real Postfix fixture (FIXTURES mta) and the
// real Secret Service of with-test-keyring.sh. The password is saved only after a successful sign-in.
#include "core/credentials/credentialstore.h"
#include "mtafixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestKeychainCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberThenUseKeychain();
    void wrongPasswordIsNotRemembered();
    void otherUserNameFormIsRemembered();
    void nothingStored();
    void conflictingOptions_data();
    void conflictingOptions();

private:
    QStringList base() const;
    QByteArray stored(const QString& user) const;
    static QString authStatus(const ProcessResult& r);

    MtaFixture m_mta;
};

void TestKeychainCli::initTestCase()
{
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME").isEmpty())
        QSKIP("needs a private keyring: run through ctest (tests/credentials/with-test-keyring.sh)");
    m_mta = MtaFixture::load();
    if (!m_mta.isValid())
        QSKIP(qPrintable(QStringLiteral("the MTA fixture is not available: ") + m_mta.error));
}

QStringList TestKeychainCli::base() const
{
    return { QStringLiteral("check"), QStringLiteral("--host"), m_mta.host, QStringLiteral("--port"), QString::number(m_mta.submissionPort),
        QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_mta.caFile, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--timeout"), QStringLiteral("5") };
}

QByteArray TestKeychainCli::stored(const QString& user) const
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), { QStringLiteral("lookup"), QStringLiteral("server"), SmtpDoctor::CredentialStore::defaultServiceName(),
        QStringLiteral("user"), user + QLatin1Char('@') + m_mta.host });
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

QString TestKeychainCli::authStatus(const ProcessResult& r)
{
    for (const QJsonValue& v : r.json().value(QStringLiteral("steps")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("auth"))
            return v.toObject().value(QStringLiteral("status")).toString();
    return {};
}

void TestKeychainCli::rememberThenUseKeychain()
{
    const QByteArray password = m_mta.password.toUtf8();
    ProcessResult r = runSmtpDoctor(base() << QStringLiteral("--user") << m_mta.user << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
        password + '\n', 60000);
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(authStatus(r), QStringLiteral("pass"));
    QVERIFY2(r.err.contains("saved in this computer's password store"), r.err.constData());
    QCOMPARE(stored(m_mta.user), password);

    // The next run needs no password on standard input.
    r = runSmtpDoctor(base() << QStringLiteral("--user") << m_mta.user << QStringLiteral("--keychain"), {}, 60000);
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(authStatus(r), QStringLiteral("pass"));
    for (const QByteArray& output : { r.out, r.err }) {
        QVERIFY(!output.contains(password));
        QVERIFY(!output.contains(password.toBase64()));
    }
}

void TestKeychainCli::wrongPasswordIsNotRemembered()
{
    const QString user = m_mta.user;
    const QByteArray before = stored(user);
    const ProcessResult r = runSmtpDoctor(base() << QStringLiteral("--user") << user << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
        "definitely wrong\n", 60000);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(authStatus(r), QStringLiteral("fail"));
    QVERIFY2(r.err.contains("not saved"), r.err.constData());
    QCOMPARE(stored(user), before);
}

void TestKeychainCli::otherUserNameFormIsRemembered()
{
    // The fixture's user is a whole address; given only its local part, the other form is tried once,
    // the step warns, and the password (which was right) is saved under the name the user typed.
    const QString localPart = m_mta.user.section(QLatin1Char('@'), 0, 0);
    QVERIFY(localPart != m_mta.user);
    const ProcessResult r = runSmtpDoctor(base() << QStringLiteral("--user") << localPart << QStringLiteral("--email") << m_mta.user
                                                 << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
        m_mta.password.toUtf8() + '\n', 60000);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(authStatus(r), QStringLiteral("warn"));
    QVERIFY2(r.err.contains("saved in this computer's password store"), r.err.constData());
    QCOMPARE(stored(localPart), m_mta.password.toUtf8());
}

void TestKeychainCli::nothingStored()
{
    const ProcessResult r = runSmtpDoctor(base() << QStringLiteral("--user") << QStringLiteral("nobody@example.test") << QStringLiteral("--keychain"), {}, 60000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("No saved password") && r.err.contains("--remember"), r.err.constData());
}

void TestKeychainCli::conflictingOptions_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("keychain and stdin") << QStringList { QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--keychain"), QStringLiteral("--password-stdin") };
    QTest::newRow("remember without a password") << QStringList { QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--remember") };
    QTest::newRow("keychain without any user") << QStringList { QStringLiteral("--keychain") };
}

void TestKeychainCli::conflictingOptions()
{
    QFETCH(QStringList, extra);
    const ProcessResult r = runSmtpDoctor(base() + extra, "x\n", 60000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychain_cli.moc"
