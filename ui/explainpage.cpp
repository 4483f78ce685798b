#include "ui/explainpage.h"

#include "core/knowledge/explainer.h"
#include "ui/findingview.h"
#include "ui/uihelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace SmtpDoctor {

ExplainPage::ExplainPage(QWidget* parent)
    : WizardPageBase(QStringLiteral("explainPage"), parent)
    , m_intro(makeTextLabel(QStringLiteral("explainIntroLabel"), content()))
    , m_input(new QPlainTextEdit(content()))
    , m_explain(new QPushButton(content()))
    , m_clear(new QPushButton(content()))
    , m_summary(makeTextLabel(QStringLiteral("explainSummaryLabel"), content()))
    , m_resultsBox(new QWidget(content()))
    , m_checkDomain(makeTextLabel(QStringLiteral("checkDomainLabel"), content()))
{
    m_input->setObjectName(QStringLiteral("explainInput"));
    m_input->setTabChangesFocus(true); // Tab moves on to the button, as everywhere else
    m_input->installEventFilter(this);
    m_input->setMinimumHeight(m_input->fontMetrics().height() * 6);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setAutoDefault(false);
    m_clear->setObjectName(QStringLiteral("clearExplainButton"));
    m_clear->setAutoDefault(false);
    m_resultsBox->setObjectName(QStringLiteral("explainResults"));
    auto* results = new QVBoxLayout(m_resultsBox);
    results->setContentsMargins(0, 0, 0, 0);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_explain);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(m_intro);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_resultsBox);
    layout->addWidget(m_checkDomain);
    layout->addStretch(1);

    connect(m_explain, &QPushButton::clicked, this, &ExplainPage::explain);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_input->clear();
        if (m_state == State::Working)
            return; // the result is on its way; clearing now would show it under an empty box
        qDeleteAll(m_items);
        m_items.clear();
        m_offer.reset();
        m_state = State::Empty;
        retranslateUi();
        m_input->setFocus(Qt::OtherFocusReason);
    });
    retranslateUi();
}

void ExplainPage::explain()
{
    if (m_state == State::Working)
        return;
    qDeleteAll(m_items);
    m_items.clear();
    m_offer.reset();
    m_state = State::Working;
    retranslateUi();
    // A whole pasted mailbox can take a moment to read: do it on a worker thread so the window stays
    // responsive. Explainer is a pure function of the text; the result comes back as a queued call.
    struct Result
    {
        QList<ExplanationItem> items;
        std::optional<CheckDomainOffer> offer;
    };
    auto result = std::make_shared<Result>();
    QThread* worker = QThread::create([result, text = m_input->toPlainText()] {
        result->items = Explainer::explain(text);
        result->offer = CheckDomainOffer::find(text, result->items);
    });
    const QPointer<ExplainPage> self(this);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [self, result] {
        if (self)
            self->showItems(result->items, result->offer);
    });
    worker->start();
}

void ExplainPage::showItems(const QList<ExplanationItem>& items, const std::optional<CheckDomainOffer>& offer)
{
    m_offer = offer;
    for (const ExplanationItem& item : items) {
        auto* view = new FindingView(item, m_resultsBox);
        m_resultsBox->layout()->addWidget(view);
        m_items << view;
    }
    m_state = State::Explained;
    retranslateUi();
}

bool ExplainPage::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Enter in the text box explains, like sending in a chat.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            explain();
            return true;
        }
    }
    return WizardPageBase::eventFilter(watched, event);
}

void ExplainPage::retranslateUi()
{
    setTitle(tr("Explain an error message"));
    m_intro->setText(
        tr("Copy the error message, the server's reply or the whole returned mail (\"Undelivered Mail\"), "
           "paste it below and press Explain. Nothing is sent anywhere: the text stays on this computer."));
    m_input->setPlaceholderText(tr("For example: 535 5.7.8 Username and Password not accepted"));
    m_input->setAccessibleName(tr("Error message to explain"));
    m_explain->setText(tr("&Explain"));
    m_explain->setToolTip(tr("Ctrl+Enter"));
    m_clear->setText(tr("C&lear"));
    m_explain->setEnabled(m_state != State::Working);
    switch (m_state) {
    case State::Empty:
        m_summary->clear();
        break;
    case State::Working:
        m_summary->setText(tr("Reading the text…"));
        break;
    case State::Explained:
        m_summary->setText(m_items.isEmpty()
                ? tr("SMTP Doctor did not recognise anything in this text. Try pasting the complete message, "
                     "including "
                     "the lines with numbers such as 550 or 5.7.1.")
                : tr("SMTP Doctor recognised the following in this text, the most important first:"));
        break;
    }
    m_summary->setVisible(m_state != State::Empty);
    // The same sentence as `smtpdoctor explain` prints: the command also works from a terminal.
    m_checkDomain->setText(m_offer ? m_offer->text().toString() : QString());
    m_checkDomain->setVisible(m_state == State::Explained && m_offer.has_value());
}

} // namespace SmtpDoctor
