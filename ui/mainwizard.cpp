#include "ui/mainwizard.h"

#include "core/i18n/language.h"
#include "core/network/tlswarmup.h"
#include "ui/accountassistant.h"
#include "ui/accountmodel.h"
#include "ui/accountpage.h"
#include "ui/checkcontroller.h"
#include "ui/checkingpage.h"
#include "ui/explainpage.h"
#include "ui/framecachestyle.h"
#include "ui/pagewarmup.h"
#include "ui/resultpage.h"
#include "ui/textscaler.h"
#include "ui/welcomepage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

namespace SmtpDoctor {

MainWizard::MainWizard(const StartOptions& options, QWidget* parent)
    // The style first, before any widget exists: a style installed later re-polishes every widget.
    : QWizard((FrameCacheStyle::installForApplication(), parent))
    , m_model(new AccountModel(this))
    , m_controller(new CheckController(this))
    , m_scaler(new TextScaler(this))
    , m_welcome(new WelcomePage)
    , m_account(new AccountPage(m_model))
    , m_checking(new CheckingPage(m_model, m_controller))
    , m_result(new ResultPage(m_model, m_controller))
    , m_explain(new ExplainPage)
    , m_layOutAgain(new QTimer(this))
{
    warmUpTlsInBackground(); // long before the user presses "Check"
    setObjectName(QStringLiteral("mainWizard"));
    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/smtpdoctor/icons/smtpdoctor-%1.png").arg(size), QSize(size, size));
    setWindowIcon(icon);
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOptions(
        QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage | QWizard::HaveCustomButton1);
    auto* larger = new QPushButton(this);
    larger->setObjectName(QStringLiteral("largerTextButton"));
    larger->setCheckable(true);
    larger->setAutoDefault(false);
    setButton(QWizard::CustomButton1, larger);
    setButtonLayout({ QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
        QWizard::FinishButton, QWizard::CancelButton });
    for (QWizard::WizardButton b :
        { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton })
        button(b)->setObjectName(QStringLiteral("wizardButton_%1").arg(int(b)));

    setPage(WelcomePageId, m_welcome);
    setPage(AccountPageId, m_account);
    setPage(CheckingPageId, m_checking);
    setPage(ResultPageId, m_result);
    setPage(ExplainPageId, m_explain);
    setStartId(WelcomePageId);

    connect(larger, &QPushButton::toggled, this,
        [this](bool on) { m_scaler->setPercent(on ? TextScaler::LargerPercent : 100); });
    connect(m_scaler, &TextScaler::percentChanged, this, [this, larger](int percent) {
        larger->setChecked(percent > 100);
        fitToText();
    });
    connect(m_welcome, &WelcomePage::languageChosen, this, &MainWizard::switchLanguage);
    connect(m_result, &ResultPage::runRequested, this, &MainWizard::runAgain);
    // The page after the one on screen is laid out while the user reads: turning to it then only paints.
    connect(this, &QWizard::currentIdChanged, this, [this] { m_layOutNextPending = true; });
    // Typing bursts and a preset's many fields settle first; then one pass lays the page out again.
    m_layOutAgain->setSingleShot(true);
    m_layOutAgain->setInterval(30);
    connect(m_layOutAgain, &QTimer::timeout, this, &MainWizard::layOutNextPage);
    connect(m_result, &ResultPage::prepared, this, [this] {
        if (currentId() == CheckingPageId)
            QTimer::singleShot(0, this, &MainWizard::layOutNextPage);
    });
    connect(m_controller, &CheckController::finished, this, [this](bool cancelled) {
        if (!cancelled && m_controller->signInPassed())
            emit signInSucceeded(m_controller->lastSettings());
    });
    setUpShortcuts();
    retranslateUi();
    fitToText();
    m_assistant = new AccountAssistant(this, options); // last: it may apply a preset to the finished pages
}

MainWizard::~MainWizard() = default;

void MainWizard::setUpShortcuts()
{
    // Application-wide, so they also work in the conversation window.
    const auto add = [this](const QKeySequence& keys, void (TextScaler::*slot)()) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::ApplicationShortcut);
        connect(shortcut, &QShortcut::activated, m_scaler, slot);
    };
    add(QKeySequence::ZoomIn, &TextScaler::larger);
    add(QKeySequence(Qt::CTRL | Qt::Key_Equal), &TextScaler::larger); // Ctrl and "+" without Shift
    add(QKeySequence::ZoomOut, &TextScaler::smaller);
    add(QKeySequence(Qt::CTRL | Qt::Key_0), &TextScaler::reset);
}

