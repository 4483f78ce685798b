#pragma once

#include <QOAuthHttpServerReplyHandler>

class QNetworkReply;

namespace SmtpDoctor {

// Where the browser comes back to (RFC 8252 7.3): Qt's loopback listener, opened on 127.0.0.1 only (never
// on other interfaces, which Qt's default would do) on a port the system picks; the redirect address is
// "http://127.0.0.1:PORT/", the loopback form Google and Microsoft accept for desktop applications.
//
// Answers of the token endpoint are not read here: Qt 6.4's reader drops HTTP errors without a word and
// writes bodies it cannot parse (tokens included) to its log. They go to tokenReplyFinished instead.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    // `listen` false: no listener at all (a refresh needs no browser).
    explicit LoopbackReplyHandler(bool listen, QObject* parent = nullptr);

public slots:
    void networkReplyFinished(QNetworkReply* reply) override;

signals:
    void tokenReplyFinished(QNetworkReply* reply);
};

} // namespace SmtpDoctor
