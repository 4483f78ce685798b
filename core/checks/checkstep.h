#pragma once

#include "core/checks/checkcontext.h"

#include <QElapsedTimer>
#include <QObject>

namespace SmtpDoctor {

// One item of the checklist. run() starts the work; the step ends with exactly one finished().
class CheckStep : public QObject
{
    Q_OBJECT
public:
    CheckStep(CheckContext& context, QObject* parent = nullptr);
    virtual StepId id() const = 0;
    void start();
    virtual void cancel() {}

signals:
    void activity(const SmtpDoctor::LocalizedText& text);
    void finished(const SmtpDoctor::StepResult& result);

protected:
    virtual void run() = 0;
    void finish(StepStatus status, const LocalizedText& summary, const QList<Finding>& findings = {});
    // Skip because `earlier` did not work; the finding names it.
    void skipBecause(StepId earlier, const QString& findingId);
    // Status from the findings: any error fails, any warning warns, else passes.
    static StepStatus statusFor(const QList<Finding>& findings);

    CheckContext& m_ctx;

private:
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace SmtpDoctor
