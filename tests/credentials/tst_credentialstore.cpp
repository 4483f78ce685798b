// CredentialStore against the real Secret Service (gnome-keyring in a private D-Bus session, started by
// with-test-keyring.sh): store, read back, overwrite, forget; a locked keyring and one that hangs.
#include "core/credentials/credentialstore.h"
#include "core/i18n/language.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <functional>

using namespace SmtpDoctor;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storeReadOverwriteForget();
    void entriesAreSeparate();
    void storedInTheSecretServiceOnly();
    void unicodePassword();
    // These two change the keyring for good: keep them last.
    void lockedKeyring();
    void keyringThatNeverAnswers();
    void cleanupTestCase();

private:
    static CredentialResult wait(CredentialStore& store, const std::function<void()>& operation);
    static QByteArray secretTool(const QStringList& args);
    static QByteArray dbusSend(const QStringList& args);

    qint64 m_stoppedPid = 0;
};

void TestCredentialStore::initTestCase()
{
    Language::install(QStringLiteral("en"));
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME").isEmpty())
        QSKIP("needs a private keyring: run through ctest (tests/credentials/with-test-keyring.sh)");
}

CredentialResult TestCredentialStore::wait(CredentialStore& store, const std::function<void()>& operation)
{
    QSignalSpy spy(&store, &CredentialStore::finished);
    operation();
    if (!spy.wait(store.timeoutMs() + 10000))
        return {};
    return spy.first().first().value<CredentialResult>();
}

QByteArray TestCredentialStore::secretTool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), args);
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

