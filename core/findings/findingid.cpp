#include "core/findings/findingid.h"

#include <QHash>

#include <iterator>

namespace SmtpDoctor {

namespace {

struct Name
{
    FindingId id;
    StepId step;
    const char* name;
};

// In the enum's order: findingIdName() indexes it.
constexpr Name Names[] = {
    { FindingId::NetworkOffline, StepId::Network, "network.offline" },
    { FindingId::NetworkDnsFailed, StepId::Network, "network.dns-failed" },
    { FindingId::NetworkIpv6Broken, StepId::Network, "network.ipv6-broken" },
    { FindingId::ServerRefused, StepId::Server, "server.refused" },
    { FindingId::ServerTimeout, StepId::Server, "server.timeout" },
    { FindingId::ServerReset, StepId::Server, "server.reset" },
    { FindingId::ServerSilent, StepId::Server, "server.silent" },
    { FindingId::ServerNotSmtp, StepId::Server, "server.not-smtp" },
    { FindingId::ServerGreetingRejected, StepId::Server, "server.greeting-rejected" },
    { FindingId::ServerHeloRejected, StepId::Server, "server.helo-rejected" },
    { FindingId::ServerProtocolError, StepId::Server, "server.protocol-error" },
    { FindingId::ServerPortSuggestion, StepId::Server, "server.port-suggestion" },
    { FindingId::ServerSkipped, StepId::Server, "server.skipped" },
    { FindingId::TlsModeMismatch, StepId::Tls, "tls.mode-mismatch" },
    { FindingId::TlsStartTlsMissing, StepId::Tls, "tls.starttls-missing" },
    { FindingId::TlsStartTlsRejected, StepId::Tls, "tls.starttls-rejected" },
    { FindingId::TlsHandshakeFailed, StepId::Tls, "tls.handshake-failed" },
    { FindingId::TlsProtocolOutdated, StepId::Tls, "tls.protocol-outdated" },
    { FindingId::TlsCertificateExpired, StepId::Tls, "tls.certificate-expired" },
    { FindingId::TlsCertificateNotYetValid, StepId::Tls, "tls.certificate-not-yet-valid" },
    { FindingId::TlsCertificateHostnameMismatch, StepId::Tls, "tls.certificate-hostname-mismatch" },
    { FindingId::TlsCertificateSelfSigned, StepId::Tls, "tls.certificate-self-signed" },
    { FindingId::TlsCertificateUntrusted, StepId::Tls, "tls.certificate-untrusted" },
    { FindingId::TlsCertificateWeak, StepId::Tls, "tls.certificate-weak" },
    { FindingId::TlsClientCertificateRequired, StepId::Tls, "tls.client-certificate-required" },
    { FindingId::TlsStartTlsInjection, StepId::Tls, "tls.starttls-injection" },
    { FindingId::TlsNotUsed, StepId::Tls, "tls.not-used" },
    { FindingId::TlsSkipped, StepId::Tls, "tls.skipped" },
    { FindingId::AuthNotOffered, StepId::Auth, "auth.not-offered" },
    { FindingId::AuthRequiresTls, StepId::Auth, "auth.requires-tls" },
    { FindingId::AuthInsecureRefused, StepId::Auth, "auth.insecure-refused" },
    { FindingId::AuthMechanismUnsupported, StepId::Auth, "auth.mechanism-unsupported" },
    { FindingId::AuthRejected, StepId::Auth, "auth.rejected" },
    { FindingId::AuthAppPasswordRequired, StepId::Auth, "auth.app-password-required" },
    { FindingId::AuthDisabledByProvider, StepId::Auth, "auth.disabled-by-provider" },
    { FindingId::AuthOAuthRequired, StepId::Auth, "auth.oauth-required" },
    { FindingId::AuthOAuthNotConfigured, StepId::Auth, "auth.oauth-not-configured" },
    { FindingId::AuthOAuthCancelled, StepId::Auth, "auth.oauth-cancelled" },
    { FindingId::AuthOAuthDenied, StepId::Auth, "auth.oauth-denied" },
    { FindingId::AuthOAuthProviderUnreachable, StepId::Auth, "auth.oauth-provider-unreachable" },
    { FindingId::AuthOAuthRejected, StepId::Auth, "auth.oauth-rejected" },
    { FindingId::AuthTemporaryFailure, StepId::Auth, "auth.temporary-failure" },
    { FindingId::AuthSkipped, StepId::Auth, "auth.skipped" },
    { FindingId::AuthNotRun, StepId::Auth, "auth.not-run" },
    { FindingId::InterferencePort25Blocked, StepId::Interference, "interference.port25-blocked" },
    { FindingId::InterferenceEsmtpInspection, StepId::Interference, "interference.esmtp-inspection" },
    { FindingId::InterferenceTlsInterception, StepId::Interference, "interference.tls-interception" },
    { FindingId::InterferenceProxy, StepId::Interference, "interference.proxy" },
    { FindingId::InterferenceClockSkew, StepId::Interference, "interference.clock-skew" },
    { FindingId::InterferenceSkipped, StepId::Interference, "interference.skipped" },
    { FindingId::SendSenderRejected, StepId::Send, "send.sender-rejected" },
    { FindingId::SendRelayDenied, StepId::Send, "send.relay-denied" },
    { FindingId::SendRecipientUnknown, StepId::Send, "send.recipient-unknown" },
    { FindingId::SendMessageTooLarge, StepId::Send, "send.message-too-large" },
    { FindingId::SendRateLimited, StepId::Send, "send.rate-limited" },
    { FindingId::SendRejectedAsSpam, StepId::Send, "send.rejected-as-spam" },
    { FindingId::SendAccepted, StepId::Send, "send.accepted" },
    { FindingId::SendFailed, StepId::Send, "send.failed" },
    { FindingId::SendSkipped, StepId::Send, "send.skipped" },
    { FindingId::DomainNotFound, StepId::Domain, "domain.not-found" },
    { FindingId::DomainDnsFailed, StepId::Domain, "domain.dns-failed" },
    { FindingId::DomainSpfOk, StepId::Domain, "domain.spf-ok" },
    { FindingId::DomainSpfMissing, StepId::Domain, "domain.spf-missing" },
    { FindingId::DomainSpfMultiple, StepId::Domain, "domain.spf-multiple" },
    { FindingId::DomainSpfInvalid, StepId::Domain, "domain.spf-invalid" },
    { FindingId::DomainSpfTooManyLookups, StepId::Domain, "domain.spf-too-many-lookups" },
    { FindingId::DomainSpfVoidLookups, StepId::Domain, "domain.spf-void-lookups" },
    { FindingId::DomainSpfLoop, StepId::Domain, "domain.spf-loop" },
    { FindingId::DomainSpfNotAuthorising, StepId::Domain, "domain.spf-not-authorising" },
    { FindingId::DomainSpfAllowAll, StepId::Domain, "domain.spf-allow-all" },
    { FindingId::DomainSpfPtr, StepId::Domain, "domain.spf-ptr" },
    { FindingId::DomainDkimOk, StepId::Domain, "domain.dkim-ok" },
    { FindingId::DomainDkimMissing, StepId::Domain, "domain.dkim-missing" },
    { FindingId::DomainDkimNotFound, StepId::Domain, "domain.dkim-not-found" },
    { FindingId::DomainDkimInvalid, StepId::Domain, "domain.dkim-invalid" },
    { FindingId::DomainDkimRevoked, StepId::Domain, "domain.dkim-revoked" },
    { FindingId::DomainDkimWeakKey, StepId::Domain, "domain.dkim-weak-key" },
    { FindingId::DomainDkimForeignSignature, StepId::Domain, "domain.dkim-foreign-signature" },
    { FindingId::DomainDmarcOk, StepId::Domain, "domain.dmarc-ok" },
    { FindingId::DomainDmarcMissing, StepId::Domain, "domain.dmarc-missing" },
    { FindingId::DomainDmarcInvalid, StepId::Domain, "domain.dmarc-invalid" },
    { FindingId::DomainDmarcPolicy, StepId::Domain, "domain.dmarc-policy" },
    { FindingId::DomainMxOk, StepId::Domain, "domain.mx-ok" },
    { FindingId::DomainMxMissing, StepId::Domain, "domain.mx-missing" },
    { FindingId::DomainMxNull, StepId::Domain, "domain.mx-null" },
    { FindingId::DomainMxUnresolvable, StepId::Domain, "domain.mx-unresolvable" },
    { FindingId::DomainPtrOk, StepId::Domain, "domain.ptr-ok" },
    { FindingId::DomainPtrMissing, StepId::Domain, "domain.ptr-missing" },
    { FindingId::DomainPtrMismatch, StepId::Domain, "domain.ptr-mismatch" },
    { FindingId::DomainSkipped, StepId::Domain, "domain.skipped" },
};
static_assert(std::size(Names) == std::size_t(FindingId::DomainSkipped) + 1, "one name for every FindingId");

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(Names); ++i)
        if (Names[i].id != FindingId(i))
            return false;
    return true;
}
static_assert(inEnumOrder(), "Names must follow the order of FindingId");

} // namespace

