#include "ui/settingscardview.h"

#include "ui/accountmodel.h"
#include "ui/uihelpers.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpDoctor {

namespace {

// Object names the GUI tests and accessibility tools rely on (tests/gui/README.md).
const char* const ValueNames[] = { "recommendedHostLabel", "recommendedPortLabel", "recommendedSecurityLabel",
    "recommendedUserLabel", "recommendedAuthLabel" };
const char* const CopyNames[]
    = { "copyHostButton", "copyPortButton", "copySecurityButton", "copyUserButton", "copyAuthButton" };
constexpr int GuideRows = 5;

} // namespace

SettingsCardView::SettingsCardView(AccountModel* model, QWidget* parent)
    : QGroupBox(parent)
    , m_model(model)
    , m_intro(makeTextLabel(QStringLiteral("recommendationIntro"), this))
    , m_programLabel(makeTextLabel(QStringLiteral("mailProgramLabel"), this))
    , m_program(new QComboBox(this))
    , m_where(makeTextLabel(QStringLiteral("programGuideWhere"), this))
    , m_note(makeTextLabel(QStringLiteral("programGuideNote"), this))
{
    setObjectName(QStringLiteral("recommendationBox"));
    m_program->setObjectName(QStringLiteral("mailProgramCombo"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const MailProgramInfo* p : MailPrograms::all())
        m_program->addItem(QString(), QString::fromLatin1(p->key));
    m_programLabel->setWordWrap(false);
    m_programLabel->setBuddy(m_program);
    m_programLabel->setTextInteractionFlags(Qt::NoTextInteraction); // the "&" marks the shortcut letter
    makeBold(m_programLabel);
    buildCard();
    buildGuide();
    connect(m_program, &QComboBox::activated, this, [this](int index) {
        if (const MailProgramInfo* p = MailPrograms::byKey(m_program->itemData(index).toString()))
            m_model->setMailProgram(p->id);
    });
    connect(m_model, &AccountModel::mailProgramChanged, this, [this] { renderGuide(); });
    retranslateUi();
}

void SettingsCardView::buildCard()
{
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < SettingsCard::fields().size(); ++i) {
        Row row { makeTextLabel(QStringLiteral("cardName_%1").arg(i), this),
            makeTextLabel(QString::fromLatin1(ValueNames[i]), this), new QPushButton(this) };
        row.name->setWordWrap(false);
        makeBold(row.value);
        row.copy->setObjectName(QString::fromLatin1(CopyNames[i]));
        row.copy->setAutoDefault(false);
        grid->addWidget(row.name, i, 0, Qt::AlignTop);
        grid->addWidget(row.value, i, 1, Qt::AlignTop);
        grid->addWidget(row.copy, i, 2, Qt::AlignTop);
        connect(row.copy, &QPushButton::clicked, this, [this, i] { copyValue(i); });
        m_rows << row;
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
}

void SettingsCardView::buildGuide()
{
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_programLabel);
    chooser->addWidget(m_program);
    chooser->addStretch(1);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    for (int i = 0; i < GuideRows; ++i) {
        QLabel* label = makeTextLabel(QStringLiteral("programGuideLabel_%1").arg(i), this);
        QLabel* value = makeTextLabel(QStringLiteral("programGuideValue_%1").arg(i), this);
        makeBold(value);
        grid->addWidget(label, i, 0, Qt::AlignTop);
        grid->addWidget(value, i, 1, Qt::AlignTop);
        m_guideLabels << label;
        m_guideValues << value;
    }
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(chooser);
    layout->addWidget(m_where);
    layout->addLayout(grid);
    layout->addWidget(m_note);
}

void SettingsCardView::setCard(const std::optional<SettingsCard>& card)
{
    m_card = card;
    setVisible(card.has_value());
    retranslateUi();
}

void SettingsCardView::copyValue(int index)
{
    if (!m_card)
        return;
    const CardField field = SettingsCard::fields().at(index);
    QGuiApplication::clipboard()->setText(m_card->value(field).toString());
    emit copied(SettingsCard::fieldLabel(field).toString());
}

void SettingsCardView::retranslateUi()
{
    setTitle(tr("Settings for your mail program"));
    m_intro->setText(tr("Type these into the outgoing mail server (SMTP) settings of your mail program:"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const CardField field = SettingsCard::fields().at(i);
        const QString name = SettingsCard::fieldLabel(field).toString();
        m_rows[i].name->setText(tr("%1:").arg(name));
        m_rows[i].value->setText(m_card ? m_card->value(field).toString() : QString());
        m_rows[i].copy->setText(tr("Copy"));
        m_rows[i].copy->setAccessibleName(tr("Copy: %1").arg(name));
        m_rows[i].copy->setToolTip(tr("Copies the value, to paste it into your mail program (Ctrl+V)."));
        const bool copyable = m_card
            && !((field == CardField::UserName && m_card->user.isEmpty())
                || (field == CardField::AuthMethod && m_card->auth == AuthChoice::Unknown));
        m_rows[i].copy->setEnabled(copyable);
    }
    m_programLabel->setText(tr("How to enter them in &your program:"));
    m_program->setAccessibleName(tr("Your mail program"));
    for (int i = 0; i < m_program->count(); ++i)
        if (const MailProgramInfo* p = MailPrograms::byKey(m_program->itemData(i).toString()))
            m_program->setItemText(i, MailPrograms::name(*p).toString());
    renderGuide();
}

void SettingsCardView::renderGuide()
{
    const MailProgramInfo& program = MailPrograms::info(m_model->mailProgram());
    const int index = m_program->findData(QString::fromLatin1(program.key));
    if (index != m_program->currentIndex())
        m_program->setCurrentIndex(index);
    m_where->setText(MailPrograms::where(program).toString());
    const QList<GuideRow> rows = m_card ? MailPrograms::rows(program, *m_card) : QList<GuideRow>();
    for (int i = 0; i < GuideRows; ++i) {
        const bool shown = i < rows.size();
        m_guideLabels[i]->setText(shown ? rows[i].label.toString() : QString());
        m_guideValues[i]->setText(shown ? rows[i].value.toString() : QString());
        m_guideLabels[i]->setVisible(shown);
        m_guideValues[i]->setVisible(shown);
    }
    const LocalizedText note = MailPrograms::note(program);
    m_note->setText(note.toString());
    m_note->setVisible(!note.isEmpty());
}

void SettingsCardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace SmtpDoctor
