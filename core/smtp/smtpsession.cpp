#include "core/smtp/smtpsession.h"

#include "core/i18n/textcut.h"
#include "core/logging.h"
#include "core/smtp/protocolsniffer.h"
#include "core/smtp/quickack.h"
#include "core/smtp/transcript.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace SmtpDoctor {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
constexpr int QuitWaitMs = 2000;
constexpr int MaxDetailLength = 500;

} // namespace

SmtpSession::SmtpSession(const SessionConfig& config, Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_transcript(transcript)
    , m_socket(new QSslSocket(this))
{
    if (m_config.peerName.isEmpty())
        m_config.peerName = m_config.host;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SmtpSession::onDeadline);
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, &SmtpSession::onSilence);

    m_pin = m_config.certificatePin ? m_config.certificatePin : std::make_shared<CertificatePin>();

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(m_config.extraCaCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_config.diagnosis == SessionConfig::Diagnosis::OldTlsVersion) {
        // Diagnosis only (see tlsdiagnosisprobe.h): accept the old versions to learn which one the server
        // speaks.
        ssl.setProtocol(QSsl::AnyProtocol);
        ssl.setBackendConfigurationOption("CipherString", QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    } else if (m_config.diagnosis == SessionConfig::Diagnosis::ClientCertificate) {
        // Diagnosis only: TLS 1.2, where the server asks for a client certificate before this side
        // finishes, and no authority trusted, so that the server's certificate interrupts the handshake
        // for a moment, which tells that it arrived (onHandshakeInterrupted()).
        ssl.setProtocol(QSsl::TlsV1_2);
        ssl.setCaCertificates({});
        ssl.setHandshakeMustInterruptOnError(true);
    }
    m_socket->setSslConfiguration(ssl);
    m_socket->setPeerVerifyName(m_config.peerName);
    // A server that echoes the password must not get it into the transcript or a finding, in any encoding.
    m_parser.setLineFilter(
        [this](const QByteArray& bytes) { return m_transcript ? m_transcript->scrub(bytes) : bytes; });

    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::alertReceived, this, &SmtpSession::onAlertReceived);
    connect(m_socket, &QSslSocket::handshakeInterruptedOnError, this, &SmtpSession::onHandshakeInterrupted);
    // TLS 1.3: the session tickets follow the Finished message Qt writes after encrypted(), with the
    // server's greeting held back behind them; asking after each write keeps the ACK immediate.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { requestQuickAcks(*m_socket); });

    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
}

SmtpSession::~SmtpSession()
{
    m_credentials = {};
    if (m_socket)
        m_socket->abort();
}

QString SmtpSession::connectionLabel() const
{
    const bool v6 = m_config.host.contains(QLatin1Char(':'));
    return (v6 ? QLatin1Char('[') + m_config.host + QLatin1Char(']') : m_config.host) + QLatin1Char(':')
        + QString::number(m_config.port);
}

void SmtpSession::setState(SessionState state)
{
    if (m_state == state)
        return;
    qCDebug(lcSmtp) << connectionLabel() << sessionStateName(m_state) << "->" << sessionStateName(state);
    m_state = state;
    emit stateChanged(state);
}

bool SmtpSession::beginOperation(SessionState requiredState)
{
    if (!m_busy && m_pendingFailure.isFailure()) {
        // The server closed or broke the connection while no operation ran: this one reports it.
        m_busy = true;
        const SessionFailure pending = m_pendingFailure;
        m_pendingFailure = {};
        failLater(pending.kind, pending.detail, pending.reply);
        return false;
    }
    if (m_busy || m_state != requiredState) {
        qCWarning(lcSmtp) << "operation refused in state" << sessionStateName(m_state);
        m_busy = true;
        failLater(SessionFailure::Kind::ProtocolError, QStringLiteral("operation not possible in state %1")
                                                            .arg(sessionStateName(m_state)));
        return false;
    }
    m_busy = true;
    m_failure = {};
    return true;
}

