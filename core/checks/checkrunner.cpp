#include "core/checks/checkrunner.h"

#include "core/checks/authstep.h"
#include "core/checks/domainstep.h"
#include "core/checks/interferencestep.h"
#include "core/checks/networkstep.h"
#include "core/checks/oauthauthstep.h"
#include "core/checks/portsweep.h"
#include "core/checks/sendstep.h"
#include "core/checks/serverstep.h"
#include "core/checks/tlsstep.h"
#include "core/domain/domainchecker.h"
#include "core/domain/domainname.h"
#include "core/logging.h"
#include "core/oauth/oauthsignin.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

#include <QCoreApplication>
#include <QTimer>

namespace SmtpDoctor {

CheckRunner::CheckRunner(const RunInput& input, QObject* parent)
    : QObject(parent)
    , m_input(input)
    , m_transcript(new Transcript(this))
{
    m_transcript->addSecret(input.password);
    m_transcript->addSecret(input.refreshToken);
    m_senderDomain = DomainStep::domainFor(input.settings);
    m_steps = checklistSteps(!input.settings.sendTo.isEmpty(), !m_senderDomain.isEmpty());
    if (input.settings.signIn == SignInMethod::OAuth) {
        m_signIn = new OAuthSignIn(this);
        m_signIn->setTranscript(m_transcript);
        connect(m_signIn, &OAuthSignIn::browserRequested, this, [this](const QUrl& url) {
            m_waitingForBrowser = true;
            emit browserSignInRequested(url);
        });
        connect(m_signIn, &OAuthSignIn::stageChanged, this, [this](OAuthSignIn::Stage stage) {
            if (m_waitingForBrowser && stage != OAuthSignIn::Stage::WaitingForBrowser) {
                m_waitingForBrowser = false;
                emit browserSignInEnded();
            }
        });
    }
}

CheckRunner::~CheckRunner()
{
    if (m_session)
        m_session->abort();
    for (QString* secret : { &m_input.password, &m_input.refreshToken, &m_outcomes.auth.refreshToken })
        secret->fill(QLatin1Char(' '));
}

void CheckRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_record = RunRecord();
    m_record.startedAt = QDateTime::currentDateTime();
    m_record.settings = m_input.settings;
    m_transcript->addInfo(QStringLiteral("SMTP Doctor %1 checking %2")
                              .arg(QStringLiteral(SMTPDOCTOR_VERSION), m_input.settings.host));
    if (m_signIn) {
        m_transcript->addInfo(
            QStringLiteral("Sign-in: OAuth 2.0 with %1 (%2)%3")
                .arg(m_input.oauthProfile.label(),
                    m_input.oauthProfile.isConfigured() ? QStringLiteral("client id set")
                                                        : QStringLiteral("no client id"),
                    m_input.refreshToken.isEmpty() ? QString() : QStringLiteral(", with a saved sign-in")));
    }
    // The work itself begins once the caller's event is done, and after a paint already due: a wizard
    // shows its checking page first (a window's update request is posted at low priority too, and
    // posted events of one priority keep their order).
    QCoreApplication::postEvent(this, new BeginEvent(++m_runNumber), Qt::LowEventPriority);
}

void CheckRunner::customEvent(QEvent* event)
{
    if (event->type() != BeginEvent::Kind)
        return;
    if (!m_running || static_cast<BeginEvent*>(event)->run != m_runNumber)
        return; // cancelled before it began
    if (!m_senderDomain.isEmpty()) {
        delete m_domainCheck;
        m_domainCheck = new DomainChecker(this);
        m_domainCheck->start(DomainStep::requestFor(m_input.settings));
        m_transcript->addInfo(
            QStringLiteral("Reading the DNS records of the sender domain %1 meanwhile").arg(m_senderDomain));
    }
    startStep(0);
}

