#include "core/network/interceptionproducts.h"

namespace SmtpDoctor {

namespace {
using W = InterceptionProduct::Where;
}

const QList<InterceptionProduct>& interceptionProducts()
{
    // Patterns name the product's own signing authority, e.g. "Avast Web/Mail Shield Root", "ESET SSL
    // Filter CA", "Kaspersky Anti-Virus Personal Root Certificate", "Zscaler Root CA". None of these
    // vendors runs a public certificate authority, so their name as an issuer means interception.
    static const QList<InterceptionProduct> table {
        { "Avast", W::ThisComputer, { "avast" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "Mail Shield's scanning of outgoing mail (Menu › Settings › Protection › Core Shields › Mail "
                "Shield: \"Scan outbound emails (SMTP)\") and HTTPS/SSL scanning") },
        { "AVG", W::ThisComputer, { "avg" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "Email Shield's scanning of outgoing mail (Menu › Settings › Basic Protection › Email "
                "Shield: \"Scan outbound emails (SMTP)\") and HTTPS/SSL scanning") },
        { "Norton", W::ThisComputer, { "norton" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "email scanning (Settings › Antivirus › Scans and Risks: \"Email Antivirus Scan\") and "
                "Web/Mail Shield's scanning of encrypted connections") },
        { "ESET", W::ThisComputer, { "eset" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "SSL/TLS filtering (Setup › Advanced setup › Protections › SSL/TLS: \"Enable SSL/TLS\") or "
                "email client protection") },
        { "Kaspersky", W::ThisComputer, { "kaspersky" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "the scanning of encrypted connections (Settings › Network settings: \"Do not scan encrypted "
                "connections\") or Mail Anti-Virus") },
        { "Bitdefender", W::ThisComputer, { "bitdefender" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "\"Encrypted web scan\" and \"Email protection\" (Protection › Online Threat Prevention › "
                "Settings)") },
        { "McAfee", W::Network, { "mcafee", "skyhigh" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "SSL scanning (certificate verification / HTTPS scanning) for the mail server") },
        { "Sophos", W::ThisComputer, { "sophos" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "HTTPS/SSL scanning (web protection's \"Scan HTTPS\" or the firewall's SSL/TLS inspection "
                "rule) for the mail server") },
        { "Trend Micro", W::ThisComputer, { "trend micro", "trendmicro" },
            QT_TRANSLATE_NOOP(
                "InterceptionProduct", "the scanning of encrypted (HTTPS/SSL) connections and mail") },
        { "G DATA", W::ThisComputer, { "g data" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "outgoing mail scanning (Settings › Email › Scan outgoing mail) and the checking of "
                "encrypted connections") },
        { "Dr.Web", W::ThisComputer, { "dr.web", "doctor web" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "the checking of encrypted traffic (SpIDer Gate / SpIDer Mail settings)") },
        { "Fortinet FortiGate", W::Network, { "fortinet", "fortigate", "fortiproxy" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "deep SSL inspection (the SSL/SSH inspection profile) for the mail server") },
        { "Zscaler", W::Network, { "zscaler" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "SSL inspection for the mail server (an SSL inspection bypass rule)") },
        { "Cisco Umbrella", W::Network, { "cisco umbrella", "opendns" },
            QT_TRANSLATE_NOOP("InterceptionProduct", "HTTPS inspection (decryption) for the mail server") },
        { "Palo Alto Networks", W::Network, { "palo alto networks", "paloalto" },
            QT_TRANSLATE_NOOP(
                "InterceptionProduct", "SSL decryption for the mail server (a \"no-decrypt\" rule)") },
        { "Symantec / Blue Coat ProxySG", W::Network,
            { "blue coat", "bluecoat", "proxysg", "symantec web", "symantec endpoint" },
            QT_TRANSLATE_NOOP("InterceptionProduct", "SSL interception for the mail server") },
        { "Netskope", W::Network, { "netskope" },
            QT_TRANSLATE_NOOP("InterceptionProduct",
                "SSL decryption for the mail server (a steering or decryption exception)") },
        { "Forcepoint", W::Network, { "forcepoint", "websense" },
            QT_TRANSLATE_NOOP("InterceptionProduct", "SSL decryption for the mail server") },
        { "Check Point", W::Network, { "check point", "checkpoint" },
            QT_TRANSLATE_NOOP("InterceptionProduct", "HTTPS/SSL inspection for the mail server") },
        { "WatchGuard", W::Network, { "watchguard" },
            QT_TRANSLATE_NOOP(
                "InterceptionProduct", "content inspection of encrypted connections for the mail server") },
        { "SonicWall", W::Network, { "sonicwall" },
            QT_TRANSLATE_NOOP("InterceptionProduct", "DPI-SSL for the mail server") },
    };
    return table;
}

bool containsWords(const QString& text, const QString& pattern)
{
    if (pattern.isEmpty())
        return false;
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(pattern, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + pattern.size();
        const bool startsWord = at == 0 || !isWordChar(text[at - 1]) || !isWordChar(pattern[0]);
        const bool endsWord
            = end >= text.size() || !isWordChar(text[end]) || !isWordChar(pattern[pattern.size() - 1]);
        if (startsWord && endsWord)
            return true;
        from = at + 1;
    }
}

std::optional<InterceptionMatch> findInterception(const QList<QSslCertificate>& chain)
{
    // The names that say who signed: every issuer in the chain, and the subject of each authority
    // certificate above the leaf (a root presented in the chain names itself).
    QStringList authorities;
    for (int i = 0; i < chain.size(); ++i) {
        const QSslCertificate& cert = chain[i];
        for (const auto attribute : { QSslCertificate::CommonName, QSslCertificate::Organization,
                 QSslCertificate::OrganizationalUnitName }) {
            authorities += cert.issuerInfo(attribute);
            if (i > 0)
                authorities += cert.subjectInfo(attribute);
        }
    }
    for (const InterceptionProduct& product : interceptionProducts()) {
        for (const char* pattern : product.patterns) {
            for (const QString& name : std::as_const(authorities)) {
                if (containsWords(name, QLatin1String(pattern)))
                    return InterceptionMatch { &product, name };
            }
        }
    }
    return std::nullopt;
}

} // namespace SmtpDoctor