void SmtpSession::open()
{
    if (!beginOperation(SessionState::Idle))
        return;
    if (refuseUnsafeInput({ m_config.host, m_config.peerName, m_config.ehloName }, QStringLiteral("the server name or EHLO name")))
        return;
    const QString how = m_config.implicitTls ? QStringLiteral("with TLS from the start") : QStringLiteral("in plain text");
    if (m_transcript) {
        m_transcript->addInfo(QStringLiteral("Connecting to %1 %2").arg(connectionLabel(), how), connectionLabel());
        m_connectStartMs = m_transcript->elapsedMs();
    }
    setState(SessionState::Connecting);
    armDeadline();
    if (m_config.implicitTls) {
        m_tls.implicit = true;
        m_socket->connectToHostEncrypted(m_config.host, m_config.port, m_config.peerName);
    } else {
        m_socket->connectToHost(m_config.host, m_config.port);
    }
}

void SmtpSession::quit()
{
    if (m_busy && m_state != SessionState::Quit) {
        abort();
    }
    m_busy = true;
    m_failure = {};
    if (m_socket->state() != QAbstractSocket::ConnectedState || m_state == SessionState::Closed
        || m_state == SessionState::Idle) {
        m_socket->abort();
        setState(SessionState::Closed);
        QTimer::singleShot(0, this, [this] { succeed(); });
        return;
    }
    setState(SessionState::Quit);
    send("QUIT");
    armDeadline(qMin(m_config.timeoutMs, QuitWaitMs));
}

void SmtpSession::abort()
{
    m_deadline.stop();
    m_silence.stop();
    delete m_diagnosisProbe.data();
    m_busy = false;
    m_credentials = {};
    m_socket->abort();
    setState(SessionState::Closed);
}

bool SmtpSession::send(const QByteArray& line, const QString& shownAs)
{
    // Last line of defence against command injection: one command, one line, no NUL.
    if (line.contains('\r') || line.contains('\n') || line.contains('\0')) {
        fail(SessionFailure::Kind::InvalidInput, QStringLiteral("refused to send a command containing a line break or NUL"));
        return false;
    }
    // Without PIPELINING a server speaks only when asked: a reply still waiting here was never asked for.
    if (m_state != SessionState::Quit && m_parser.hasBufferedData()) {
        fail(SessionFailure::Kind::ProtocolError, QStringLiteral("the server sent a reply that was never asked for"));
        return false;
    }
    if (m_transcript)
        m_transcript->addClient(shownAs.isEmpty() ? QString::fromUtf8(line) : shownAs, connectionLabel());
    m_socket->write(line + "\r\n");
    armDeadline();
    return true;
}

void SmtpSession::armDeadline(int ms)
{
    m_deadline.start(ms < 0 ? m_config.timeoutMs : ms);
}

void SmtpSession::succeed()
{
    m_deadline.stop();
    if (!m_busy)
        return;
    m_busy = false;
    emit finished(true);
}

