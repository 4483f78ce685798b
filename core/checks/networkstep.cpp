#include "core/checks/networkstep.h"

#include "core/network/knownhosts.h"
#include "core/network/reachabilityprobe.h"
#include "core/network/sweeptiming.h"
#include "core/settings/portpolicy.h"
#include "core/smtp/transcript.h"

#include <QCoreApplication>

namespace SmtpDoctor {

namespace {

const char* const Ctx = "NetworkStep";
constexpr int MaxShownAddresses = 4; // a family
// The side-by-side IPv4/IPv6 attempt waits at most this long when neither answers (the server step then
// waits correspondingly less, so the user's timeout still bounds the whole run).
constexpr int ProbeCapMs = 3000;

} // namespace

void NetworkStep::run()
{
    m_connectivity = systemConnectivity();
    const QString host = m_ctx.settings().host;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_literal = true;
        resolved({ literal });
        return;
    }
    emit activity(
        { Ctx, QT_TRANSLATE_NOOP("NetworkStep", "Looking up %1…"), { m_ctx.settings().shownHost() } });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &NetworkStep::onTimeout);
    m_timeout.start(m_ctx.settings().timeoutMs());
    m_lookupId = QHostInfo::lookupHost(host, this, &NetworkStep::onLookedUp);
}

void NetworkStep::cancel()
{
    m_timeout.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    if (m_probe)
        m_probe->cancel();
}

void NetworkStep::onTimeout()
{
    cancel();
    failLookup(false, QStringLiteral("no answer within %1 s").arg(m_ctx.settings().timeoutSeconds));
}

void NetworkStep::onLookedUp(const QHostInfo& info)
{
    m_timeout.stop();
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        failLookup(info.error() == QHostInfo::HostNotFound, info.errorString());
        return;
    }
    resolved(info.addresses());
}

void NetworkStep::failLookup(bool noSuchName, const QString& error)
{
    const QString shown = m_ctx.settings().shownHost();
    if (m_ctx.transcript)
        m_ctx.transcript->addInfo(
            QStringLiteral("Name lookup of %1 failed: %2").arg(m_ctx.settings().host, error));
    // A name server that answered "no such name" proves a working network, whatever else says so.
    if (m_connectivity == Connectivity::Offline && !noSuchName) {
        finish(StepStatus::Fail,
            { Ctx, QT_TRANSLATE_NOOP("NetworkStep", "This computer is not connected to a network.") },
            { Finding::make(FindingId::NetworkOffline) });
        return;
    }
    Finding f = Finding::make(FindingId::NetworkDnsFailed, { shown });
    if (noSuchName) {
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("NetworkStep",
                "The internet's address book (DNS) answered that no such name exists, so the name is most "
                "likely mistyped.") });
        const QString suggestion = suggestKnownHost(m_ctx.settings().host);
        if (!suggestion.isEmpty())
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("NetworkStep",
                    "You typed \"%1\". Did you mean \"%2\"? That is the outgoing server of a well-known mail "
                    "provider."),
                { shown, suggestion } });
    } else {
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("NetworkStep",
                "The internet's address book (DNS) could not be asked: the network's DNS seems not to work, "
                "rather than the name being wrong.") });
        if (m_connectivity == Connectivity::LocalOnly)
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP(
                    "NetworkStep", "This computer reports a network connection without internet access.") });
    }
    finish(StepStatus::Fail,
        { Ctx, QT_TRANSLATE_NOOP("NetworkStep", "The server name \"%1\" could not be found."), { shown } },
        { f });
}

void NetworkStep::resolved(const QList<QHostAddress>& addresses)
{
    m_outcome.addresses = addresses;
    if (m_ctx.transcript && !m_literal)
        m_ctx.transcript->addInfo(
            QStringLiteral("%1 resolves to %2").arg(m_ctx.settings().host, addressList()));
    bool v4 = false, v6 = false, loopback = false;
    for (const QHostAddress& a : addresses) {
        (a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4) = true;
        loopback = loopback || a.isLoopback();
    }
    // Both families: find out which answers. Offline by the system's account: see whether the server
    // answers all the same (a company or test server needs no internet).
    const bool offlineHint
        = m_connectivity == Connectivity::Offline || m_connectivity == Connectivity::LocalOnly;
    if (!(v4 && v6) && !(offlineHint && !loopback)) {
        pass();
        return;
    }
    const QList<quint16> ports = PortPolicy::reachabilityPorts(m_ctx.settings().port);
    emit activity({ Ctx, QT_TRANSLATE_NOOP("NetworkStep", "Checking that %1 can be reached…"),
        { m_ctx.settings().shownHost() } });
    m_probe = new ReachabilityProbe(addresses, ports, m_ctx.settings().timeoutMs(), ProbeCapMs, this);
    connect(m_probe, &ReachabilityProbe::finished, this, &NetworkStep::onProbed);
    m_probe->start();
}