CheckStep* CheckRunner::createStep(StepId id)
{
    const StepContext context { m_input, m_outcomes, m_transcript, m_sweep, m_session, m_signIn,
        m_domainCheck };
    switch (id) {
    case StepId::Network:
        return new NetworkStep(context, this);
    case StepId::Server:
        return new ServerStep(context, this);
    case StepId::Tls:
        return new TlsStep(context, this);
    case StepId::Auth:
        if (m_input.settings.signIn == SignInMethod::OAuth)
            return new OAuthAuthStep(context, this);
        return new AuthStep(context, this);
    case StepId::Interference:
        return new InterferenceStep(context, this);
    case StepId::Send:
        return new SendStep(context, this);
    case StepId::Domain:
        return new DomainStep(context, this);
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
    if (id != StepId::Network && m_outcomes.statusOf(StepId::Network) == StepStatus::Fail) {
        if (id == StepId::Domain && m_domainCheck)
            m_domainCheck->cancel();
        StepResult skipped = notRunResult(id, StepId::Network);
        // A test name's domain step was only ever going to run if a test DNS served it: unknown now.
        skipped.leftOut = id == StepId::Domain && DomainName::isReservedForTests(m_senderDomain);
        QTimer::singleShot(0, this, [this, skipped] { onStepFinished(skipped); });
        return;
    }
    if (id == StepId::Server) {
        // Background probes outlive the server step: the interference step reads them.
        const ConnectionTarget target { m_input.settings, m_outcomes.network.connectAddress,
            m_certificatePin };
        m_sweep = new PortSweep(target, m_outcomes.network.hostSilentMs, m_transcript, this);
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
    m_outcomes.statuses.insert(result.id, result.status);
    if (m_current && m_current->id() == result.id) {
        m_current->recordOutcome(m_outcomes);
        m_current->deleteLater();
    }
    if (result.id == StepId::Server)
        adoptConnection();
    if (result.leftOut)
        m_steps.removeAll(result.id);
    else
        m_record.steps.append(result);
    emit stepFinished(result);
    const int next = result.leftOut ? m_index : m_index + 1; // the list just lost this step
    QTimer::singleShot(0, this, [this, next] { startStep(next); });
}

void CheckRunner::adoptConnection()
{
    if (!m_sweep)
        return;
    if (const std::optional<Endpoint>& chosen = m_outcomes.server.endpoint) {
        m_session = m_sweep->take(*chosen);
        if (m_session)
            m_session->setParent(this);
    }
    m_sweep->closeRest();
}

std::optional<Endpoint> CheckRunner::recommendation() const
{
    const std::optional<Endpoint>& endpoint = m_outcomes.server.endpoint;
    if (!m_session || !endpoint)
        return std::nullopt;
    const StepStatus tls = m_outcomes.statusOf(StepId::Tls);
    const TlsInfo& info = m_session->tls();
    if (info.encrypted && info.verified && (tls != StepStatus::Fail || m_outcomes.server.mismatchedEndpoint))
        return endpoint;
    // Unencrypted only because the user chose it, and what was asked (sign-in, a message) worked:
    // those are the settings that worked, and the TLS step's warning says what is wrong with them.
    if (endpoint->security == Security::None && tls != StepStatus::Fail
        && m_outcomes.statusOf(StepId::Auth) != StepStatus::Fail
        && m_outcomes.statusOf(StepId::Send) != StepStatus::Fail
        && m_outcomes.statusOf(StepId::Server) == StepStatus::Pass)
        return endpoint;
    return std::nullopt;
}

void CheckRunner::wrapUp()
{
    m_record.recommendation = recommendation();
    m_record.signedIn = m_outcomes.auth.signedIn;
    m_record.acceptedUser = m_outcomes.auth.acceptedUser;
    if (m_session && m_record.recommendation)
        m_record.authMechanisms = m_session->capabilities().authMechanisms();
    if (m_sweep)
        m_record.probes = m_sweep->results();
    if (m_session && m_session->state() != SessionState::Closed) {
        connect(
            m_session, &SmtpSession::finished, this, &CheckRunner::emitFinished, Qt::SingleShotConnection);
        m_session->quit();
        return;
    }
    emitFinished();
}

void CheckRunner::emitFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_record.transcript = m_transcript->entries();
    emit finished();
}

bool CheckRunner::isSigningIn() const
{
    return m_signIn && m_signIn->isRunning();
}

bool CheckRunner::cancelSignIn()
{
    if (!isSigningIn())
        return false;
    m_signIn->cancel(); // the credentials step hears of it through the sign-in's finished()
    return true;
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_current) {
        m_current->cancel();
        m_current->deleteLater();
    }
    if (m_signIn)
        m_signIn->cancel();
    if (m_domainCheck)
        m_domainCheck->cancel();
    if (m_sweep) // probes may still run in the background
        m_sweep->cancel();
    if (m_session)
        m_session->abort();
    m_transcript->addInfo(QStringLiteral("Cancelled by the user"));
    m_record.transcript = m_transcript->entries();
    m_running = false;
    emit finished();
}

} // namespace SmtpDoctor
