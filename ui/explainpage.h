#pragma once

#include "core/knowledge/checkdomainoffer.h"
#include "core/knowledge/explainer.h"
#include "ui/wizardpagebase.h"

#include <QList>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace SmtpDoctor {

class FindingView;

// Page 5: paste an error message, a server reply or a whole returned mail and read what it means.
// Uses core's Explainer, the same as `smtpdoctor explain`.
class ExplainPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit ExplainPage(QWidget* parent = nullptr);
    int nextId() const override { return -1; }
    void explain();

protected:
    void retranslateUi() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_intro;
    QPlainTextEdit* m_input;
    QPushButton* m_explain;
    QPushButton* m_clear;
    QLabel* m_summary;
    QWidget* m_resultsBox;
    QLabel* m_checkDomain; // the sender domain to check, when the text is a sender-authentication refusal
    QList<FindingView*> m_items;
    std::optional<CheckDomainOffer> m_offer;
    void showItems(const QList<ExplanationItem>& items, const std::optional<CheckDomainOffer>& offer);

    enum class State { Empty, Working, Explained } m_state = State::Empty;
};

} // namespace SmtpDoctor