void NetworkStep::onProbed()
{
    using O = ReachabilityProbe::Outcome;
    const ReachabilityProbe::Family& v4 = m_probe->ipv4();
    const ReachabilityProbe::Family& v6 = m_probe->ipv6();
    if (m_ctx.transcript) {
        const auto describe = [](const ReachabilityProbe::Family& f) {
            if (f.address.isNull())
                return QStringLiteral("none");
            const char* const names[] = { "pending", "answered", "unreachable", "no answer" };
            return QStringLiteral("%1 %2%3").arg(f.address.toString(), QLatin1String(names[int(f.outcome)]),
                f.answerMs >= 0 ? QStringLiteral(" in %1 ms").arg(f.answerMs)
                                : (f.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.error)));
        };
        m_ctx.transcript->addInfo(
            QStringLiteral("Reachability: IPv4 %1; IPv6 %2").arg(describe(v4), describe(v6)));
    }
    QList<Finding> findings;
    if (v4.outcome == O::Answered && !v6.address.isNull() && v6.outcome != O::Answered) {
        m_outcome.connectAddress = v4.address; // the later steps use IPv4 only, as a mail program should
        Finding f = Finding::make(FindingId::NetworkIpv6Broken, { m_ctx.settings().shownHost() });
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("NetworkStep", "IPv4 address %1 answered; IPv6 address %2 did not (%3)."),
            { v4.address.toString(), v6.address.toString(),
                v6.outcome == O::Unreachable ? v6.error
                                             : QCoreApplication::translate("NetworkStep", "no answer") } });
        findings << f;
    } else if (v6.outcome == O::Answered && !v4.address.isNull() && v4.outcome != O::Answered) {
        m_outcome.connectAddress = v6.address;
    } else if (!m_probe->anyAnswered()) {
        const bool unreachable = (v4.address.isNull() || v4.outcome == O::Unreachable)
            && (v6.address.isNull() || v6.outcome == O::Unreachable);
        if (unreachable && m_connectivity == Connectivity::Offline) {
            finish(StepStatus::Fail,
                { Ctx, QT_TRANSLATE_NOOP("NetworkStep", "This computer is not connected to a network.") },
                { Finding::make(FindingId::NetworkOffline) });
            return;
        }
        // Nothing answered yet: the server step tells why, and waits that much less.
        m_outcome.hostSilentMs = unreachable ? 0 : m_probe->elapsedMs();
    }
    pass(findings);
}

QString NetworkStep::addressList() const
{
    QStringList v4, v6;
    for (const QHostAddress& a : m_outcome.addresses) {
        QStringList& list = a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
        if (list.size() < MaxShownAddresses)
            list << a.toString();
    }
    QStringList parts;
    if (!v4.isEmpty())
        parts << QStringLiteral("IPv4 ") + v4.join(QStringLiteral(", "));
    if (!v6.isEmpty())
        parts << QStringLiteral("IPv6 ") + v6.join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}

void NetworkStep::pass(QList<Finding> findings)
{
    const QString shown = m_ctx.settings().shownHost();
    const bool answered = m_probe && m_probe->anyAnswered();
    LocalizedText summary;
    if ((m_connectivity == Connectivity::Offline || m_connectivity == Connectivity::LocalOnly) && answered)
        summary = { Ctx,
            QT_TRANSLATE_NOOP("NetworkStep",
                "%1 (%2) can be reached, although this computer reports no internet connection. That is fine "
                "for a company or local mail server."),
            { shown, addressList() } };
    else if (m_literal)
        summary = { Ctx,
            QT_TRANSLATE_NOOP(
                "NetworkStep", "The server is given as an address (%1), so no name lookup is needed."),
            { m_ctx.settings().host } };
    else if (m_connectivity == Connectivity::Online)
        summary = { Ctx,
            QT_TRANSLATE_NOOP(
                "NetworkStep", "Your computer is online, and the server name %1 was found (address %2)."),
            { shown, addressList() } };
    else
        summary = { Ctx, QT_TRANSLATE_NOOP("NetworkStep", "The server name %1 was found (address %2)."),
            { shown, addressList() } };
    finish(statusFor(findings), summary, findings);
}

} // namespace SmtpDoctor
