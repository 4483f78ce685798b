#include "core/network/tlswarmup.h"

#include <QSslSocket>
#include <QThreadPool>

#include <atomic>

namespace SmtpDoctor {

void warmUpTlsInBackground()
{
    static std::atomic_bool started { false };
    if (started.exchange(true))
        return;
    // QSslSocket's static functions are thread-safe: the backend is loaded once, under Qt's own lock,
    // and whoever asks first on the GUI thread simply waits for (or finds) the finished load.
    QThreadPool::globalInstance()->start([] { QSslSocket::supportsSsl(); });
}

} // namespace SmtpDoctor
