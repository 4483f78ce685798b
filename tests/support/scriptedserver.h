#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

// A fake SMTP server on 127.0.0.1, port chosen by the system, that plays a script to each client
// connection in turn (KSMTP's fake server, without the thread). Script lines:
//   "S: 220 hello"    send the line followed by CRLF
//   "R: bytes"        send raw bytes; \r \n \t \xNN and \\ are understood; nothing is appended
//   "C: EHLO *"       wait for one client line and check it against the pattern (* matches anything)
//   "W: 250"          wait this many milliseconds
//   "X:"              close the connection
//   "A:"              abort the connection (reset)
//   "Z:"              stay silent forever (until the client leaves)
// A line that does not match a "C:" pattern is recorded in errors(); tests QVERIFY it is empty.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(const QStringList& script, QObject* parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QStringList received() const { return m_received; }
    QStringList errors() const { return m_errors; }
    int connectionCount() const { return m_connections; }
    bool finishedScript() const { return m_finishedScript; }

    static QByteArray unescape(const QString& text);

signals:
    void scriptFinished();

private:
    void onNewConnection();
    void step();
    void onReadyRead();

    QTcpServer m_server;
    QStringList m_script;
    QPointer<QTcpSocket> m_socket;
    int m_index = 0;
    QByteArray m_buffer;
    bool m_waitingForClient = false;
    QStringList m_received;
    QStringList m_errors;
    int m_connections = 0;
    bool m_finishedScript = false;
};
