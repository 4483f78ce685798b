#pragma once

#include "core/findings/stepid.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpDoctor {

// Every finding a check can report (../shared/cli-contract.md and the README's additions). Code
// compares these; only reports and tests see the contract's strings, through findingIdName().
enum class FindingId {
    NetworkOffline,
    NetworkDnsFailed,
    NetworkIpv6Broken,
    ServerRefused,
    ServerTimeout,
    ServerReset,
    ServerSilent,
    ServerNotSmtp,
    ServerGreetingRejected,
    ServerHeloRejected,
    ServerProtocolError,
    ServerPortSuggestion,
    ServerSkipped,
    TlsModeMismatch,
    TlsStartTlsMissing,
    TlsStartTlsRejected,
    TlsHandshakeFailed,
    TlsProtocolOutdated,
    TlsCertificateExpired,
    TlsCertificateNotYetValid,
    TlsCertificateHostnameMismatch,
    TlsCertificateSelfSigned,
    TlsCertificateUntrusted,
    TlsCertificateWeak,
    TlsClientCertificateRequired,
    TlsStartTlsInjection,
    TlsNotUsed,
    TlsSkipped,
    AuthNotOffered,
    AuthRequiresTls,
    AuthInsecureRefused,
    AuthMechanismUnsupported,
    AuthRejected,
    AuthAppPasswordRequired,
    AuthDisabledByProvider,
    AuthOAuthRequired,
    AuthOAuthNotConfigured,
    AuthOAuthCancelled,
    AuthOAuthDenied,
    AuthOAuthProviderUnreachable,
    AuthOAuthRejected,
    AuthTemporaryFailure,
    AuthSkipped,
    AuthNotRun,
    InterferencePort25Blocked,
    InterferenceEsmtpInspection,
    InterferenceTlsInterception,
    InterferenceProxy,
    InterferenceClockSkew,
    InterferenceSkipped,
    SendSenderRejected,
    SendRelayDenied,
    SendRecipientUnknown,
    SendMessageTooLarge,
    SendRateLimited,
    SendRejectedAsSpam,
    SendAccepted,
    SendFailed,
    SendSkipped,
    // The sender domain (issue 18): SPF, DKIM, DMARC, MX, reverse DNS (core/domain).
    DomainNotFound,
    DomainDnsFailed,
    DomainSpfOk,
    DomainSpfMissing,
    DomainSpfMultiple,
    DomainSpfInvalid,
    DomainSpfTooManyLookups,
    DomainSpfVoidLookups,
    DomainSpfLoop,
    DomainSpfNotAuthorising,
    DomainSpfAllowAll,
    DomainSpfPtr,
    DomainDkimOk,
    DomainDkimMissing,
    DomainDkimNotFound,
    DomainDkimInvalid,
    DomainDkimRevoked,
    DomainDkimWeakKey,
    DomainDkimForeignSignature,
    DomainDmarcOk,
    DomainDmarcMissing,
    DomainDmarcInvalid,
    DomainDmarcPolicy,
    DomainMxOk,
    DomainMxMissing,
    DomainMxNull,
    DomainMxUnresolvable,
    DomainPtrOk,
    DomainPtrMissing,
    DomainPtrMismatch,
    DomainSkipped, // the domain step of `check` did not run (no network)
};

// The contract's wire name: "auth.rejected".
QString findingIdName(FindingId id);
std::optional<FindingId> findingIdFromName(QStringView name);
// The step a finding belongs to (the part of its name before the dot).
StepId stepOf(FindingId id);
QList<FindingId> allFindingIds();
// The finding that says a step was not run because an earlier one failed ("tls.skipped",
// "auth.not-run"); none for the network step, which always runs.
std::optional<FindingId> notRunFinding(StepId step);

} // namespace SmtpDoctor
