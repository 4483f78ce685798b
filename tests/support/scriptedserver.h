#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QVariant>

#include <optional>

class QTcpServer;
class ScriptedConversation;

// A fake SMTP server on 127.0.0.1, port chosen by the system, that plays a script to every client
// connection (each connection gets its own run of the script, side by side). Script lines:
//   "S: 220 hello"    send the line followed by CRLF
//   "R: bytes"        send raw bytes; \r \n \t \xNN and \\ are understood; nothing is appended
//   "C: EHLO *"       wait for one client line and check it against the pattern (* matches anything)
//   "M: ."            read client lines until one matches (a message's lines up to its final ".")
//   "W: 250"          wait this many milliseconds
//   "X:"              close the connection
//   "A:"              abort the connection (reset)
//   "Z:"              stay silent forever (until the client leaves)
//   "T:"              start TLS now (the server side of STARTTLS) and go on once it is encrypted;
//                     a failed handshake ends the conversation. Needs setTlsFiles().
//   "D: 2000 bytes"   drip: send the (escaped) bytes one at a time, 2000 ms apart
//   "F: 1000 bytes"   flood: send the (escaped) bytes 1000 times (0: until the client leaves),
//                     streamed as the client reads, so the server itself stays small
//   "N: 4096"         send this many pseudo-random bytes (the same ones every run)
//   "J: bytes"        junk written straight onto the TCP connection, past TLS (a broken TLS stream)
// A line that does not match a "C:" pattern is recorded in errors(); tests QVERIFY it is empty.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(const QStringList& script, QObject* parent = nullptr);
    ~ScriptedServer() override;

    // The certificate chain (leaf first, PEM) and key the server presents for "T:" and implicit TLS.
    bool setTlsFiles(const QString& chainPemFile, const QString& keyPemFile);
    // TLS from the first byte, before the script starts (port 465 style).
    void setImplicitTls(bool on) { m_implicitTls = on; }
    // OpenSSL configuration commands for the server side, e.g. ("CipherString", "DEFAULT:@SECLEVEL=0").
    void setTlsBackendOption(const QByteArray& name, const QVariant& value)
    {
        m_backendOptions.insert(name, value);
    }
    // Only TLS 1.0, as very old servers: the client's refusal is what the tests look at. The weak keys
    // and SHA-1 signatures such servers use also need the test process started with an OpenSSL
    // configuration at security level 0 (see tests/hardening), which Qt cannot set per connection.
    void setTls10Only(bool on) { m_tls10Only = on; }
    // The TLS versions the server accepts (Qt's secure default otherwise: TLS 1.2 and 1.3).
    void setTlsProtocol(QSsl::SslProtocol protocol) { m_protocol = protocol; }
    // Asks every client for a certificate of its own and ends the handshake without one, as servers
    // reserved for an organisation's own devices do. Qt's server side closes without a TLS alert.
    void setClientCertificateRequired(bool on) { m_clientCertificateRequired = on; }

    // Port 0: one the system picks. A fixed port only inside a private network (privatenetwork.h).
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    quint16 port() const;
    QStringList received() const { return m_received; }
    QStringList errors() const { return m_errors; }
    QStringList tlsErrors() const { return m_tlsErrors; } // handshakes that failed on the server side
    int connectionCount() const { return m_connections; }
    int encryptedCount() const { return m_encrypted; }
    bool finishedScript() const { return m_finishedScript; }

    static QByteArray unescape(const QString& text);

signals:
    void scriptFinished();

private:
    friend class ScriptedConversation;
    void onNewConnection();

    QTcpServer* m_server;
    QStringList m_script;
    QList<QPointer<ScriptedConversation>> m_conversations;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    bool m_implicitTls = false;
    bool m_tls10Only = false;
    std::optional<QSsl::SslProtocol> m_protocol;
    bool m_clientCertificateRequired = false;
    QMap<QByteArray, QVariant> m_backendOptions;
    QStringList m_received;
    QStringList m_errors;
    QStringList m_tlsErrors;
    int m_connections = 0;
    int m_encrypted = 0;
    bool m_finishedScript = false;
};
