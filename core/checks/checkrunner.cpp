#include "core/checks/checkrunner.h"

#include "core/checks/authstep.h"
#include "core/checks/interferencestep.h"
#include "core/checks/networkstep.h"
#include "core/checks/portsweep.h"
#include "core/checks/sendstep.h"
#include "core/checks/serverstep.h"
#include "core/checks/tlsstep.h"
#include "core/logging.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

#include <QTimer>

namespace SmtpDoctor {

CheckRunner::CheckRunner(const AccountSettings& settings, const QString& password, QObject* parent)
    : QObject(parent)
    , m_transcript(new Transcript(this))
{
    m_ctx.settings = settings;
    m_ctx.password = password;
    m_ctx.transcript = m_transcript;
    m_transcript->addSecret(password);
    m_steps = checklistSteps(!settings.sendTo.isEmpty());
}

CheckRunner::~CheckRunner()
{
    if (m_ctx.session)
        m_ctx.session->abort();
    m_ctx.password.fill(QLatin1Char(' '));
}

void CheckRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_report = Report();
    m_report.startedAt = QDateTime::currentDateTime();
    m_report.settings = m_ctx.settings;
    m_transcript->addInfo(QStringLiteral("SMTP Doctor %1 checking %2").arg(QStringLiteral(SMTPDOCTOR_VERSION), m_ctx.settings.host));
    QTimer::singleShot(0, this, [this] { startStep(0); });
}

CheckStep* CheckRunner::createStep(StepId id)
{
    switch (id) {
    case StepId::Network: return new NetworkStep(m_ctx, this);
    case StepId::Server: return new ServerStep(m_ctx, this);
    case StepId::Tls: return new TlsStep(m_ctx, this);
    case StepId::Auth: return new AuthStep(m_ctx, this);
    case StepId::Interference: return new InterferenceStep(m_ctx, this);
    case StepId::Send: return new SendStep(m_ctx, this);
    }
    return nullptr;
}

void CheckRunner::startStep(int index)
{
    if (!m_running)
        return;
    m_index = index;
    if (index >= m_steps.size()) {
        wrapUp();
        return;
    }
    const StepId id = m_steps[index];
    emit stepStarted(id);
    // Nothing can run without a resolved name: later steps are skipped with that reason.
    if (id != StepId::Network && m_ctx.statusOf(StepId::Network) == StepStatus::Fail) {
        StepResult skipped;
        skipped.id = id;
        skipped.status = StepStatus::Skip;
        skipped.summary = { "CheckStep", QT_TRANSLATE_NOOP("CheckStep", "Not checked, because \"%1\" did not work."), { stepTitle(StepId::Network).toString() } };
        const QString findingId = id == StepId::Auth ? QStringLiteral("auth.not-run") : stepIdName(id) + QStringLiteral(".skipped");
        skipped.findings = { Finding::make(findingId, { stepTitle(StepId::Network).toString() }) };
        m_ctx.results.insert(id, skipped);
        QTimer::singleShot(0, this, [this, skipped] { onStepFinished(skipped); });
        return;
    }
    m_current = createStep(id);
    connect(m_current, &CheckStep::activity, this, &CheckRunner::activity);
    connect(m_current, &CheckStep::finished, this, &CheckRunner::onStepFinished);
    m_current->start();
}

void CheckRunner::onStepFinished(const StepResult& result)
{
    if (!m_running)
        return;
    qCDebug(lcChecks) << stepIdName(result.id) << stepStatusName(result.status) << result.durationMs << "ms";
    m_report.steps.append(result);
    emit stepFinished(result);
    if (m_current)
        m_current->deleteLater();
    QTimer::singleShot(0, this, [this] { startStep(m_index + 1); });
}

std::optional<Endpoint> CheckRunner::recommendation() const
{
    if (!m_ctx.session)
        return std::nullopt;
    const StepStatus tls = m_ctx.statusOf(StepId::Tls);
    const TlsInfo& info = m_ctx.session->tls();
    if (info.encrypted && info.verified && (tls != StepStatus::Fail || m_ctx.mismatchedEndpoint))
        return m_ctx.endpoint;
    // Unencrypted only because the user chose it, and what was asked (sign-in, a message) worked:
    // those are the settings that worked, and the TLS step's warning says what is wrong with them.
    if (m_ctx.endpoint.security == Security::None && tls != StepStatus::Fail && m_ctx.statusOf(StepId::Auth) != StepStatus::Fail
        && m_ctx.statusOf(StepId::Send) != StepStatus::Fail && m_ctx.statusOf(StepId::Server) == StepStatus::Pass)
        return m_ctx.endpoint;
    return std::nullopt;
}

void CheckRunner::wrapUp()
{
    m_report.recommendation = recommendation();
    m_report.probes = m_ctx.probes;
    SmtpSession* session = m_ctx.session;
    if (session && session->state() != SessionState::Closed) {
        connect(session, &SmtpSession::finished, this, &CheckRunner::emitFinished, Qt::SingleShotConnection);
        session->quit();
        return;
    }
    emitFinished();
}

void CheckRunner::emitFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.transcript = m_transcript->entries();
    emit finished();
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
    if (m_ctx.sweep) // probes may still run in the background
        m_ctx.sweep->cancel();
    if (m_ctx.session)
        m_ctx.session->abort();
    // Sessions still in a sweep belong to the step; deleting it closes them.
    if (m_current)
        m_current->deleteLater();
    m_transcript->addInfo(QStringLiteral("Cancelled by the user"));
    m_report.transcript = m_transcript->entries();
    m_running = false;
    emit finished();
}

} // namespace SmtpDoctor
