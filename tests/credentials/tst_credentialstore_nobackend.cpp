// CredentialStore where no keychain exists at all (no D-Bus session bus; without-session-bus.sh): a
// plain message, the password kept for this session only, and never written to a file instead.
#include "core/credentials/credentialstore.h"
#include "core/i18n/language.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace SmtpDoctor;

class TestCredentialStoreNoBackend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readSaysThereIsNoKeychain();
    void writeKeepsThePasswordForTheSession();
    void forgetClearsTheSessionCopy();
    void japaneseMessage();

private:
    static CredentialResult wait(CredentialStore& store, const std::function<void()>& operation);
};

void TestCredentialStoreNoBackend::initTestCase()
{
    Language::install(QStringLiteral("en"));
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME").isEmpty() || !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        QSKIP("needs a system without a session bus: run through ctest (tests/credentials/without-session-bus.sh)");
}

CredentialResult TestCredentialStoreNoBackend::wait(CredentialStore& store, const std::function<void()>& operation)
{
    QSignalSpy spy(&store, &CredentialStore::finished);
    operation();
    if (!spy.wait(store.timeoutMs() + 10000))
        return {};
    return spy.first().first().value<CredentialResult>();
}

void TestCredentialStoreNoBackend::readSaysThereIsNoKeychain()
{
    CredentialStore store;
    const CredentialResult r = wait(store, [&] { store.read({ QStringLiteral("alice"), QStringLiteral("smtp.example.com") }); });
    QCOMPARE(r.status, CredentialStatus::NoBackend);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().toString().contains(QStringLiteral("no password store")), qPrintable(r.message().toString() + QLatin1Char(' ') + r.detail));
}

void TestCredentialStoreNoBackend::writeKeepsThePasswordForTheSession()
{
    CredentialStore store;
    const CredentialKey key { QStringLiteral("alice"), QStringLiteral("smtp.example.com") };
    const QString password = QStringLiteral("only-in-memory-93af");
    CredentialResult r = wait(store, [&] { store.write(key, password); });
    QCOMPARE(r.status, CredentialStatus::NoBackend);
    QVERIFY(!r.ok());
    QVERIFY(r.keptForSession);
    QVERIFY(r.message().toString().contains(QStringLiteral("kept in memory for this session only")));
    r = wait(store, [&] { store.read(key); });
    QVERIFY(r.ok());
    QVERIFY(r.fromSession);
    QCOMPARE(r.password, password);
    // A new store (the next run) has nothing: it really was memory only.
    CredentialStore nextRun;
    QCOMPARE(wait(nextRun, [&] { nextRun.read(key); }).status, CredentialStatus::NoBackend);
    // Never an unencrypted file instead of the keychain.
    QDirIterator it(qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
    }
}

void TestCredentialStoreNoBackend::forgetClearsTheSessionCopy()
{
    CredentialStore store;
    const CredentialKey key { QStringLiteral("bob"), QStringLiteral("smtp.example.com") };
    wait(store, [&] { store.write(key, QStringLiteral("x")); });
    QVERIFY(store.hasSessionPassword(key));
    const CredentialResult r = wait(store, [&] { store.forget(key); });
    QVERIFY(!store.hasSessionPassword(key));
    QCOMPARE(r.status, CredentialStatus::NoBackend);
    QCOMPARE(wait(store, [&] { store.read(key); }).status, CredentialStatus::NoBackend);
}

void TestCredentialStoreNoBackend::japaneseMessage()
{
    CredentialStore store;
    const CredentialResult r = wait(store, [&] { store.write({ QStringLiteral("carol"), QStringLiteral("smtp.example.com") }, QStringLiteral("y")); });
    QVERIFY(Language::install(QStringLiteral("ja")));
    const QString ja = r.message().toString();
    Language::install(QStringLiteral("en"));
    QVERIFY2(ja.contains(QStringLiteral("carol")) && ja.contains(QStringLiteral("smtp.example.com")), qPrintable(ja));
    QVERIFY2(ja != r.message().sourceText(), qPrintable(ja));
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoBackend)
#include "tst_credentialstore_nobackend.moc"
