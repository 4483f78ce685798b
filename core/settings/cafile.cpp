#include "core/settings/cafile.h"

#include <QFile>

namespace SmtpDoctor {

namespace {
constexpr qint64 MaxCaFileBytes = 8 * 1024 * 1024; // a whole company bundle fits many times over
}

LocalizedText CaFile::errorText() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Unreadable:
        return { "CaFile",
            QT_TRANSLATE_NOOP(
                "CaFile", "The file \"%1\" cannot be opened. Please check the name and location."),
            { path } };
    case Error::NoCertificate:
        return { "CaFile",
            QT_TRANSLATE_NOOP("CaFile",
                "The file \"%1\" contains no certificate in PEM format (text that starts with "
                "\"-----BEGIN CERTIFICATE-----\")."),
            { path } };
    }
    return {};
}

CaFile loadCaFile(const QString& path)
{
    CaFile ca;
    ca.path = path;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        ca.error = CaFile::Error::Unreadable;
        return ca;
    }
    ca.certificates = QSslCertificate::fromData(file.read(MaxCaFileBytes), QSsl::Pem);
    if (ca.certificates.isEmpty())
        ca.error = CaFile::Error::NoCertificate;
    return ca;
}

} // namespace SmtpDoctor
