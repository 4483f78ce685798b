#pragma once

#include "core/checks/stepresult.h"
#include "ui/statusicon.h"

#include <QFrame>

#include <optional>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace SmtpDoctor {

class FindingView;

// One step of the checklist as a row: a status symbol, the step's name, its status in words (never
// colour alone) and, once finished, a summary and a "Show details" toggle that reveals the findings.
class StepRow : public QFrame
{
    Q_OBJECT
public:
    explicit StepRow(StepId id, QWidget* parent = nullptr);

    StepId stepId() const { return m_id; }
    void reset(); // back to waiting, without a result: the row is reused for the next run
    void setRunning();
    void setStopped(); // the run was cancelled before this step finished
    void setResult(const StepResult& result);
    bool hasResult() const { return m_result.has_value(); }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QString statusText() const; // the status word as shown, for tests and the accessible name

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Pending, Running, Stopped, Done };
    void render();
    void rebuildFindings();
    void buildFindings();

    StepId m_id;
    State m_state = State::Pending;
    std::optional<StepResult> m_result;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_summary;
    QToolButton* m_toggle;
    QWidget* m_findingsBox;
    QVBoxLayout* m_findingsLayout;
    bool m_findingsBuilt = false;
};

} // namespace SmtpDoctor
