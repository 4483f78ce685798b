#pragma once

#include "core/checks/stepresult.h"
#include "ui/statusicon.h"

#include <QFrame>
#include <QUrl>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace SmtpDoctor {

class FindingView;

// One step of the checklist as a row: a status symbol, the step's name, its status in words (never
// colour alone) and, once finished, a summary and a "Show details" toggle that reveals the findings.
// While the credentials step waits for a sign-in in the browser, it says so, shows the address (to open
// by hand if no browser window came up) and offers to cancel the sign-in.
class StepRow : public QFrame
{
    Q_OBJECT
public:
    explicit StepRow(StepId id, QWidget* parent = nullptr);

    StepId stepId() const { return m_id; }
    void reset(); // back to waiting, without a result: the row is reused for the next run
    void setRunning();
    void setStopped(); // the run was cancelled before this step finished
    void setWaitingForBrowser(const QUrl& url);
    void setBrowserReturned(); // the wait is over: back to "Checking…"
    bool isWaitingForBrowser() const { return m_state == State::WaitingForBrowser; }
    void setResult(const StepResult& result);
    bool hasResult() const { return m_result.has_value(); }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QString statusText() const; // the status word as shown, for tests and the accessible name

signals:
    void cancelSignInRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Pending, Running, WaitingForBrowser, Stopped, Done };
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
    QWidget* m_waitBox;
    QLabel* m_waitText;
    QPushButton* m_copyAddress;
    QPushButton* m_cancelSignIn;
    QUrl m_signInUrl;
    bool m_findingsBuilt = false;
};

} // namespace SmtpDoctor
