#pragma once

#include "core/smtp/transcript.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace SmtpDoctor {

// The whole conversation with the server, as core recorded it (passwords already replaced by
// "[hidden]"): for the curious and for a helpdesk. Plain text only, selectable, copyable.
class ConversationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConversationDialog(QWidget* parent = nullptr);
    void setEntries(const QList<TranscriptEntry>& entries);
    static QString format(const QList<TranscriptEntry>& entries);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_intro;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    QPushButton* m_close;
};

} // namespace SmtpDoctor
