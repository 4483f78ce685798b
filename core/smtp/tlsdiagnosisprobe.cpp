#include "core/smtp/tlsdiagnosisprobe.h"

#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

namespace SmtpDoctor {

namespace {

SessionConfig probeConfig(TlsDiagnosisProbe::Question question, SessionConfig config)
{
    config.diagnosis = question;
    config.extraCaCertificates.clear(); // nothing is verified here, and nothing waits for the system store
    config.allowInsecureAuth = false;
    config.certificatePin = nullptr;
    config.silenceProbeMs = 0;
    return config;
}

} // namespace

TlsDiagnosisProbe::TlsDiagnosisProbe(
    Question question, const SessionConfig& config, Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_question(question)
    , m_session(new SmtpSession(probeConfig(question, config), transcript, this))
{
}

bool TlsDiagnosisProbe::looksLikeVersionMismatch(const QString& errorText)
{
    const QString e = errorText.toLower();
    return e.contains(QLatin1String("unsupported protocol")) || e.contains(QLatin1String("protocol version"))
        || e.contains(QLatin1String("no protocols available")) || e.contains(QLatin1String("version too low"))
        || e.contains(QLatin1String("wrong ssl version"));
}

void TlsDiagnosisProbe::start()
{
    connect(m_session, &SmtpSession::finished, this, &TlsDiagnosisProbe::onOpened, Qt::SingleShotConnection);
    m_session->open();
}

void TlsDiagnosisProbe::onOpened(bool ok)
{
    // Implicit TLS: the handshake is over either way (the probe session stops itself right after it).
    if (!ok || m_session->tls().encrypted) {
        report();
        return;
    }
    connect(m_session, &SmtpSession::finished, this, &TlsDiagnosisProbe::onStartTlsFinished,
        Qt::SingleShotConnection);
    m_session->startTls();
}

void TlsDiagnosisProbe::onStartTlsFinished(bool)
{
    report();
}

void TlsDiagnosisProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    m_session->abort();
    Answer answer;
    const TlsInfo& tls = m_session->tls();
    if (m_question == Question::OldTlsVersion)
        answer.oldProtocol = tls.encrypted && tls.protocolOutdated ? tls.protocol : QString();
    else
        answer.clientCertificateRequired = m_session->failure().clientCertificateRequired;
    emit finished(answer);
}

} // namespace SmtpDoctor
