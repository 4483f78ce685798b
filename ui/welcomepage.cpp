#include "ui/welcomepage.h"

#include "core/findings/stepid.h"
#include "core/i18n/language.h"
#include "ui/pageid.h"
#include "ui/uihelpers.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace SmtpDoctor {

WelcomePage::WelcomePage(QWidget* parent)
    : WizardPageBase(QStringLiteral("welcomePage"), parent)
    , m_logo(new QLabel(content()))
    , m_intro(makeTextLabel(QStringLiteral("introLabel"), content()))
    , m_checklistHeading(makeTextLabel(QStringLiteral("checklistHeading"), content()))
    , m_checklist(makeTextLabel(QStringLiteral("checklistLabel"), content()))
    , m_language(new QComboBox(content()))
    , m_languageLabel(makeFieldLabel(QStringLiteral("languageLabel"), m_language, content()))
    , m_choiceLabel(makeTextLabel(QStringLiteral("choiceLabel"), content()))
    , m_diagnose(new QRadioButton(content()))
    , m_explain(new QRadioButton(content()))
    , m_hint(makeTextLabel(QStringLiteral("textSizeHint"), content()))
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_diagnose->setObjectName(QStringLiteral("diagnoseRadio"));
    m_explain->setObjectName(QStringLiteral("explainRadio"));
    m_diagnose->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_diagnose);
    group->addButton(m_explain);
    makeBold(m_choiceLabel);
    makeBold(m_checklistHeading);

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    m_logo->setObjectName(QStringLiteral("logoLabel"));
    auto* introRow = new QHBoxLayout;
    introRow->addWidget(m_logo, 0, Qt::AlignTop);
    introRow->addWidget(m_intro, 1);
    updateLogo();

    QVBoxLayout* layout = contentLayout();
    layout->addLayout(introRow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_checklistHeading);
    layout->addWidget(m_checklist);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(languageRow);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_choiceLabel);
    layout->addWidget(m_diagnose);
    layout->addWidget(m_explain);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this,
        [this](int index) { emit languageChosen(m_language->itemData(index).toString()); });
    retranslateUi();
}

void WelcomePage::setExplainChosen(bool explain)
{
    (explain ? m_explain : m_diagnose)->setChecked(true);
}

void WelcomePage::updateLogo()
{
    const int size = fontMetrics().height() * 4;
    m_logo->setPixmap(QIcon(QStringLiteral(":/smtpdoctor/icons/smtpdoctor-256.png"))
                          .pixmap(QSize(size, size), devicePixelRatioF()));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateLogo();
    WizardPageBase::changeEvent(event);
}

int WelcomePage::nextId() const
{
    return m_explain->isChecked() ? ExplainPageId : AccountPageId;
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome to SMTP Doctor"));
    m_intro->setText(
        tr("SMTP Doctor checks, step by step, whether your computer can reach your outgoing mail server, "
           "connect securely and sign in, and tells you in plain words what is wrong and what to do. "
           "It can also explain an error message that your mail program or a returned mail showed you."));
    m_checklistHeading->setText(tr("The diagnosis checks these five steps, in this order:"));
    QStringList steps;
    const QList<StepId> checklist = checklistSteps(false);
    for (int i = 0; i < checklist.size(); ++i)
        steps << tr("%1. %2").arg(i + 1).arg(stepTitle(checklist[i]).toString());
    m_checklist->setText(steps.join(QLatin1Char('\n')));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_choiceLabel->setText(tr("What would you like to do?"));
    m_diagnose->setText(tr("&Diagnose my mail settings"));
    m_explain->setText(tr("&Explain an error message I got"));
    m_hint->setText(tr(
        "Tip: press Ctrl and + for larger text, Ctrl and - for smaller, Ctrl and 0 to go back to normal."));
    if (m_language->currentData().toString() != Language::current())
        m_language->setCurrentIndex(m_language->findData(Language::current()));
}

} // namespace SmtpDoctor
