// Findings of the SSL/TLS step. Arguments are listed above each entry.
#include "core/findings/findingtexts.h"


namespace SmtpDoctor {

const std::vector<FindingInfo>& tlsFindings()
{
    static const std::vector<FindingInfo> table {
        // %1 port, %2 the security that works there ("SSL/TLS", "STARTTLS", "none")
        { FindingId::TlsModeMismatch, Severity::Error, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "The security setting does not match port %1"),
            QT_TRANSLATE_NOOP("Finding", "Port %1 expects %2, but the connection was tried the other way. The two kinds of encryption are not interchangeable: SSL/TLS encrypts from the first moment (usually port 465), STARTTLS starts plain and then switches (usually port 587)."),
            QT_TRANSLATE_NOOP("Finding", "In your mail program, set security to %2 for port %1 (or use port 465 with SSL/TLS, or 587 with STARTTLS).") },
        // %1 server, %2 port
        { FindingId::TlsStartTlsMissing, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server does not offer encryption on port %2"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" does not offer STARTTLS on port %2, so your password and mail would travel unencrypted."),
            QT_TRANSLATE_NOOP("Finding", "Use port 465 with SSL/TLS or port 587 with STARTTLS if your provider supports them. If not, ask your provider for a secure way to send.") },
        // %1 server
        { FindingId::TlsStartTlsRejected, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server refused to start encryption"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" offered STARTTLS, but refused when asked to start it. This is a fault or overload on the server side."),
            QT_TRANSLATE_NOOP("Finding", "Try again later, or try port 465 with SSL/TLS. If it persists, send this report to your mail provider.") },
        // %1 server, %2 technical error text
        { FindingId::TlsHandshakeFailed, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The secure connection could not be set up"),
            QT_TRANSLATE_NOOP("Finding", "Your computer and \"%1\" could not agree on how to encrypt the connection (technical reason: %2). The server may use very old settings, or something in between interferes."),
            QT_TRANSLATE_NOOP("Finding", "Make sure your system is up to date. Try the other port (465 or 587). If it still fails, send this report to your mail provider.") },
        // %1 protocol ("TLS 1.0")
        { FindingId::TlsProtocolOutdated, Severity::Warning, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server uses an outdated encryption version (%1)"),
            QT_TRANSLATE_NOOP("Finding", "The connection was encrypted with %1, which is no longer considered safe. Newer mail programs and systems refuse it, so sending may stop working after an update."),
            QT_TRANSLATE_NOOP("Finding", "Nothing to change on your side. Ask your mail provider when they will support TLS 1.2 or newer.") },
        // %1 expiry date
        { FindingId::TlsCertificateExpired, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server's certificate has expired"),
            QT_TRANSLATE_NOOP("Finding", "The certificate that proves the server's identity was valid only until %1. First check that your computer's date and time are correct: a wrong clock makes valid certificates look expired."),
            QT_TRANSLATE_NOOP("Finding", "If your clock is right, the provider must renew the certificate: send them this report. Do not turn off certificate checks in your mail program.") },
        // %1 valid-from date
        { FindingId::TlsCertificateNotYetValid, Severity::Error, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "The server's certificate is not valid yet"),
            QT_TRANSLATE_NOOP("Finding", "The certificate only becomes valid on %1. This almost always means your computer's clock is set to a wrong date."),
            QT_TRANSLATE_NOOP("Finding", "Correct the date and time on your computer (turn on automatic time), then run the check again.") },
        // %1 the name used, %2 the names the certificate is for
        { FindingId::TlsCertificateHostnameMismatch, Severity::Error, Side::You, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The certificate is for a different server name"),
            QT_TRANSLATE_NOOP("Finding", "You connected to \"%1\", but the server's certificate is made out to: %2. This happens when a provider's own server name differs from your domain's name."),
            QT_TRANSLATE_NOOP("Finding", "Use the name the certificate is for as the outgoing server in your mail program: %2.") },
        // %1 server
        { FindingId::TlsCertificateSelfSigned, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server's certificate is self-made (self-signed)"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" proves its identity with a certificate it signed itself, which nobody vouches for. Your computer cannot tell it apart from an impostor."),
            QT_TRANSLATE_NOOP("Finding", "If this is a company server, ask IT for the company certificate and install it (or use --ca-file). Otherwise ask the provider to use a proper certificate.") },
        // %1 issuer name
        { FindingId::TlsCertificateUntrusted, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server's certificate is not trusted by this computer"),
            QT_TRANSLATE_NOOP("Finding", "The certificate was issued by \"%1\", which this computer does not trust, or the server did not send the full chain of certificates."),
            QT_TRANSLATE_NOOP("Finding", "If your company uses its own certificate authority, install its certificate (or use --ca-file). Otherwise send this report to your mail provider.") },
        // %1 server, %2 what is weak ("a RSA key of only 1024 bits", "a signature made with SHA-1, ...")
        { FindingId::TlsCertificateWeak, Severity::Error, Side::Server, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server's certificate uses outdated cryptography"),
            QT_TRANSLATE_NOOP("Finding", "The certificate of \"%1\" uses %2. That is too weak to prove the server's identity today, so this computer and current mail programs no longer accept it."),
            QT_TRANSLATE_NOOP("Finding", "Nothing to change on your side. Send this report to your mail provider: the certificate must be replaced with one that has a strong key (RSA of 2048 bits or more, or ECDSA) and a SHA-256 signature.") },
        // %1 server, %2 port
        { FindingId::TlsClientCertificateRequired, Severity::Error, Side::You, Reason::TlsError,
            QT_TRANSLATE_NOOP("Finding", "The server accepts only computers with their own certificate"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" on port %2 asks every computer that connects for a certificate of its own (a client certificate) and ends the encrypted connection without one. Such a server is meant for devices or people its organisation has given a certificate to. Your password is not what it asks for at this point."),
            QT_TRANSLATE_NOOP("Finding", "If your organisation gave you a certificate for sending mail, install it in your mail program as it explains. Otherwise this is probably not the server meant for your mail program: check the server name and port with your mail provider or IT department.") },
        // %1 number of bytes
        { FindingId::TlsStartTlsInjection, Severity::Warning, Side::Network, Reason::Interference,
            QT_TRANSLATE_NOOP("Finding", "Unexpected data before encryption started"),
            QT_TRANSLATE_NOOP("Finding", "After agreeing to STARTTLS, %1 bytes arrived before encryption began. They were thrown away unread. This can be a faulty server or an attempt to tamper with the connection."),
            QT_TRANSLATE_NOOP("Finding", "Prefer port 465 with SSL/TLS, which is encrypted from the start. Report this to your mail provider or network administrator.") },
        // %1 server
        { FindingId::TlsNotUsed, Severity::Warning, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "Encryption is available but not used"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" offers encryption, but security is set to none, so your password and mail would travel readable by anyone on the network."),
            QT_TRANSLATE_NOOP("Finding", "Set security to STARTTLS (port 587) or SSL/TLS (port 465) in your mail program.") },
        // %1 the earlier step's title
        { FindingId::TlsSkipped, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "Not checked: an earlier step failed"),
            QT_TRANSLATE_NOOP("Finding", "This check needs \"%1\" to work first."),
            QT_TRANSLATE_NOOP("Finding", "Fix the problem shown in \"%1\", then run the check again.") },
    };
    return table;
}

} // namespace SmtpDoctor