QString findingIdName(FindingId id)
{
    return QString::fromLatin1(Names[std::size_t(id)].name);
}

std::optional<FindingId> findingIdFromName(QStringView name)
{
    static const QHash<QString, FindingId> index = [] {
        QHash<QString, FindingId> h;
        for (const Name& n : Names)
            h.insert(QString::fromLatin1(n.name), n.id);
        return h;
    }();
    const auto it = index.constFind(name.toString());
    return it == index.cend() ? std::nullopt : std::optional<FindingId>(*it);
}

StepId stepOf(FindingId id)
{
    return Names[std::size_t(id)].step;
}

QList<FindingId> allFindingIds()
{
    QList<FindingId> ids;
    for (const Name& n : Names)
        ids.append(n.id);
    return ids;
}

std::optional<FindingId> notRunFinding(StepId step)
{
    switch (step) {
    case StepId::Network:
        return std::nullopt;
    case StepId::Server:
        return FindingId::ServerSkipped;
    case StepId::Tls:
        return FindingId::TlsSkipped;
    case StepId::Auth:
        return FindingId::AuthNotRun;
    case StepId::Interference:
        return FindingId::InterferenceSkipped;
    case StepId::Send:
        return FindingId::SendSkipped;
    case StepId::Domain:
        return FindingId::DomainSkipped;
    }
    return std::nullopt;
}

} // namespace SmtpDoctor
