#pragma once

#include "core/checks/runinput.h"
#include "core/checks/runrecord.h"
#include "core/checks/stepoutcomes.h"
#include "core/smtp/certificatepin.h"

#include <QObject>
#include <QPointer>

namespace SmtpDoctor {

class CheckStep;
class PortSweep;
class SmtpSession;
class Transcript;

// Runs the checklist in order for one account and collects the record. The wizard and
// `smtpdoctor check` both drive this same class: start(), watch the signals, read record().
// The runner owns everything a run shares: the transcript, the port sweep and the connection the
// steps work on; each step reads the input and the earlier steps' outcomes and hands on its own.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(const RunInput& input, QObject* parent = nullptr);
    ~CheckRunner() override;

    void start();
    // Stops at once: every socket is closed, no further step runs, finished() is emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const RunRecord& record() const { return m_record; }
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
    void adoptConnection();
    void wrapUp();
    void emitFinished();
    CheckStep* createStep(StepId id);
    std::optional<Endpoint> recommendation() const;

    RunInput m_input;
    RunOutcomes m_outcomes;
    SharedCertificatePin m_certificatePin = std::make_shared<CertificatePin>();
    Transcript* m_transcript = nullptr;
    PortSweep* m_sweep = nullptr; // from the server step on
    SmtpSession* m_session = nullptr; // the connection the later steps use, once the server step chose it
    QList<StepId> m_steps;
    int m_index = -1;
    QPointer<CheckStep> m_current;
    RunRecord m_record;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace SmtpDoctor
