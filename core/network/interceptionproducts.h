#pragma once

#include "core/i18n/localizedtext.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// Security programs and network appliances that open encrypted connections to inspect them, recognised
// by the certificate authority they sign their substitute certificates with. One table, easy to extend
// (core/network/interceptionproducts.cpp).
struct InterceptionProduct
{
    enum class Where {
        ThisComputer, // antivirus / security suite: the user can change the setting
        Network, // proxy or firewall of the organisation: the network administrator can
    };
    const char* name; // product name, shown as it is ("ESET")
    Where where;
    QList<const char*> patterns; // whole words, case-insensitive, in a certificate's issuer names
    const char* setting; // QT_TRANSLATE_NOOP("InterceptionProduct", ...): what to turn off

    LocalizedText settingText() const { return { "InterceptionProduct", setting }; }
};

const QList<InterceptionProduct>& interceptionProducts();

struct InterceptionMatch
{
    const InterceptionProduct* product = nullptr;
    QString authority; // the certificate name that matched, as presented ("Avast Web/Mail Shield Root")
};

// The first product whose authority appears in `chain` (leaf first, as presented by the peer). Issuer
// names are read, never the leaf's own subject: a mail server run by a security vendor is not an
// interception.
std::optional<InterceptionMatch> findInterception(const QList<QSslCertificate>& chain);

// True when `pattern` occurs in `text` as whole words, ignoring case ("eset" in "ESET SSL Filter CA",
// not in "Reset").
bool containsWords(const QString& text, const QString& pattern);

} // namespace SmtpDoctor
