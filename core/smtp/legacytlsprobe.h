#pragma once

#include "core/smtp/sessiontypes.h"

#include <QObject>
#include <QPointer>

namespace SmtpDoctor {

class SmtpSession;
class Transcript;

// When a handshake fails because client and server share no TLS version, one more connection that
// also accepts TLS 1.0/1.1 (and the weak keys that go with them) can tell which old version the
// server insists on, so the report can name it. Diagnosis only: the probe session says nothing but
// EHLO and STARTTLS (for a STARTTLS port) and closes the moment the handshake is done; it never
// authenticates or sends mail. Every wait of it has the session's deadline.
class LegacyTlsProbe : public QObject
{
    Q_OBJECT
public:
    LegacyTlsProbe(const SessionConfig& config, Transcript* transcript, QObject* parent = nullptr);

    void start();

    // True for handshake errors that mean "no common protocol version" (OpenSSL's words).
    static bool looksLikeVersionMismatch(const QString& errorText);

signals:
    void finished(const QString& protocol); // "TLS 1.0"; empty when it could not be told

private:
    void onOpened(bool ok);
    void onStartTlsFinished(bool ok);
    void report();

    SmtpSession* m_session;
    bool m_reported = false;
};

} // namespace SmtpDoctor
