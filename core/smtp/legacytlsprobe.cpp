#include "core/smtp/legacytlsprobe.h"

#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

namespace SmtpDoctor {

namespace {

SessionConfig probeConfig(SessionConfig config)
{
    config.legacyTlsProbe = true;
    config.allowInsecureAuth = false;
    config.certificatePin = nullptr;
    config.silenceProbeMs = 0;
    return config;
}

} // namespace

LegacyTlsProbe::LegacyTlsProbe(const SessionConfig& config, Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_session(new SmtpSession(probeConfig(config), transcript, this))
{
}

bool LegacyTlsProbe::looksLikeVersionMismatch(const QString& errorText)
{
    const QString e = errorText.toLower();
    return e.contains(QLatin1String("unsupported protocol")) || e.contains(QLatin1String("protocol version"))
        || e.contains(QLatin1String("no protocols available")) || e.contains(QLatin1String("version too low"))
        || e.contains(QLatin1String("wrong ssl version"));
}

void LegacyTlsProbe::start()
{
    connect(m_session, &SmtpSession::finished, this, &LegacyTlsProbe::onOpened, Qt::SingleShotConnection);
    m_session->open();
}

void LegacyTlsProbe::onOpened(bool ok)
{
    if (!ok || m_session->tls().encrypted) {
        report(); // implicit TLS: the probe session stops itself right after the handshake
        return;
    }
    connect(m_session, &SmtpSession::finished, this, &LegacyTlsProbe::onStartTlsFinished,
        Qt::SingleShotConnection);
    m_session->startTls();
}

void LegacyTlsProbe::onStartTlsFinished(bool)
{
    report();
}

void LegacyTlsProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    m_session->abort();
    const TlsInfo& tls = m_session->tls();
    emit finished(tls.encrypted && tls.protocolOutdated ? tls.protocol : QString());
}

} // namespace SmtpDoctor
