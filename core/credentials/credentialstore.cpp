#include "core/credentials/credentialstore.h"

#include "core/logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace SmtpDoctor {

namespace {

// QtKeychain reports a missing Secret Service or session bus as OtherError with D-Bus's words.
bool soundsLikeNoService(const QString& text)
{
    static const char* const hints[] = { "org.freedesktop.secrets", "ServiceUnknown", "D-Bus", "DBus", "dbus",
        "autolaunch", "Could not connect", "No such file or directory", "was not provided by any .service files" };
    for (const char* hint : hints)
        if (text.contains(QLatin1String(hint)))
            return true;
    return false;
}

CredentialStatus statusOf(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError: return CredentialStatus::Ok;
    case QKeychain::EntryNotFound: return CredentialStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return CredentialStatus::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return CredentialStatus::NoBackend;
    case QKeychain::CouldNotDeleteEntry: return CredentialStatus::Failed;
    case QKeychain::OtherError: break;
    }
    return soundsLikeNoService(job->errorString()) ? CredentialStatus::NoBackend : CredentialStatus::Failed;
}

void wipe(QString& s)
{
    s.fill(QLatin1Char(' '));
    s.clear();
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore()
{
    for (QString& password : m_session)
        wipe(password);
}

void CredentialStore::emitLater(const CredentialResult& result)
{
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void CredentialStore::read(const CredentialKey& key)
{
    CredentialResult pending;
    pending.operation = CredentialResult::Operation::Read;
    pending.key = key;
    if (m_session.contains(key.name())) {
        pending.status = CredentialStatus::Ok;
        pending.fromSession = true;
        pending.password = m_session.value(key.name());
        emitLater(pending);
        return;
    }
    run(new QKeychain::ReadPasswordJob(m_service), pending);
}

void CredentialStore::write(const CredentialKey& key, const QString& password)
{
    CredentialResult pending;
    pending.operation = CredentialResult::Operation::Write;
    pending.key = key;
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(password);
    run(job, pending, password);
}

void CredentialStore::forget(const CredentialKey& key)
{
    if (m_session.contains(key.name()))
        wipe(m_session[key.name()]);
    m_session.remove(key.name());
    CredentialResult pending;
    pending.operation = CredentialResult::Operation::Forget;
    pending.key = key;
    run(new QKeychain::DeletePasswordJob(m_service), pending);
}

void CredentialStore::run(QKeychain::Job* job, const CredentialResult& pending, const QString& password)
{
    // The job deletes itself when it finishes; one that never does is left behind, disconnected.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(pending.key.name());
    auto* deadline = new QTimer(this);
    deadline->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [this, deadline, done, pending, password](QKeychain::Job* j) {
        if (*done)
            return; // already reported as timed out; a late success changes nothing the user saw
        *done = true;
        deadline->deleteLater();
        complete(j, pending, password);
    });
    connect(deadline, &QTimer::timeout, this, [this, deadline, done, pending, password] {
        if (*done)
            return;
        *done = true;
        deadline->deleteLater();
        CredentialResult result = pending;
        result.status = CredentialStatus::TimedOut;
        result.timeoutSeconds = (m_timeoutMs + 999) / 1000;
        if (result.operation == CredentialResult::Operation::Write) {
            m_session.insert(result.key.name(), password);
            result.keptForSession = true;
        }
        qCInfo(lcSettings) << "keychain operation timed out after" << m_timeoutMs << "ms for" << result.key.name();
        emit finished(result);
    });
    deadline->start(m_timeoutMs);
    job->start();
}

void CredentialStore::complete(QKeychain::Job* job, CredentialResult result, const QString& password)
{
    result.status = statusOf(job);
    if (result.status != CredentialStatus::Ok && result.status != CredentialStatus::NotFound)
        result.detail = job->errorString();
    switch (result.operation) {
    case CredentialResult::Operation::Read:
        if (result.status == CredentialStatus::Ok)
            result.password = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        // QtKeychain 0.13 with libsecret answers "no error, no data" both for a missing entry and
        // for a locked keyring whose unlock prompt could not be shown; no password is ever empty.
        if (result.status == CredentialStatus::Ok && result.password.isEmpty())
            result.status = CredentialStatus::NotFound;
        break;
    case CredentialResult::Operation::Write:
        if (result.status == CredentialStatus::Ok) {
            if (m_session.contains(result.key.name()))
                wipe(m_session[result.key.name()]);
            m_session.remove(result.key.name());
        } else {
            m_session.insert(result.key.name(), password);
            result.keptForSession = true;
        }
        break;
    case CredentialResult::Operation::Forget:
        break;
    }
    if (!result.detail.isEmpty())
        qCInfo(lcSettings) << "keychain:" << result.detail;
    emit finished(result);
}

} // namespace SmtpDoctor
