#include "scriptedserver.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

ScriptedServer::ScriptedServer(const QStringList& script, QObject* parent)
    : QObject(parent)
    , m_script(script)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    if (m_socket)
        m_socket->abort();
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
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
    QTcpSocket* next = m_server.nextPendingConnection();
    if (m_socket) {
        // One conversation at a time: a second client waits until the first is done.
        next->abort();
        next->deleteLater();
        return;
    }
    ++m_connections;
    m_socket = next;
    m_index = 0;
    m_buffer.clear();
    m_finishedScript = false;
    connect(m_socket, &QTcpSocket::readyRead, this, &ScriptedServer::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    step();
}

void ScriptedServer::step()
{
    while (m_socket && m_index < m_script.size()) {
        const QString line = m_script[m_index];
        const QString kind = line.left(2);
        const QString arg = line.mid(3);
        if (kind == QLatin1String("S:")) {
            m_socket->write(arg.toUtf8() + "\r\n");
        } else if (kind == QLatin1String("R:")) {
            m_socket->write(unescape(arg));
        } else if (kind == QLatin1String("C:")) {
            m_waitingForClient = true;
            onReadyRead();
            return;
        } else if (kind == QLatin1String("W:")) {
            ++m_index;
            QTimer::singleShot(arg.toInt(), this, &ScriptedServer::step);
            return;
        } else if (kind == QLatin1String("X:")) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        } else if (kind == QLatin1String("A:")) {
            m_socket->abort();
        } else if (kind == QLatin1String("Z:")) {
            return;
        }
        ++m_index;
    }
    if (m_index >= m_script.size() && !m_finishedScript) {
        m_finishedScript = true;
        emit scriptFinished();
    }
}

void ScriptedServer::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    while (m_waitingForClient) {
        const qsizetype lf = m_buffer.indexOf('\n');
        if (lf < 0)
            return;
        QByteArray raw = m_buffer.left(lf);
        m_buffer.remove(0, lf + 1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString got = QString::fromUtf8(raw);
        m_received << got;
        const QString pattern = m_script[m_index].mid(3);
        const QRegularExpression re(QRegularExpression::anchoredPattern(
            QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion)));
        if (!re.match(got).hasMatch())
            m_errors << QStringLiteral("expected \"%1\", got \"%2\"").arg(pattern, got);
        m_waitingForClient = false;
        ++m_index;
        step();
    }
}
