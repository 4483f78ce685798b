#pragma once

#include <QGroupBox>

class QLabel;
class QVBoxLayout;

namespace SmtpDoctor {

class AccountModel;

// The "Suggested settings" area of the account page: empty (with a line saying what will appear) until
// autodetection or a provider table calls AccountModel::setSuggestions; each suggestion has a
// "Use these" button that copies it into the fields.
class SuggestionBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SuggestionBox(AccountModel* model, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslateUi();

    AccountModel* m_model;
    QLabel* m_empty;
    QVBoxLayout* m_list;
};

} // namespace SmtpDoctor
