#include "core/network/connectivity.h"

#include <QNetworkInformation>
#include <QNetworkInterface>

namespace SmtpDoctor {

bool hasUsableInterface()
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

Connectivity systemConnectivity()
{
    // Only loopback: nothing outside this computer can be reached, whatever a backend says.
    if (!hasUsableInterface())
        return Connectivity::Offline;
    // Loading a backend is done once per process; many systems (containers, servers) have none.
    static const bool backend = QNetworkInformation::instance()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (backend && QNetworkInformation::instance()) {
        switch (QNetworkInformation::instance()->reachability()) {
        case QNetworkInformation::Reachability::Online:
            return Connectivity::Online;
        case QNetworkInformation::Reachability::Site:
        case QNetworkInformation::Reachability::Local:
            return Connectivity::LocalOnly;
        case QNetworkInformation::Reachability::Disconnected:
            return Connectivity::Offline;
        case QNetworkInformation::Reachability::Unknown:
            break;
        }
    }
    return Connectivity::Unknown;
}

} // namespace SmtpDoctor
