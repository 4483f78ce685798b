#pragma once

#include "core/oauth/oauthresult.h"

#include <QJsonArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// The OAuth test world started by tests/fixtures/oauth/start-oauth.sh (the ctest fixture "oauth"): the
// provider, the Dovecot submission service that checks its tokens, and how to reach both. Tests QSKIP
// with the reason when it is not running.
struct OAuthFixture
{
    static constexpr const char* Scope = "https://mail.example.test/SMTP.Send offline_access";

    QString host;
    quint16 submissionPort = 0; // STARTTLS, then AUTH XOAUTH2 / OAUTHBEARER
    quint16 submissionsPort = 0; // TLS from the start
    quint16 oauthBearerPort = 0; // a second Dovecot that offers OAUTHBEARER only (STARTTLS)
    QUrl providerUrl;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString user;
    QString caFile; // the test CA, for --ca-file
    QList<QSslCertificate> caCertificates;
    QString spki; // Chromium: --ignore-certificate-errors-spki-list for the provider's certificate only
    QByteArray adminKey;
    QString dovecotLog;
    QString providerLog;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static OAuthFixture load(); // from $SMTPDOCTOR_TEST_STATE/oauth/env

    // A custom provider profile for one of the provider's clients (see provider.py).
    SmtpDoctor::OAuthProfile profile(const QString& clientId) const;
    // A sign-in request that trusts the fixture's CA, as --ca-file would.
    SmtpDoctor::OAuthRequest request(const QString& clientId) const;

    // What the provider saw (GET /test/events); empty on failure.
    QJsonArray events() const;
    // Every secret the provider issued or checked so far, from its events: codes, PKCE verifiers, access
    // and refresh tokens. What no output may ever contain.
    QStringList issuedSecrets() const;
    // Lets every access token of `user` expire now; the number expired, -1 on failure.
    int expireTokens(const QString& user) const;
    QByteArray dovecotLogText() const;
};