void SmtpSession::fail(SessionFailure::Kind kind, const QString& detail, const SmtpReply& reply)
{
    m_judgingTrust = false;
    m_deadline.stop();
    m_silence.stop();
    if (!m_busy)
        return;
    m_busy = false;
    m_failure.kind = kind;
    m_failure.state = m_state;
    // Details can carry text from the network (TLS alerts, socket errors): show it safely and briefly.
    m_failure.detail = makeControlCharactersVisible(shortenedText(detail, MaxDetailLength));
    m_failure.reply = reply;
    qCDebug(lcSmtp) << connectionLabel() << "failed:" << failureKindName(kind) << m_failure.detail;
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("Stopped: %1%2").arg(failureKindName(kind),
                                  m_failure.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_failure.detail)),
            connectionLabel());
    // Failures that leave the conversation in an unknown place close the connection; refusals of a
    // command leave it open, so that QUIT can still be said politely.
    const bool keepOpen = kind == SessionFailure::Kind::AuthRejected || kind == SessionFailure::Kind::CommandRejected
        || kind == SessionFailure::Kind::AuthMechanismUnsupported || kind == SessionFailure::Kind::AuthNotOffered
        || kind == SessionFailure::Kind::AuthInsecure || kind == SessionFailure::Kind::StartTlsNotOffered
        || kind == SessionFailure::Kind::MessageTooLarge || kind == SessionFailure::Kind::StartTlsRejected
        || kind == SessionFailure::Kind::NotEncrypted;
    // A connection that must be encrypted and cannot be is closed: nothing more is said in clear.
    const bool tlsImpossible = m_config.requireTls && !m_tls.encrypted
        && (kind == SessionFailure::Kind::StartTlsRejected || kind == SessionFailure::Kind::StartTlsNotOffered);
    if (keepOpen && !tlsImpossible && m_socket->state() == QAbstractSocket::ConnectedState && reply.code != 421) {
        setState(SessionState::Ready);
    } else {
        m_socket->abort();
        setState(SessionState::Closed);
    }
    m_credentials = {};
    emit finished(false);
}

void SmtpSession::failLater(SessionFailure::Kind kind, const QString& detail, const SmtpReply& reply)
{
    QTimer::singleShot(0, this, [this, kind, detail, reply] { fail(kind, detail, reply); });
}

void SmtpSession::onConnected()
{
    if (m_transcript && m_connectStartMs >= 0)
        m_connectMs = m_transcript->elapsedMs() - m_connectStartMs;
    if (m_transcript)
        m_transcript->addInfo(QStringLiteral("Connected to %1").arg(m_socket->peerAddress().toString()),
            connectionLabel());
    requestQuickAcks(*m_socket);
    if (m_config.implicitTls) {
        setState(SessionState::TlsHandshake);
        armDeadline();
        return;
    }
    setState(SessionState::Greeting);
    armDeadline();
    if (m_config.silenceProbeMs > 0 && m_config.silenceProbeMs < m_config.timeoutMs)
        m_silence.start(m_config.silenceProbeMs);
}

void SmtpSession::onSilence()
{
    if (m_state != SessionState::Greeting || m_receivedAny || m_silenceProbeSent)
        return;
    // Web and TLS servers wait for the client to speak first. QUIT is the most harmless line for an SMTP
    // server that is merely slow; the deadline is not restarted.
    m_silenceProbeSent = true;
    if (m_transcript) {
        m_transcript->addInfo(QStringLiteral("Nothing received for %1 ms; sending a probe line to see what answers")
                                  .arg(m_config.silenceProbeMs), connectionLabel());
        m_transcript->addClient(QStringLiteral("QUIT"), connectionLabel());
    }
    m_socket->write("QUIT\r\n");
}

void SmtpSession::onReadyRead()
{
    m_silence.stop();
    if (m_judgingTrust)
        return; // read once the certificate is judged (continueEncrypted)
    if (m_state == SessionState::StartTlsHandshake || m_state == SessionState::Closed)
        return; // nothing in clear is read once STARTTLS was accepted
    while (m_socket->bytesAvailable() > 0 && m_parser.error() == ReplyParser::Error::None) {
        const QByteArray chunk = m_socket->read(ReadChunk);
        const bool firstBytes = !m_receivedAny;
        m_receivedAny = true;
        if (firstBytes && m_state == SessionState::Greeting) {
            const QString other = sniffOtherProtocol(chunk);
            if (!other.isEmpty() && other != QLatin1String("FTP")) {
                m_failure.otherProtocol = other;
                if (m_transcript)
                    m_transcript->addServer(makeControlCharactersVisible(QString::fromUtf8(
                                                utf8Prefix(m_transcript->scrub(chunk.left(4096)), 200))
                                                                             .trimmed()),
                        connectionLabel());
                fail(SessionFailure::Kind::NotSmtp, other);
                return;
            }
        }
        m_parser.feed(chunk);
        if (m_transcript)
            for (const QString& line : m_parser.takeLines())
                m_transcript->addServer(line, connectionLabel());
    }
    if (m_parser.error() != ReplyParser::Error::None) {
        handleParserError();
        return;
    }
    while (m_busy && m_parser.hasReply() && m_state != SessionState::StartTlsHandshake) {
        SmtpReply reply = m_parser.takeReply();
        // A server that echoes the password back must not put it into the report through a finding.
        if (m_transcript)
            for (QString& line : reply.lines)
                line = m_transcript->scrub(line);
        handleReply(reply);
    }
    if (!m_busy && m_parser.hasReply())
        handleUnsolicited();
}

