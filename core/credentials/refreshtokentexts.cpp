#include "core/credentials/refreshtokentexts.h"

namespace SmtpDoctor {

namespace {

const char* readText(CredentialStatus status, bool fromSession)
{
    switch (status) {
    case CredentialStatus::Ok:
        return fromSession ? QT_TRANSLATE_NOOP(
                   "Credentials", "The saved sign-in for %1 at %2 is kept in memory for this session only.")
                           : QT_TRANSLATE_NOOP("Credentials",
                               "The saved sign-in for %1 at %2 was read from this computer's password store.");
    case CredentialStatus::NotFound:
        return QT_TRANSLATE_NOOP("Credentials",
            "No saved sign-in for %1 at %2 was found in this computer's password store (or the keychain is locked). "
            "Sign in with the browser once and let SMTP Doctor remember it.");
    case CredentialStatus::NoBackend:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer has no password store that SMTP Doctor can use, so no saved sign-in for %1 at %2 "
            "can be read.");
    case CredentialStatus::AccessDenied:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store is locked or did not allow access, so the saved sign-in for %1 at %2 could "
            "not be read.");
    case CredentialStatus::TimedOut:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store did not answer within %3 seconds (it may be locked and waiting for its own "
            "password), so the saved sign-in for %1 at %2 could not be read.");
    case CredentialStatus::Failed:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store reported a problem (%3), so the saved sign-in for %1 at %2 could not be "
            "read.");
    }
    return nullptr;
}

const char* writeText(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Ok:
        return QT_TRANSLATE_NOOP("Credentials",
            "The sign-in for %1 at %2 is saved in this computer's password store, so the next check needs no browser.");
    case CredentialStatus::NotFound:
    case CredentialStatus::NoBackend:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer has no password store that SMTP Doctor can use, so the sign-in for %1 at %2 was "
            "not saved. It is kept in memory for this session only.");
    case CredentialStatus::AccessDenied:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store is locked or did not allow access, so the sign-in for %1 at %2 was not "
            "saved. It is kept in memory for this session only.");
    case CredentialStatus::TimedOut:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store did not answer within %3 seconds (it may be locked and waiting for its own "
            "password), so the sign-in for %1 at %2 was not saved. It is kept in memory for this session "
            "only.");
    case CredentialStatus::Failed:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store reported a problem (%3), so the sign-in for %1 at %2 was not saved. It is "
            "kept in memory for this session only.");
    }
    return nullptr;
}

const char* forgetText(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Ok:
        return QT_TRANSLATE_NOOP(
            "Credentials", "The saved sign-in for %1 at %2 was removed from this computer's password store.");
    case CredentialStatus::NotFound:
        return QT_TRANSLATE_NOOP(
            "Credentials", "No sign-in was saved for %1 at %2, so there was nothing to remove.");
    case CredentialStatus::NoBackend:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer has no password store that SMTP Doctor can use, so no sign-in for %1 at %2 is "
            "saved there.");
    case CredentialStatus::AccessDenied:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store is locked or did not allow access, so the saved sign-in for %1 at %2 could "
            "not be removed.");
    case CredentialStatus::TimedOut:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store did not answer within %3 seconds (it may be locked and waiting for its own "
            "password), so the saved sign-in for %1 at %2 could not be removed.");
    case CredentialStatus::Failed:
        return QT_TRANSLATE_NOOP("Credentials",
            "This computer's password store reported a problem (%3), so the saved sign-in for %1 at %2 could not be "
            "removed.");
    }
    return nullptr;
}

} // namespace

const char* refreshTokenText(CredentialResult::Operation operation, CredentialStatus status, bool fromSession)
{
    switch (operation) {
    case CredentialResult::Operation::Read:
        return readText(status, fromSession);
    case CredentialResult::Operation::Write:
        return writeText(status);
    case CredentialResult::Operation::Forget:
        break;
    }
    return forgetText(status);
}

} // namespace SmtpDoctor
