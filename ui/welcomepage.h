#pragma once

#include "ui/wizardpagebase.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace SmtpDoctor {

// Page 1: what the tool does and the five checklist steps it walks through, in order; the language;
// and the choice between a full diagnosis and explaining an error message.
class WelcomePage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    int nextId() const override;
    void setExplainChosen(bool explain);

signals:
    void languageChosen(const QString& code);

protected:
    void retranslateUi() override;
    void changeEvent(QEvent* event) override;

private:
    void updateLogo();

    QLabel* m_logo;
    QLabel* m_intro;
    QLabel* m_checklistHeading;
    QLabel* m_checklist;
    QComboBox* m_language;
    QLabel* m_languageLabel;
    QLabel* m_choiceLabel;
    QRadioButton* m_diagnose;
    QRadioButton* m_explain;
    QLabel* m_hint;
};

} // namespace SmtpDoctor
