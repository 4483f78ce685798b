#include "core/smtp/quickack.h"

#include <QAbstractSocket>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace SmtpDoctor {

void requestQuickAcks(const QAbstractSocket& socket)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const qintptr fd = socket.socketDescriptor();
    if (fd < 0)
        return;
    const int on = 1;
    // Best effort: failing changes only the speed, never the result.
    (void)::setsockopt(int(fd), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace SmtpDoctor
