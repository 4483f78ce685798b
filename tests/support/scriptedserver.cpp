#include "scriptedserver.h"

#include "scriptedconversation.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace {

// A QTcpServer whose connections are QSslSockets, so that a conversation can switch to TLS.
class SslCapableServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};

} // namespace

ScriptedServer::ScriptedServer(const QStringList& script, QObject* parent)
    : QObject(parent)
    , m_server(new SslCapableServer(this))
    , m_script(script)
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    for (const QPointer<ScriptedConversation>& c : qAsConst(m_conversations))
        delete c.data();
}

bool ScriptedServer::setTlsFiles(const QString& chainPemFile, const QString& keyPemFile)
{
    QFile chain(chainPemFile);
    QFile key(keyPemFile);
    if (!chain.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_chain = QSslCertificate::fromData(chain.readAll(), QSsl::Pem);
    const QByteArray keyPem = key.readAll();
    m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (m_key.isNull())
        m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    return !m_chain.isEmpty() && !m_key.isNull();
}

bool ScriptedServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 ScriptedServer::port() const
{
    return m_server->serverPort();
}

QByteArray ScriptedServer::unescape(const QString& text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 >= in.size()) {
            out += in[i];
            continue;
        }
        const char c = in[++i];
        if (c == 'r')
            out += '\r';
        else if (c == 'n')
            out += '\n';
        else if (c == 't')
            out += '\t';
        else if (c == 'x' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c;
    }
    return out;
}

void ScriptedServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        ++m_connections;
        m_finishedScript = false;
        if (!m_chain.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setLocalCertificateChain(m_chain);
            ssl.setPrivateKey(m_key);
            ssl.setPeerVerifyMode(
                m_clientCertificateRequired ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
            if (m_protocol)
                ssl.setProtocol(*m_protocol);
            if (m_tls10Only) {
                QT_WARNING_PUSH
                QT_WARNING_DISABLE_DEPRECATED
                ssl.setProtocol(QSsl::TlsV1_0);
                QT_WARNING_POP
                ssl.setBackendConfigurationOption("CipherString", QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
            }
            for (auto it = m_backendOptions.cbegin(); it != m_backendOptions.cend(); ++it)
                ssl.setBackendConfigurationOption(it.key(), it.value());
            socket->setSslConfiguration(ssl);
        }
        auto* conversation = new ScriptedConversation(this, socket);
        m_conversations.append(conversation);
        conversation->begin();
    }
}