void MainWizard::fitToText()
{
    // Room for about 90 characters per line at any text size, within the screen.
    const QFontMetrics metrics(font());
    QSize wanted(metrics.height() * 58, metrics.height() * 46);
    if (const QScreen* s = screen())
        wanted = wanted.boundedTo(s->availableGeometry().size() * 0.95);
    if (width() < wanted.width() || height() < wanted.height())
        resize(wanted.expandedTo(size()));
}

void MainWizard::setSaveLocationChooser(SaveLocationChooser chooser)
{
    m_result->setSaveLocationChooser(std::move(chooser));
}

void MainWizard::runAgain(const QString& sendTo)
{
    if (currentId() != ResultPageId)
        return;
    RunInput input = m_model->toRunInput();
    input.settings.sendTo = sendTo;
    back(); // to the checking page, which shows the new run as it happens
    m_controller->start(input, m_model->helpdesk());
}

void MainWizard::switchLanguage(const QString& code)
{
    if (code == Language::current())
        return;
    // Every widget gets QEvent::LanguageChange and re-renders its texts, results included.
    Language::install(code);
}

bool MainWizard::event(QEvent* event)
{
    const bool handled = QWizard::event(event);
    // An update request paints the window: the new page is on screen, the next turn of the event loop
    // is idle time.
    if (event->type() == QEvent::UpdateRequest && m_layOutNextPending) {
        m_layOutNextPending = false;
        QTimer::singleShot(0, this, &MainWizard::layOutNextPage);
    }
    return handled;
}

void MainWizard::layOutNextPage()
{
    const QWizardPage* shown = currentPage();
    QWizardPage* next = page(nextId());
    if (m_laidOutAhead && m_laidOutAhead != next)
        watchForChanges(m_laidOutAhead, false);
    m_laidOutAhead = nullptr;
    if (shown && next && next != shown && !next->isVisible()) {
        layOutAhead(next, shown->geometry());
        m_laidOutAhead = next;
        watchForChanges(next, true);
        QTimer::singleShot(0, next, [next] {
            warmGlyphs(next);
            warmControls(next);
            warmCursors(next);
        });
    }
}

void MainWizard::watchForChanges(QWidget* page, bool watch)
{
    // The page and every widget in it: a nested box's layout request or a row shown stays with that
    // widget and never reaches the page while it is hidden.
    const QList<QWidget*> widgets = page->findChildren<QWidget*>();
    for (QWidget* w : widgets + QList<QWidget*> { page }) {
        if (watch) {
            // The pass just made answered every layout request already posted: what arrives later is a
            // real change.
            QCoreApplication::removePostedEvents(w, QEvent::LayoutRequest);
            w->installEventFilter(this);
        } else {
            w->removeEventFilter(this);
        }
    }
}

bool MainWizard::eventFilter(QObject* watched, QEvent* event)
{
    // The page after the one on screen changed while hidden (fields filled from a preset or by the
    // assistant, a row shown): a hidden page only records that its layout is out of date, and showing it
    // would then lay it out inside the page change.
    const QEvent::Type type = event->type();
    if ((type == QEvent::LayoutRequest || type == QEvent::ShowToParent || type == QEvent::HideToParent)
        && m_laidOutAhead && !m_laidOutAhead->isVisible())
        m_layOutAgain->start();
    return QWizard::eventFilter(watched, event);
}

void MainWizard::reject()
{
    if (m_controller->isRunning()) {
        m_controller->cancel();
        return;
    }
    QWizard::reject();
}

void MainWizard::retranslateUi()
{
    // QWizard (Qt 6.4) picks its Back/Next/Finish/Cancel texts, from Qt's own translations, only when
    // its style changes; it ignores QEvent::LanguageChange. A round trip through another style makes it
    // read them again, so its buttons switch language together with everything else.
    const WizardStyle style = wizardStyle();
    setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
    setWizardStyle(style);
    setWindowTitle(tr("SMTP Doctor"));
    setButtonText(QWizard::CustomButton1, tr("Larger te&xt")); // QWizard keeps it across its own text updates
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Makes all text larger, for example to share your screen (Ctrl++, Ctrl+-, Ctrl+0)."));
}

void MainWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace SmtpDoctor
