#include "core/autodetect/autoconfigparser.h"

#include "core/i18n/textcut.h"
#include "core/settings/inputvalidation.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace SmtpDoctor {

namespace {

constexpr qsizetype MaxTextLength = 1024;

struct RawServer
{
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentication;
};

// Reads one <outgoingServer> element's children; the reader stands on its start element.
RawServer readServer(QXmlStreamReader& xml)
{
    RawServer raw;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const QString text = shortenedText(
            xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(), MaxTextLength);
        if (name == QLatin1String("hostname"))
            raw.hostname = text;
        else if (name == QLatin1String("port"))
            raw.port = text;
        else if (name == QLatin1String("socketType"))
            raw.socketType = text;
        else if (name == QLatin1String("username"))
            raw.username = text;
        else if (name == QLatin1String("authentication"))
            raw.authentication << text;
    }
    return raw;
}

bool toServer(const RawServer& raw, const QString& email, DetectedServer* out)
{
    QString hostname = raw.hostname;
    hostname.replace(QLatin1String("%EMAILDOMAIN%"), domainOf(email));
    HostInput host;
    if (hostname.contains(QLatin1Char('%')) || !parseHostInput(hostname, &host).isEmpty() || host.port)
        return false;
    bool ok = false;
    const uint port = raw.port.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return false;
    const QString socketType = raw.socketType.toUpper();
    if (socketType == QLatin1String("SSL"))
        out->security = Security::Tls;
    else if (socketType == QLatin1String("STARTTLS"))
        out->security = Security::StartTls;
    else if (socketType == QLatin1String("PLAIN"))
        out->security = Security::None;
    else
        return false;
    out->source = DetectionSource::Autoconfig;
    out->host = host.host;
    out->port = quint16(port);
    if (raw.username == QLatin1String("%EMAILADDRESS%"))
        out->userForm = UserNameForm::Address;
    else if (raw.username == QLatin1String("%EMAILLOCALPART%"))
        out->userForm = UserNameForm::LocalPart;
    else if (!raw.username.isEmpty())
        out->userForm = UserNameForm::Other;
    const bool onlyOAuth = !raw.authentication.isEmpty()
        && std::all_of(raw.authentication.cbegin(), raw.authentication.cend(),
            [](const QString& a) { return a.compare(QLatin1String("OAuth2"), Qt::CaseInsensitive) == 0; });
    if (onlyOAuth)
        out->notes.append(LocalizedText { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "This server accepts only OAuth sign-in (through the provider's own sign-in page), not a password typed into a mail program.") });
    if (out->security == Security::None)
        out->notes.append(LocalizedText { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "The setup file names a connection without encryption. SMTP Doctor will not send your password over it without your consent.") });
    return true;
}

} // namespace

QList<DetectedServer> AutoconfigParser::parse(const QByteArray& bytes, const QString& email, QString* error)
{
    error->clear();
    if (bytes.size() > MaxBytes) {
        *error = QStringLiteral("the file is larger than %1 bytes").arg(MaxBytes);
        return {};
    }
    QList<DetectedServer> servers;
    QXmlStreamReader xml(bytes);
    bool sawRoot = false;
    int depthGuard = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            *error = QStringLiteral("document type declarations are not accepted");
            return {};
        }
        if (token == QXmlStreamReader::EndElement)
            --depthGuard;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depthGuard > 32) {
            *error = QStringLiteral("the file is nested too deeply");
            return {};
        }
        if (!sawRoot) {
            if (xml.name() != QLatin1String("clientConfig")) {
                *error = QStringLiteral("the root element is <%1>, not <clientConfig>")
                             .arg(shortenedText(xml.name(), 64));
                return {};
            }
            sawRoot = true;
            continue;
        }
        if (xml.name() != QLatin1String("outgoingServer"))
            continue;
        const bool smtp = xml.attributes().value(QLatin1String("type")) == QLatin1String("smtp");
        const RawServer raw = readServer(xml);
        --depthGuard; // readServer consumed the end element
        DetectedServer server;
        if (smtp && servers.size() < MaxServers && toServer(raw, email, &server)
            && std::none_of(servers.cbegin(), servers.cend(), [&](const DetectedServer& s) { return s.sameServer(server); }))
            servers.append(server);
    }
    if (xml.hasError()) {
        *error = QStringLiteral("malformed XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    if (!sawRoot)
        *error = QStringLiteral("the file is empty");
    return servers;
}

} // namespace SmtpDoctor
