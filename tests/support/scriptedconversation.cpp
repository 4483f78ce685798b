#include "scriptedconversation.h"

#include "scriptedserver.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslSocket>

#include <sys/socket.h>

namespace {

constexpr qint64 FloodChunk = 64 * 1024;
constexpr qint64 FloodHighWater = 256 * 1024; // keep at most this much queued for the client

} // namespace

ScriptedConversation::ScriptedConversation(ScriptedServer* server, QSslSocket* socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedConversation::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &ScriptedConversation::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ScriptedConversation::onSocketError);
    connect(m_socket, &QSslSocket::bytesWritten, this, &ScriptedConversation::pumpFlood);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ScriptedConversation::pumpFlood);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_done = true;
        m_drip.stop();
        m_flooding = false;
    });
    m_drip.setSingleShot(true);
    connect(&m_drip, &QTimer::timeout, this, &ScriptedConversation::dripNext);
}

ScriptedConversation::~ScriptedConversation()
{
    m_socket->abort();
}

void ScriptedConversation::begin()
{
    if (m_server->m_implicitTls) {
        startTls();
        return;
    }
    step();
}

void ScriptedConversation::startTls()
{
    if (m_server->m_chain.isEmpty()) {
        m_server->m_errors << QStringLiteral("T: (or implicit TLS) needs setTlsFiles()");
        m_socket->abort();
        return;
    }
    m_waitingForTls = true;
    m_socket->startServerEncryption();
}

void ScriptedConversation::onEncrypted()
{
    ++m_server->m_encrypted;
    if (!m_waitingForTls)
        return;
    m_waitingForTls = false;
    if (m_index < m_server->m_script.size() && m_server->m_script[m_index].startsWith(QLatin1String("T:")))
        ++m_index; // the "T:" that started it
    step();
}

void ScriptedConversation::onSocketError()
{
    if (m_waitingForTls) {
        m_server->m_tlsErrors << m_socket->errorString();
        m_waitingForTls = false;
        m_socket->abort();
    }
}

void ScriptedConversation::step()
{
    const QStringList& script = m_server->m_script;
    while (!m_done && m_socket->state() == QAbstractSocket::ConnectedState && m_index < script.size()) {
        const QString line = script[m_index];
        const QString kind = line.left(2);
        const QString arg = line.mid(3);
        if (kind == QLatin1String("S:")) {
            m_socket->write(arg.toUtf8() + "\r\n");
        } else if (kind == QLatin1String("R:")) {
            m_socket->write(ScriptedServer::unescape(arg));
        } else if (kind == QLatin1String("C:") || kind == QLatin1String("M:")) {
            m_waitingForClient = true;
            onReadyRead();
            return;
        } else if (kind == QLatin1String("W:")) {
            ++m_index;
            QTimer::singleShot(arg.toInt(), this, &ScriptedConversation::step);
            return;
        } else if (kind == QLatin1String("X:")) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        } else if (kind == QLatin1String("A:")) {
            m_socket->abort();
        } else if (kind == QLatin1String("Z:")) {
            return;
        } else if (kind == QLatin1String("T:")) {
            m_socket->flush(); // what was written so far goes out in clear, before the handshake
            startTls();
            return;
        } else if (kind == QLatin1String("D:")) {
            m_dripBytes = ScriptedServer::unescape(arg.section(QLatin1Char(' '), 1));
            m_drip.setInterval(arg.section(QLatin1Char(' '), 0, 0).toInt());
            ++m_index;
            dripNext();
            return;
        } else if (kind == QLatin1String("F:")) {
            ++m_index;
            if (startFlood(arg))
                return;
            continue;
        } else if (kind == QLatin1String("N:")) {
            QRandomGenerator random(4711);
            QByteArray noise(arg.toInt(), Qt::Uninitialized);
            for (char& c : noise)
                c = char(random.bounded(256));
            m_socket->write(noise);
        } else if (kind == QLatin1String("J:")) {
            writeJunk(ScriptedServer::unescape(arg));
        } else {
            m_server->m_errors << QStringLiteral("unknown script line \"%1\"").arg(line);
        }
        ++m_index;
    }
    if (m_index >= script.size())
        finishScript();
}

void ScriptedConversation::finishScript()
{
    if (m_server->m_finishedScript)
        return;
    m_server->m_finishedScript = true;
    emit m_server->scriptFinished();
}

void ScriptedConversation::dripNext()
{
    if (m_done || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_dripBytes.isEmpty()) {
        step();
        return;
    }
    m_socket->write(m_dripBytes.left(1));
    m_socket->flush();
    m_dripBytes.remove(0, 1);
    m_drip.start();
}

bool ScriptedConversation::startFlood(const QString& arg)
{
    const QByteArray pattern = ScriptedServer::unescape(arg.section(QLatin1Char(' '), 1));
    const qint64 times = arg.section(QLatin1Char(' '), 0, 0).toLongLong();
    if (pattern.isEmpty())
        return false;
    m_floodChunk.clear();
    while (m_floodChunk.size() < FloodChunk)
        m_floodChunk += pattern;
    m_floodPatternSize = pattern.size();
    m_floodLeft = times <= 0 ? -1 : times * pattern.size();
    m_flooding = true;
    pumpFlood();
    return true;
}

void ScriptedConversation::pumpFlood()
{
    if (!m_flooding)
        return;
    while (m_flooding && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < FloodHighWater) {
        qint64 n = m_floodChunk.size();
        if (m_floodLeft >= 0)
            n = qMin(n, m_floodLeft);
        m_socket->write(m_floodChunk.constData(), n);
        if (m_floodLeft >= 0) {
            m_floodLeft -= n;
            if (m_floodLeft == 0) {
                m_flooding = false;
                QTimer::singleShot(0, this, &ScriptedConversation::step);
            }
        }
    }
}

void ScriptedConversation::writeJunk(const QByteArray& bytes)
{
    // Straight onto the TCP connection: the client's TLS layer sees a record it cannot decrypt.
    m_socket->flush();
    const auto fd = m_socket->socketDescriptor();
    if (fd < 0 || ::send(int(fd), bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) != bytes.size())
        m_server->m_errors << QStringLiteral("could not write junk onto the connection");
}

void ScriptedConversation::onReadyRead()
{
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
        m_server->m_received << got;
        const QString pattern = m_server->m_script[m_index].mid(3);
        const QRegularExpression re(
            QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                pattern, QRegularExpression::UnanchoredWildcardConversion)));
        if (!re.match(got).hasMatch()) {
            if (m_server->m_script[m_index].startsWith(QLatin1String("M:")))
                continue; // a line of the message: keep reading until the pattern
            m_server->m_errors << QStringLiteral("expected \"%1\", got \"%2\"").arg(pattern, got);
        }
        m_waitingForClient = false;
        ++m_index;
        step();
    }
}
