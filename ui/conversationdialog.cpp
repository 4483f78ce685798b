#include "ui/conversationdialog.h"

#include "ui/uihelpers.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpDoctor {

ConversationDialog::ConversationDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(makeTextLabel(QStringLiteral("conversationIntro"), this))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("conversationDialog"));
    setAttribute(Qt::WA_WindowPropagation); // follows the wizard's text size
    m_text->setObjectName(QStringLiteral("conversationText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono;
    mono.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    m_text->setFont(mono);
    m_copy->setObjectName(QStringLiteral("copyConversationButton"));
    m_close->setObjectName(QStringLiteral("closeConversationButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
    retranslateUi();
}

QString ConversationDialog::format(const QList<TranscriptEntry>& entries)
{
    QString out;
    for (const TranscriptEntry& e : entries) {
        const QString who = e.direction == TranscriptEntry::Direction::Client ? QStringLiteral("C:")
            : e.direction == TranscriptEntry::Direction::Server               ? QStringLiteral("S:")
                                                                              : QStringLiteral("--");
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::number(e.ms).rightJustified(6), e.connection, who, e.text);
    }
    return out;
}

void ConversationDialog::setEntries(const QList<TranscriptEntry>& entries)
{
    m_text->setPlainText(format(entries));
}

void ConversationDialog::retranslateUi()
{
    setWindowTitle(tr("Conversation with the server"));
    m_intro->setText(
        tr("Everything SMTP Doctor and the server said to each other, with times in milliseconds. "
           "\"C:\" is this computer, \"S:\" is the server. Passwords are replaced by [hidden]."));
    m_text->setAccessibleName(tr("Conversation with the server"));
    m_copy->setText(tr("&Copy"));
    m_close->setText(tr("C&lose"));
}

void ConversationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace SmtpDoctor
