#pragma once

#include <QFile>
#include <QString>

// Points this namespace's resolver at one of the DNS servers with-domain-dns.sh runs ("knot", "slow",
// "dead", "silent"): resolv.conf is bind-mounted over /etc/resolv.conf, so it is rewritten in place
// (same inode). False when the files cannot be read or written.
inline bool useTestDns(const QString& dir, const QString& kind)
{
    QFile source(dir + QStringLiteral("/resolv-") + kind + QStringLiteral(".conf"));
    QFile target(dir + QStringLiteral("/resolv.conf"));
    return source.open(QIODevice::ReadOnly) && target.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && target.write(source.readAll()) > 0;
}
