#include "headlessbrowser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <unistd.h>

HeadlessBrowser::HeadlessBrowser(const QString& providerSpki)
    : m_spki(providerSpki)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

namespace {

// True while a process of `group` still runs (zombies do not count: a container's PID 1 may never reap them).
bool groupAlive(pid_t group)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == group && fields[0] != "Z")
            return true;
    }
    return false;
}

} // namespace

HeadlessBrowser::~HeadlessBrowser()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Chromium runs as a group of processes (zygote, renderers): stop the whole group, so that none is
    // still writing into the profile folder when it is removed.
    const pid_t group = pid_t(m_process.processId());
    ::kill(-group, SIGTERM);
    if (!m_process.waitForFinished(5000))
        ::kill(-group, SIGKILL);
    m_process.waitForFinished(5000);
    for (QDeadlineTimer deadline(5000); groupAlive(group) && !deadline.hasExpired();)
        QThread::msleep(50);
    ::kill(-group, SIGKILL);
}

bool HeadlessBrowser::open(const QUrl& url)
{
    if (!m_profile.isValid())
        return false;
    const QStringList arguments {
        QStringLiteral("--headless"),
        QStringLiteral("--no-sandbox"), // the tests run as root
        QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"),
        QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        QStringLiteral("--no-proxy-server"),
        QStringLiteral("--user-data-dir=") + m_profile.path(),
        // Trust the provider's test certificate by its public key, and nothing else.
        QStringLiteral("--ignore-certificate-errors-spki-list=") + m_spki,
        url.toString(QUrl::FullyEncoded),
    };
    m_process.setChildProcessModifier([] { ::setsid(); }); // its own process group, stopped as one
    m_process.start(QStringLiteral("/usr/bin/chromium"), arguments);
    return m_process.waitForStarted(10000);
}

QByteArray HeadlessBrowser::output() const
{
    return const_cast<QProcess&>(m_process).readAll();
}
