#include "ui/testmessagebox.h"

#include "core/settings/inputvalidation.h"
#include "ui/inlinemessage.h"
#include "ui/uihelpers.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace SmtpDoctor {

TestMessageBox::TestMessageBox(QWidget* parent)
    : QWidget(parent)
    , m_intro(makeTextLabel(QStringLiteral("testMessageIntro"), this))
    , m_recipient(new QLineEdit(this))
    , m_label(makeFieldLabel(QStringLiteral("recipientLabel"), m_recipient, this))
    , m_send(new QPushButton(this))
    , m_error(new InlineMessage(QStringLiteral("recipientError"), this))
{
    setObjectName(QStringLiteral("testMessageBox"));
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_send->setObjectName(QStringLiteral("sendTestStartButton"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_intro, 0, 0, 1, 3);
    grid->addWidget(m_label, 1, 0);
    grid->addWidget(m_recipient, 1, 1);
    grid->addWidget(m_send, 1, 2);
    grid->addWidget(m_error, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_send, &QPushButton::clicked, this, &TestMessageBox::submit);
    connect(m_recipient, &QLineEdit::returnPressed, this, &TestMessageBox::submit);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] {
        if (m_error->hasMessage())
            m_error->setMessage(validateEmailAddress(m_recipient->text()));
    });
    retranslateUi();
}

void TestMessageBox::prepare(const QString& defaultRecipient)
{
    if (m_recipient->text().isEmpty())
        m_recipient->setText(defaultRecipient);
    m_error->clear();
    m_recipient->setFocus(Qt::OtherFocusReason);
    m_recipient->selectAll();
}

void TestMessageBox::submit()
{
    const QString recipient = m_recipient->text().trimmed();
    const LocalizedText problem = validateEmailAddress(recipient);
    m_error->setMessage(problem);
    if (problem.isEmpty())
        emit sendRequested(recipient);
    else
        m_recipient->setFocus(Qt::OtherFocusReason);
}

void TestMessageBox::retranslateUi()
{
    m_intro->setText(
        tr("SMTP Doctor checks everything again and then sends one short test message. Sending it to your "
           "own address lets you see that it arrives."));
    m_label->setText(tr("Send t&o:"));
    m_recipient->setAccessibleName(tr("Recipient of the test message"));
    m_send->setText(tr("Send test &message"));
}

void TestMessageBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace SmtpDoctor
