#include "app/interruptwatcher.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace SmtpDoctor {

#if defined(Q_OS_UNIX)
namespace {

int g_pipe[2] = { -1, -1 };
struct sigaction g_previous;

extern "C" void onSigint(int)
{
    const int saved = errno; // async-signal-safe: write() only
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace
#endif

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (g_pipe[0] >= 0 || ::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // one watcher at a time
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        while (::read(g_pipe[0], bytes, sizeof bytes) > 0) { }
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_installed = ::sigaction(SIGINT, &action, &g_previous) == 0;
#endif
}

InterruptWatcher::~InterruptWatcher()
{
    restore();
}

void InterruptWatcher::restore()
{
#if defined(Q_OS_UNIX)
    if (m_installed)
        ::sigaction(SIGINT, &g_previous, nullptr);
    m_installed = false;
    delete m_notifier;
    m_notifier = nullptr;
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void InterruptWatcher::passOn()
{
    restore();
#if defined(Q_OS_UNIX)
    ::raise(SIGINT);
#endif
}

} // namespace SmtpDoctor
