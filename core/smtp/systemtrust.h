#pragma once

#include <QFuture>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace SmtpDoctor {

// A company CA file (--ca-file, a preset's ca-file) is trusted in addition to the system's certificate
// authorities, not instead of them. Qt stops consulting the system store as soon as a CA is added to a
// configuration, and reading that store costs about 150 ms each time, so a session trusts the company
// CA alone first, and only when that does not vouch for a chain asks the system store: on a worker
// thread, once per chain and server name for the whole process.
namespace SystemTrust {

// Only errors about who issued the chain can be cured by more authorities (not expiry, not the name).
bool worthAsking(const QList<QSslError>& errors);
// The system store's verdict on `chain` for `peerName`: empty when it trusts the chain.
QFuture<QList<QSslError>> judge(const QList<QSslCertificate>& chain, const QString& peerName);

} // namespace SystemTrust
} // namespace SmtpDoctor