void SmtpSession::handleParserError()
{
    const QByteArray line = m_parser.offendingLine();
    if (m_state == SessionState::Greeting && !m_greeting.isValid()) {
        const QString other = sniffOtherProtocol(line);
        if (!other.isEmpty()) {
            m_failure.otherProtocol = other;
            fail(SessionFailure::Kind::NotSmtp, other);
            return;
        }
    }
    QString what;
    switch (m_parser.error()) {
    case ReplyParser::Error::LineTooLong: what = QStringLiteral("a reply line longer than %1 bytes").arg(ReplyParser::DefaultMaxLineLength); break;
    case ReplyParser::Error::TooManyLines: what = QStringLiteral("a reply of more than %1 lines").arg(ReplyParser::DefaultMaxLines); break;
    case ReplyParser::Error::MixedCodes: what = QStringLiteral("different codes within one reply"); break;
    case ReplyParser::Error::MalformedLine: what = QStringLiteral("a line that is not an SMTP reply"); break;
    case ReplyParser::Error::ReplyTooLarge: what = QStringLiteral("a reply of more than %1 bytes").arg(ReplyParser::DefaultMaxReplyBytes); break;
    case ReplyParser::Error::TooManyReplies: what = QStringLiteral("more replies than were asked for"); break;
    case ReplyParser::Error::None: break;
    }
    fail(SessionFailure::Kind::ProtocolError, what);
}

void SmtpSession::onSocketError()
{
    if (m_diagnosisProbe)
        return; // the handshake already failed; the diagnostic probe has the word now
    const auto error = m_socket->error();
    if (!m_busy && m_state != SessionState::Closed && m_state != SessionState::Idle) {
        // Closed by the server between operations: the next operation reports it.
        if (!m_pendingFailure.isFailure()) {
            m_pendingFailure.kind = SessionFailure::Kind::ClosedByServer;
            m_pendingFailure.state = m_state;
            m_pendingFailure.detail = m_socket->errorString();
        }
        return;
    }
    const QString detail = m_socket->errorString();
    if (m_state == SessionState::Quit) {
        setState(SessionState::Closed);
        succeed();
        return;
    }
    using K = SessionFailure::Kind;
    const bool beforeGreeting = m_state == SessionState::Connecting || m_state == SessionState::Greeting;
    const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
    const bool closed
        = error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::NetworkError;
    if (diagnoseHandshakeRefusal(detail, tlsError, closed))
        return;
    if (tlsError && m_tls.encrypted) {
        // Past the handshake: the encrypted stream itself is broken (garbage records, a bad MAC).
        fail(K::ProtocolError, QStringLiteral("the encrypted connection broke: %1").arg(detail));
        return;
    }
    // A refused version shows as an alert, or (from some servers) as a connection closed mid-handshake.
    if ((tlsError || error == QAbstractSocket::RemoteHostClosedError) && failWithLegacyTlsProbe(detail, tlsError))
        return;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: fail(K::Refused, detail); break;
    case QAbstractSocket::HostNotFoundError: fail(K::HostNotFound, detail); break;
    case QAbstractSocket::SocketTimeoutError: fail(K::Timeout, detail); break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: fail(K::TlsHandshakeFailed, detail); break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_state == SessionState::TlsHandshake || m_state == SessionState::StartTlsHandshake)
            fail(K::TlsHandshakeFailed, detail);
        else
            fail(beforeGreeting ? K::Reset : K::ClosedByServer, detail);
        break;
    case QAbstractSocket::NetworkError:
        // A reset arrives as NetworkError ("Connection reset by peer").
        fail(beforeGreeting || m_state == SessionState::TlsHandshake ? K::Reset : K::ClosedByServer, detail);
        break;
    default: fail(K::NetworkError, detail); break;
    }
}

