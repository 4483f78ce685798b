#include "core/credentials/credentialresult.h"

#include "core/credentials/refreshtokentexts.h"

namespace SmtpDoctor {

namespace {

const char* const Ctx = "Credentials";

// Texts take %1 = user name, %2 = server, %3 = the keychain's error text or the timeout in seconds.
const char* readText(CredentialStatus status, bool fromSession)
{
    switch (status) {
    case CredentialStatus::Ok:
        return fromSession
            ? QT_TRANSLATE_NOOP("Credentials", "The password for %1 on %2 is kept in memory for this session only.")
            : QT_TRANSLATE_NOOP("Credentials", "The password for %1 on %2 was read from this computer's password store.");
    case CredentialStatus::NotFound:
        return QT_TRANSLATE_NOOP("Credentials", "No saved password for %1 on %2 was found in this computer's password store (or it is locked).");
    case CredentialStatus::NoBackend:
        return QT_TRANSLATE_NOOP("Credentials", "This computer has no password store that SMTP Doctor can use (such as Windows Credential Manager, the macOS keychain or GNOME Keyring), so no saved password for %1 on %2 can be read.");
    case CredentialStatus::AccessDenied:
        return QT_TRANSLATE_NOOP("Credentials", "The password store is locked or did not allow access, so the saved password for %1 on %2 could not be read.");
    case CredentialStatus::TimedOut:
        return QT_TRANSLATE_NOOP("Credentials", "The password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved password for %1 on %2 could not be read.");
    case CredentialStatus::Failed:
        return QT_TRANSLATE_NOOP("Credentials", "The password store reported a problem (%3), so the saved password for %1 on %2 could not be read.");
    }
    return nullptr;
}

const char* writeText(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Ok:
        return QT_TRANSLATE_NOOP("Credentials", "The password for %1 on %2 is saved in this computer's password store.");
    case CredentialStatus::NotFound:
    case CredentialStatus::NoBackend:
        return QT_TRANSLATE_NOOP("Credentials", "This computer has no password store that SMTP Doctor can use (such as Windows Credential Manager, the macOS keychain or GNOME Keyring), so the password for %1 on %2 was not saved. It is kept in memory for this session only.");
    case CredentialStatus::AccessDenied:
        return QT_TRANSLATE_NOOP("Credentials", "The password store is locked or did not allow access, so the password for %1 on %2 was not saved. It is kept in memory for this session only.");
    case CredentialStatus::TimedOut:
        return QT_TRANSLATE_NOOP("Credentials", "The password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the password for %1 on %2 was not saved. It is kept in memory for this session only.");
    case CredentialStatus::Failed:
        return QT_TRANSLATE_NOOP("Credentials", "The password store reported a problem (%3), so the password for %1 on %2 was not saved. It is kept in memory for this session only.");
    }
    return nullptr;
}

const char* forgetText(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Ok:
        return QT_TRANSLATE_NOOP("Credentials", "The saved password for %1 on %2 was removed from this computer's password store.");
    case CredentialStatus::NotFound:
        return QT_TRANSLATE_NOOP("Credentials", "No password was saved for %1 on %2, so there was nothing to remove.");
    case CredentialStatus::NoBackend:
        return QT_TRANSLATE_NOOP("Credentials", "This computer has no password store that SMTP Doctor can use (such as Windows Credential Manager, the macOS keychain or GNOME Keyring), so no password for %1 on %2 is saved there.");
    case CredentialStatus::AccessDenied:
        return QT_TRANSLATE_NOOP("Credentials", "The password store is locked or did not allow access, so the saved password for %1 on %2 could not be removed.");
    case CredentialStatus::TimedOut:
        return QT_TRANSLATE_NOOP("Credentials", "The password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved password for %1 on %2 could not be removed.");
    case CredentialStatus::Failed:
        return QT_TRANSLATE_NOOP("Credentials", "The password store reported a problem (%3), so the saved password for %1 on %2 could not be removed.");
    }
    return nullptr;
}

} // namespace

bool CredentialResult::ok() const
{
    switch (operation) {
    case Operation::Read: return status == CredentialStatus::Ok;
    case Operation::Write: return status == CredentialStatus::Ok;
    case Operation::Forget: return status == CredentialStatus::Ok || status == CredentialStatus::NotFound;
    }
    return false;
}

LocalizedText CredentialResult::message() const
{
    const char* text = key.kind == CredentialKey::Kind::OAuthRefreshToken
        ? refreshTokenText(operation, status, fromSession)
        : operation == Operation::Read  ? readText(status, fromSession)
        : operation == Operation::Write ? writeText(status)
                                        : forgetText(status);
    QString third = detail;
    if (status == CredentialStatus::TimedOut)
        third = QString::number(timeoutSeconds);
    return { Ctx, text, { key.user, key.host, third } };
}

} // namespace SmtpDoctor
