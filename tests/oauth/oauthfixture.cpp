#include "oauthfixture.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

using namespace SmtpDoctor;

OAuthFixture OAuthFixture::load()
{
    OAuthFixture f;
    const QString state = qEnvironmentVariable("SMTPDOCTOR_TEST_STATE");
    QFile env(state + QStringLiteral("/oauth/env"));
    if (state.isEmpty() || !env.open(QIODevice::ReadOnly)) {
        f.error = QStringLiteral("the OAuth test world is not running (no %1); run the tests through ctest")
                      .arg(env.fileName());
        return f;
    }
    QString adminKeyFile;
    for (const QByteArray& raw : env.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("OAUTH_HOST"))
            f.host = value;
        else if (key == QLatin1String("OAUTH_SUBMISSION_PORT"))
            f.submissionPort = quint16(value.toUInt());
        else if (key == QLatin1String("OAUTH_SUBMISSIONS_PORT"))
            f.submissionsPort = quint16(value.toUInt());
        else if (key == QLatin1String("OAUTH_PROVIDER_URL"))
            f.providerUrl = QUrl(value);
        else if (key == QLatin1String("OAUTH_AUTHORIZE_URL"))
            f.authorizeUrl = QUrl(value);
        else if (key == QLatin1String("OAUTH_TOKEN_URL"))
            f.tokenUrl = QUrl(value);
        else if (key == QLatin1String("OAUTH_USER"))
            f.user = value;
        else if (key == QLatin1String("OAUTH_CA_FILE"))
            f.caFile = value;
        else if (key == QLatin1String("OAUTH_OAUTHBEARER_PORT"))
            f.oauthBearerPort = quint16(value.toUInt());
        else if (key == QLatin1String("OAUTH_PROVIDER_SPKI"))
            f.spki = value;
        else if (key == QLatin1String("OAUTH_ADMIN_KEY_FILE"))
            adminKeyFile = value;
        else if (key == QLatin1String("OAUTH_DOVECOT_LOG"))
            f.dovecotLog = value;
        else if (key == QLatin1String("OAUTH_PROVIDER_LOG"))
            f.providerLog = value;
    }
    f.caCertificates = QSslCertificate::fromPath(f.caFile);
    QFile admin(adminKeyFile);
    if (admin.open(QIODevice::ReadOnly))
        f.adminKey = admin.readAll().trimmed();
    if (f.host.isEmpty() || !f.submissionPort || !f.submissionsPort || !f.oauthBearerPort
        || !f.tokenUrl.isValid() || f.caCertificates.isEmpty() || f.adminKey.isEmpty() || f.spki.isEmpty())
        f.error = QStringLiteral("the OAuth env file %1 is incomplete").arg(env.fileName());
    return f;
}

OAuthProfile OAuthFixture::profile(const QString& clientId) const
{
    OAuthProfile p;
    p.provider = OAuthProvider::Custom;
    p.clientId = clientId;
    p.authorizeUrl = authorizeUrl;
    p.tokenUrl = tokenUrl;
    p.scope = QString::fromLatin1(Scope);
    return p;
}

OAuthRequest OAuthFixture::request(const QString& clientId) const
{
    OAuthRequest r;
    r.profile = profile(clientId);
    r.extraCaCertificates = caCertificates;
    r.timeoutMs = 10000;
    r.browserTimeoutMs = 60000;
    return r;
}

namespace {

// One admin request to the provider, waited for at most 10 s.
QByteArray adminCall(
    const OAuthFixture& f, const QByteArray& verb, const QString& path, const QUrlQuery& query = {})
{
    QNetworkAccessManager nam;
    QUrl url = f.providerUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(f.caCertificates);
    request.setSslConfiguration(ssl);
    request.setRawHeader("X-Test-Admin", f.adminKey);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = nam.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(12000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body
        = reply->isFinished() && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->abort();
    reply->deleteLater();
    return body;
}

} // namespace

QJsonArray OAuthFixture::events() const
{
    return QJsonDocument::fromJson(adminCall(*this, "GET", QStringLiteral("/test/events"))).array();
}

QStringList OAuthFixture::issuedSecrets() const
{
    QStringList secrets;
    for (const QJsonValue& v : events()) {
        for (const char* field : { "code", "verifier", "access_token", "refresh_token" }) {
            const QString secret = v.toObject().value(QLatin1String(field)).toString();
            if (!secret.isEmpty())
                secrets << secret;
        }
    }
    return secrets;
}

int OAuthFixture::expireTokens(const QString& name) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), name);
    const QJsonObject answer
        = QJsonDocument::fromJson(adminCall(*this, "POST", QStringLiteral("/test/expire"), query)).object();
    return answer.contains(QStringLiteral("expired")) ? answer.value(QStringLiteral("expired")).toInt() : -1;
}

QByteArray OAuthFixture::dovecotLogText() const
{
    QFile log(dovecotLog);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}
