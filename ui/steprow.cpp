#include "ui/steprow.h"

#include "ui/findingview.h"
#include "ui/uihelpers.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpDoctor {

StepRow::StepRow(StepId id, QWidget* parent)
    : QFrame(parent)
    , m_id(id)
    , m_icon(new QLabel(this))
    , m_title(makeTextLabel(QStringLiteral("stepTitle"), this))
    , m_status(makeTextLabel(QStringLiteral("stepStatus"), this))
    , m_summary(makeTextLabel(QStringLiteral("stepSummary"), this))
    , m_toggle(new QToolButton(this))
    , m_findingsBox(new QWidget(this))
    , m_findingsLayout(new QVBoxLayout(m_findingsBox))
    , m_waitBox(new QWidget(this))
    , m_waitText(makeTextLabel(QStringLiteral("browserWaitText"), m_waitBox))
    , m_copyAddress(new QPushButton(m_waitBox))
    , m_cancelSignIn(new QPushButton(m_waitBox))
{
    setObjectName(QStringLiteral("stepRow_") + stepIdName(id));
    setFrameShape(QFrame::NoFrame);
    m_icon->setObjectName(QStringLiteral("stepIcon"));
    makeBold(m_title);
    m_title->setWordWrap(true);
    m_status->setWordWrap(false);
    m_toggle->setObjectName(QStringLiteral("detailsButton"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsBox->setObjectName(QStringLiteral("findingsBox"));
    m_waitBox->setObjectName(QStringLiteral("browserWaitBox"));
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignInButton"));
    m_copyAddress->setObjectName(QStringLiteral("copySignInAddressButton"));
    for (QPushButton* b : { m_copyAddress, m_cancelSignIn })
        b->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyAddress);
    buttons->addWidget(m_cancelSignIn);
    buttons->addStretch(1);
    auto* wait = new QVBoxLayout(m_waitBox);
    wait->setContentsMargins(0, 0, 0, 0);
    wait->addWidget(m_waitText);
    wait->addLayout(buttons);
    m_waitBox->setVisible(false);
    connect(m_cancelSignIn, &QPushButton::clicked, this, &StepRow::cancelSignInRequested);
    connect(m_copyAddress, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_signInUrl.toString(QUrl::FullyEncoded)); });

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->addWidget(m_icon, 0, 0, Qt::AlignTop);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_status, 0, 2, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_summary, 1, 1, 1, 2);
    grid->addWidget(m_waitBox, 2, 1, 1, 2);
    grid->addWidget(m_toggle, 3, 1, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_findingsBox, 4, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            buildFindings();
        m_findingsBox->setVisible(on);
        render();
    });
    m_findingsBox->setVisible(false);
    render();
}

void StepRow::reset()
{
    m_state = State::Pending;
    m_result.reset();
    m_toggle->setChecked(false);
    rebuildFindings();
    m_findingsBox->setVisible(false);
    render();
}

void StepRow::setRunning()
{
    m_state = State::Running;
    render();
}

void StepRow::setWaitingForBrowser(const QUrl& url)
{
    if (m_state == State::Done)
        return;
    m_state = State::WaitingForBrowser;
    m_signInUrl = url;
    render();
}

void StepRow::setBrowserReturned()
{
    if (m_state != State::WaitingForBrowser)
        return;
    m_state = State::Running;
    render();
}

void StepRow::setStopped()
{
    if (m_state == State::Done)
        return;
    m_state = State::Stopped;
    render();
}

void StepRow::setResult(const StepResult& result)
{
    m_state = State::Done;
    m_result = result;
    rebuildFindings();
    // Problems open by themselves; a passed step keeps its details one click away.
    setExpanded(result.status == StepStatus::Fail || result.status == StepStatus::Warn);
    render();
}

bool StepRow::isExpanded() const
{
    return m_toggle->isChecked();
}

void StepRow::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded && m_result && !m_result->findings.isEmpty());
    if (m_toggle->isChecked())
        buildFindings();
    m_findingsBox->setVisible(m_toggle->isChecked());
}

void StepRow::rebuildFindings()
{
    while (QLayoutItem* item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_findingsBuilt = false;
    if (m_toggle->isChecked())
        buildFindings();
}

void StepRow::buildFindings()
{
    // Only once the row is opened: laying out a finding's wrapped text costs the window milliseconds,
    // and most rows of a run stay closed.
    if (m_findingsBuilt || !m_result)
        return;
    m_findingsBuilt = true;
    for (const Finding& f : m_result->findings)
        m_findingsLayout->addWidget(new FindingView(f, m_findingsBox));
}

QString StepRow::statusText() const
{
    return m_status->text();
}

void StepRow::render()
{
    StatusKind kind = StatusKind::Pending;
    QString status;
    switch (m_state) {
    case State::Pending:
        status = tr("Waiting");
        break;
    case State::Running:
        kind = StatusKind::Running;
        status = tr("Checking…");
        break;
    case State::WaitingForBrowser:
        kind = StatusKind::Running;
        status = tr("Waiting for you");
        break;
    case State::Stopped:
        kind = StatusKind::Skip;
        status = tr("Stopped");
        break;
    case State::Done:
        kind = statusKind(m_result->status);
        status = stepStatusLabel(m_result->status).toString();
        break;
    }
    const int iconSize = qRound(fontMetrics().height() * 1.3);
    m_icon->setPixmap(statusPixmap(kind, iconSize, devicePixelRatioF()));
    m_icon->setFixedSize(iconSize, iconSize);
    m_title->setText(stepTitle(m_id).toString());
    m_status->setText(status);
    const bool waiting = m_state == State::WaitingForBrowser;
    m_summary->setText(waiting ? tr("Waiting for you to sign in in the browser…")
            : m_result         ? m_result->summary.toString()
                               : QString());
    m_summary->setVisible(waiting || (m_result && !m_result->summary.isEmpty()));
    m_waitBox->setVisible(waiting);
    m_waitText->setText(
        tr("Sign in on the page that opened in your browser, and allow access. If no page opened, copy "
           "the address and open it in your browser."));
    m_copyAddress->setText(tr("Copy the &address"));
    m_cancelSignIn->setText(tr("&Cancel sign-in"));
    const bool hasFindings = m_result && !m_result->findings.isEmpty();
    m_toggle->setVisible(hasFindings);
    m_toggle->setText(m_toggle->isChecked() ? tr("Hide details") : tr("Show details"));
    m_toggle->setArrowType(m_toggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleName(m_toggle->text() + QStringLiteral(": ") + m_title->text());
    setAccessibleName(m_title->text() + QStringLiteral(": ") + status);
}

void StepRow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace SmtpDoctor