QByteArray TestCredentialStore::dbusSend(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("dbus-send"), QStringList { QStringLiteral("--session"), QStringLiteral("--print-reply") } + args);
    p.waitForFinished(10000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

void TestCredentialStore::storeReadOverwriteForget()
{
    CredentialStore store;
    const CredentialKey key { QStringLiteral("alice@example.com"), QStringLiteral("smtp.example.com") };
    CredentialResult r = wait(store, [&] { store.read(key); });
    QCOMPARE(r.status, CredentialStatus::NotFound);
    QVERIFY(!r.ok());
    QVERIFY(r.message().toString().contains(QStringLiteral("No saved password")));

    r = wait(store, [&] { store.write(key, QStringLiteral("first secret")); });
    QVERIFY2(r.ok(), qPrintable(r.message().toString() + QLatin1Char(' ') + r.detail));
    QVERIFY(!r.keptForSession);
    QVERIFY(r.password.isEmpty()); // only reads carry the password
    r = wait(store, [&] { store.read(key); });
    QVERIFY(r.ok());
    QVERIFY(!r.fromSession);
    QCOMPARE(r.password, QStringLiteral("first secret"));

    // A new store (the next run of the program) reads the same entry.
    CredentialStore nextRun;
    r = wait(nextRun, [&] { nextRun.write(key, QStringLiteral("second secret")); });
    QVERIFY(r.ok());
    r = wait(store, [&] { store.read(key); });
    QCOMPARE(r.password, QStringLiteral("second secret"));

    r = wait(store, [&] { store.forget(key); });
    QCOMPARE(r.status, CredentialStatus::Ok);
    QVERIFY(r.message().toString().contains(QStringLiteral("removed")));
    r = wait(store, [&] { store.read(key); });
    QCOMPARE(r.status, CredentialStatus::NotFound);
    r = wait(store, [&] { store.forget(key); });
    QVERIFY(r.ok()); // forgetting twice is fine: nothing is stored afterwards either way
}

void TestCredentialStore::entriesAreSeparate()
{
    CredentialStore store;
    const CredentialKey a { QStringLiteral("alice"), QStringLiteral("smtp.example.com") };
    const CredentialKey b { QStringLiteral("alice"), QStringLiteral("smtp.example.net") };
    const CredentialKey c { QStringLiteral("bob"), QStringLiteral("smtp.example.com") };
    QVERIFY(wait(store, [&] { store.write(a, QStringLiteral("pa")); }).ok());
    QVERIFY(wait(store, [&] { store.write(b, QStringLiteral("pb")); }).ok());
    QCOMPARE(wait(store, [&] { store.read(a); }).password, QStringLiteral("pa"));
    QCOMPARE(wait(store, [&] { store.read(b); }).password, QStringLiteral("pb"));
    QCOMPARE(wait(store, [&] { store.read(c); }).status, CredentialStatus::NotFound);
    QVERIFY(wait(store, [&] { store.forget(a); }).ok());
    QCOMPARE(wait(store, [&] { store.read(b); }).password, QStringLiteral("pb"));
}

void TestCredentialStore::storedInTheSecretServiceOnly()
{
    CredentialStore store;
    const CredentialKey key { QStringLiteral("carol@example.com"), QStringLiteral("smtp.example.com") };
    const QString password = QStringLiteral("never-in-a-file-7b1e");
    QVERIFY(wait(store, [&] { store.write(key, password); }).ok());
    // Another Secret Service client finds it under SMTP Doctor's service name and the user@host key.
    const QByteArray found = secretTool({ QStringLiteral("lookup"), QStringLiteral("server"), CredentialStore::defaultServiceName(),
        QStringLiteral("user"), key.name() });
    QCOMPARE(found.trimmed(), password.toUtf8());
    // And no file under HOME holds it in the clear (no insecure fallback).
    QDirIterator it(qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
    }
}

void TestCredentialStore::unicodePassword()
{
    CredentialStore store;
    const CredentialKey key { QStringLiteral("たろう@例え.jp"), QStringLiteral("xn--r8jz45g.jp") };
    const QString password = QStringLiteral("パスワード with spaces, \u00f6 and \U0001F511");
    QVERIFY(wait(store, [&] { store.write(key, password); }).ok());
    QCOMPARE(wait(store, [&] { store.read(key); }).password, password);
}

void TestCredentialStore::lockedKeyring()
{
    CredentialStore store;
    const CredentialKey key { QStringLiteral("dave"), QStringLiteral("smtp.example.com") };
    QVERIFY(wait(store, [&] { store.write(key, QStringLiteral("before the lock")); }).ok());
    const QByteArray reply = dbusSend({ QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service.Lock"), QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default") });
    QVERIFY2(reply.contains("object path"), reply.constData());
    // Unlocking needs a prompt that cannot be shown here. QtKeychain cannot tell this from a missing
    // entry on reading, so the message names both; it must never hand out a password.
    CredentialResult r = wait(store, [&] { store.read(key); });
    QVERIFY(!r.ok());
    QVERIFY(r.password.isEmpty());
    QVERIFY2(r.message().toString().contains(QStringLiteral("locked")), qPrintable(r.message().toString()));
    // Saving fails the same way; the password is then kept for this session only.
    r = wait(store, [&] { store.write(key, QStringLiteral("after the lock")); });
    QVERIFY(!r.ok());
    QVERIFY(r.keptForSession);
    QVERIFY2(r.message().toString().contains(QStringLiteral("kept in memory for this session only")), qPrintable(r.message().toString()));
    QVERIFY(store.hasSessionPassword(key));
    r = wait(store, [&] { store.read(key); });
    QVERIFY(r.ok());
    QVERIFY(r.fromSession);
    QCOMPARE(r.password, QStringLiteral("after the lock"));
    QVERIFY(r.message().toString().contains(QStringLiteral("this session only")));
}

void TestCredentialStore::keyringThatNeverAnswers()
{
    // Freeze the keyring daemon of this private session (started by the wrapper): every call hangs.
    const QByteArray reply = dbusSend({ QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"), QStringLiteral("string:org.freedesktop.secrets") });
    const qsizetype at = reply.indexOf("uint32 ");
    QVERIFY2(at >= 0, reply.constData());
    m_stoppedPid = reply.mid(at + 7).trimmed().toLongLong();
    QVERIFY(m_stoppedPid > 1);
    QCOMPARE(::kill(pid_t(m_stoppedPid), SIGSTOP), 0);
    CredentialStore store;
    store.setTimeoutMs(1500);
    const CredentialKey key { QStringLiteral("erin"), QStringLiteral("smtp.example.com") };
    CredentialResult r = wait(store, [&] { store.write(key, QStringLiteral("frozen")); });
    QCOMPARE(r.status, CredentialStatus::TimedOut);
    QVERIFY(r.keptForSession);
    QVERIFY2(r.message().toString().contains(QStringLiteral("did not answer within 2 seconds")), qPrintable(r.message().toString()));
    r = wait(store, [&] { store.read({ QStringLiteral("frank"), QStringLiteral("smtp.example.com") }); });
    QCOMPARE(r.status, CredentialStatus::TimedOut);
    QVERIFY(!r.ok());
}

void TestCredentialStore::cleanupTestCase()
{
    if (m_stoppedPid > 1)
        ::kill(pid_t(m_stoppedPid), SIGCONT);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
