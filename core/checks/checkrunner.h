#pragma once

#include "core/checks/checkcontext.h"
#include "core/report/report.h"

#include <QObject>
#include <QPointer>

namespace SmtpDoctor {

class CheckStep;
class Transcript;

// Runs the checklist in order for one account and collects the report. The wizard and
// `smtpdoctor check` both drive this same class: start(), watch the signals, read report().
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    CheckRunner(const AccountSettings& settings, const QString& password, QObject* parent = nullptr);
    ~CheckRunner() override;

    void start();
    // Stops at once: every socket is closed, no further step runs, finished() is emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const Report& report() const { return m_report; }
    Transcript* transcript() const { return m_transcript; }
    QList<StepId> steps() const { return m_steps; }

signals:
    void stepStarted(SmtpDoctor::StepId id);
    void activity(const SmtpDoctor::LocalizedText& text);
    void stepFinished(const SmtpDoctor::StepResult& result);
    void finished();

private:
    void startStep(int index);
    void onStepFinished(const StepResult& result);
    void wrapUp();
    void emitFinished();
    CheckStep* createStep(StepId id);
    std::optional<Endpoint> recommendation() const;

    CheckContext m_ctx;
    Transcript* m_transcript = nullptr;
    QList<StepId> m_steps;
    int m_index = -1;
    QPointer<CheckStep> m_current;
    Report m_report;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace SmtpDoctor
