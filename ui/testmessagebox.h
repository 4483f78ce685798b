#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace SmtpDoctor {

class InlineMessage;

// Asks, right on the result page, where a test message should go (the user's own address by
// default) and asks the wizard to check again with sending included.
class TestMessageBox : public QWidget
{
    Q_OBJECT
public:
    explicit TestMessageBox(QWidget* parent = nullptr);
    void prepare(const QString& defaultRecipient);

signals:
    void sendRequested(const QString& recipient);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();

    QLabel* m_intro;
    QLineEdit* m_recipient;
    QLabel* m_label;
    QPushButton* m_send;
    InlineMessage* m_error;
};

} // namespace SmtpDoctor
