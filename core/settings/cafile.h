#pragma once

#include "core/i18n/localizedtext.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace SmtpDoctor {

// A company CA file (PEM), as the wizard, `check --ca-file` and a preset's ca-file read it. Its
// certificates are trusted in addition to the system's, never instead of them.
struct CaFile
{
    enum class Error { None, Unreadable, NoCertificate };
    QString path;
    QList<QSslCertificate> certificates;
    Error error = Error::None;

    bool ok() const { return error == Error::None; }
    // Why it cannot be used, for the user: empty when ok().
    LocalizedText errorText() const;
};

// Reads at most 8 MB of `path`.
CaFile loadCaFile(const QString& path);

} // namespace SmtpDoctor
