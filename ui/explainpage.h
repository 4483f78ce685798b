#pragma once

#include "core/knowledge/explainer.h"
#include "ui/wizardpagebase.h"

#include <QList>

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
    QList<FindingView*> m_items;
    void showItems(const QList<ExplanationItem>& items);

    enum class State { Empty, Working, Explained } m_state = State::Empty;
};

} // namespace SmtpDoctor
