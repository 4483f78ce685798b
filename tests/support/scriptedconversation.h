#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSslSocket;
class ScriptedServer;

// One client connection of a ScriptedServer, playing the script from its first line.
class ScriptedConversation : public QObject
{
    Q_OBJECT
public:
    ScriptedConversation(ScriptedServer* server, QSslSocket* socket);
    ~ScriptedConversation() override;

    void begin(); // implicit TLS first when the server asks for it, then the script

private:
    void step();
    void onReadyRead();
    void onEncrypted();
    void onSocketError();
    void startTls();
    void dripNext();
    void pumpFlood();
    bool startFlood(const QString& arg);
    void writeJunk(const QByteArray& bytes);
    void finishScript();

    ScriptedServer* m_server;
    QSslSocket* m_socket;
    int m_index = 0;
    QByteArray m_buffer;
    bool m_waitingForClient = false;
    bool m_waitingForTls = false;
    bool m_done = false;

    QTimer m_drip;
    QByteArray m_dripBytes;

    QByteArray m_floodChunk; // the pattern, repeated to a convenient write size
    qint64 m_floodPatternSize = 0;
    qint64 m_floodLeft = 0; // bytes still to send; -1: until the client leaves
    bool m_flooding = false;
};
