#pragma once

#include <QFuture>
#include <QList>
#include <QSslCertificate>

namespace SmtpDoctor::OAuthTrust {

// The authorities the sign-in's HTTPS requests trust: the system's own plus `extra` (a company CA from
// --ca-file or a preset), never `extra` alone. Qt stops consulting the system store once a CA is added,
// so the store is read explicitly; that takes about 150 ms, so it happens on a worker thread, once per
// process, and the sign-in waits for it (asynchronously) before its first request.
QFuture<QList<QSslCertificate>> authoritiesWith(const QList<QSslCertificate>& extra);

} // namespace SmtpDoctor::OAuthTrust
