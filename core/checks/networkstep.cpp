#include "core/checks/networkstep.h"

#include "core/smtp/transcript.h"

#include <QNetworkInterface>

namespace SmtpDoctor {

bool NetworkStep::hasUsableInterface()
{
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning)
            || (flags & QNetworkInterface::IsLoopBack))
            continue;
        if (!iface.addressEntries().isEmpty())
            return true;
    }
    return false;
}

void NetworkStep::run()
{
    const QString host = m_ctx.settings.host;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_ctx.addresses = { literal };
        finish(StepStatus::Pass, { "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "The server is given as an address (%1), so no name lookup is needed."), { host } });
        return;
    }
    emit activity({ "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "Looking up %1…"), { m_ctx.settings.shownHost() } });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &NetworkStep::onTimeout);
    m_timeout.start(m_ctx.settings.timeoutMs());
    m_lookupId = QHostInfo::lookupHost(host, this, &NetworkStep::onLookedUp);
}

void NetworkStep::cancel()
{
    m_timeout.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void NetworkStep::onTimeout()
{
    cancel();
    Finding f = Finding::make(QStringLiteral("network.dns-failed"), { m_ctx.settings.shownHost() });
    f.withDetail({ "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "The name server did not answer within %1 seconds: the network's DNS seems not to work, rather than the name being wrong."), { QString::number(m_ctx.settings.timeoutSeconds) } });
    if (!hasUsableInterface())
        f = Finding::make(QStringLiteral("network.offline"));
    finish(StepStatus::Fail, { "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "The server name could not be looked up.") }, { f });
}

void NetworkStep::onLookedUp(const QHostInfo& info)
{
    m_timeout.stop();
    m_lookupId = -1;
    const QString shown = m_ctx.settings.shownHost();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        if (m_ctx.transcript)
            m_ctx.transcript->addInfo(QStringLiteral("Name lookup of %1 failed: %2").arg(m_ctx.settings.host, info.errorString()));
        if (!hasUsableInterface()) {
            finish(StepStatus::Fail, { "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "This computer is not connected to a network.") },
                { Finding::make(QStringLiteral("network.offline")) });
            return;
        }
        Finding f = Finding::make(QStringLiteral("network.dns-failed"), { shown });
        if (info.error() == QHostInfo::HostNotFound)
            f.withDetail({ "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "The name server answered that no such name exists, so the name is most likely mistyped.") });
        else
            f.withDetail({ "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "The name server could not be asked: the network's DNS seems not to work, rather than the name being wrong.") });
        finish(StepStatus::Fail, { "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "The server name \"%1\" could not be found."), { shown } }, { f });
        return;
    }
    m_ctx.addresses = info.addresses();
    QStringList shownAddresses;
    for (const QHostAddress& a : m_ctx.addresses)
        shownAddresses << a.toString();
    if (m_ctx.transcript)
        m_ctx.transcript->addInfo(QStringLiteral("%1 resolves to %2").arg(m_ctx.settings.host, shownAddresses.join(QStringLiteral(", "))));
    finish(StepStatus::Pass, { "NetworkStep", QT_TRANSLATE_NOOP("NetworkStep", "Your computer is online and %1 resolves to %2."), { shown, shownAddresses.join(QStringLiteral(", ")) } });
}

} // namespace SmtpDoctor
