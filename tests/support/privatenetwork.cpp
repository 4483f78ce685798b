#include "privatenetwork.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
QString g_error = QStringLiteral("enterPrivateNetwork() was not called");
} // namespace

QString privateNetworkError()
{
    return g_error;
}

static QString enter()
{
#if defined(Q_OS_LINUX)
    if (unshare(CLONE_NEWNET) != 0)
        return QStringLiteral("cannot create a network namespace (root needed): %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return QStringLiteral("no socket in the new namespace: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    request.ifr_flags = short(request.ifr_flags | IFF_UP);
    up = up && ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    const int error = errno;
    ::close(fd);
    if (!up)
        return QStringLiteral("cannot bring up loopback: %1")
            .arg(QString::fromLocal8Bit(std::strerror(error)));
    return {};
#else
    return QStringLiteral("network namespaces are Linux only");
#endif
}

QString enterPrivateNetwork()
{
    g_error = enter();
    return g_error;
}