void SmtpSession::onDeadline()
{
    using K = SessionFailure::Kind;
    if (m_diagnosisProbe) {
        onTlsDiagnosisFinished({}, m_failure.detail, false); // the probe took too long: report without it
        return;
    }
    switch (m_state) {
    case SessionState::Quit:
        m_socket->abort();
        setState(SessionState::Closed);
        succeed();
        return;
    case SessionState::Connecting: fail(K::Timeout, QStringLiteral("no answer to the connection attempt")); return;
    case SessionState::Greeting:
        fail(m_parser.hasBufferedData() ? K::ProtocolError : K::Silent,
            m_parser.hasBufferedData() ? QStringLiteral("the greeting never ended") : QStringLiteral("no greeting"));
        return;
    case SessionState::TlsHandshake:
    case SessionState::StartTlsHandshake:
        fail(K::TlsHandshakeFailed, QStringLiteral("the TLS handshake did not finish in time"));
        return;
    default:
        fail(m_parser.hasBufferedData() ? K::ProtocolError : K::Timeout,
            m_parser.hasBufferedData() ? QStringLiteral("the reply never ended") : QStringLiteral("no reply"));
        return;
    }
}

void SmtpSession::handleReply(const SmtpReply& reply)
{
    m_lastReply = reply;
    switch (m_state) {
    case SessionState::Greeting: handleGreeting(reply); break;
    case SessionState::Ehlo:
    case SessionState::Helo:
    case SessionState::EhloAfterTls: handleEhlo(reply); break;
    case SessionState::StartTls: handleStartTls(reply); break;
    case SessionState::Auth: handleAuth(reply); break;
    case SessionState::MailFrom:
    case SessionState::RcptTo:
    case SessionState::Data:
    case SessionState::MessageBody: handleSend(reply); break;
    case SessionState::Noop: handleNoop(reply); break;
    case SessionState::Quit:
        m_socket->disconnectFromHost();
        setState(SessionState::Closed);
        succeed();
        break;
    default: break;
    }
}

void SmtpSession::handleGreeting(const SmtpReply& reply)
{
    m_greeting = reply;
    if (m_silenceProbeSent) {
        // Our QUIT is already queued on the server's side: this connection cannot go on.
        fail(SessionFailure::Kind::Silent, QStringLiteral("the greeting came only after a probe line"), reply);
        return;
    }
    if (reply.code == 220) {
        setState(SessionState::Ehlo);
        sendEhlo();
    } else if (reply.code == 421 || reply.code == 554 || reply.isTransient() || reply.isPermanent()) {
        if (looksLikeFtp(reply.text(), {})) {
            // An FTP server turning everyone away names itself ("500 OOPS: vsftpd: ..."): not a mail server.
            m_failure.otherProtocol = QStringLiteral("FTP");
            fail(SessionFailure::Kind::NotSmtp, QStringLiteral("FTP"), reply);
            return;
        }
        fail(SessionFailure::Kind::GreetingRejected, {}, reply);
    } else {
        fail(SessionFailure::Kind::ProtocolError, QStringLiteral("unexpected greeting code %1").arg(reply.code), reply);
    }
}

} // namespace SmtpDoctor
