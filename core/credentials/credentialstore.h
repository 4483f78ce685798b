#pragma once

#include "core/credentials/credentialresult.h"

#include <QHash>
#include <QObject>

namespace QKeychain {
class Job;
}

namespace SmtpDoctor {

// Passwords in the system keychain (Windows Credential Manager, macOS Keychain, the Secret Service on
// Linux) through QtKeychain, one entry per user and server. Saving is the user's choice; the callers
// ask for it. Every operation is asynchronous and ends with exactly one finished() (also when the
// keychain never answers: a locked keyring can hold a job forever, so each has its own deadline).
//
// Where the keychain cannot be used, a written password is kept in this object's memory for the
// session and read() returns it from there. It is never written anywhere unencrypted.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 20000;

    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    // The keychain's service name for every entry of SMTP Doctor.
    static QString defaultServiceName() { return QStringLiteral("SMTP Doctor"); }
    void setServiceName(const QString& name) { m_service = name; }
    QString serviceName() const { return m_service; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    void read(const CredentialKey& key);
    void write(const CredentialKey& key, const QString& password); // an empty password reads back as NotFound
    void forget(const CredentialKey& key); // from the keychain and from this session's memory
    bool hasSessionPassword(const CredentialKey& key) const { return m_session.contains(key.name()); }

signals:
    void finished(const SmtpDoctor::CredentialResult& result);

private:
    void run(QKeychain::Job* job, const CredentialResult& pending, const QString& password = {});
    void complete(QKeychain::Job* job, CredentialResult result, const QString& password);
    void emitLater(const CredentialResult& result);

    QString m_service = defaultServiceName();
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QString> m_session; // key name -> password the keychain could not take
};

} // namespace SmtpDoctor
