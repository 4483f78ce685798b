#pragma once

#include <QFont>
#include <QObject>

class QWidget;

namespace SmtpDoctor {

// Larger text for screen-sharing and tired eyes: scales the font of one window (and everything in it)
// in steps. Ctrl+plus / Ctrl+minus / Ctrl+0 and the wizard's "Larger text" button drive it.
class TextScaler : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinPercent = 80;
    static constexpr int MaxPercent = 250;
    static constexpr int Step = 25;
    static constexpr int LargerPercent = 150; // what the "Larger text" toggle switches to

    explicit TextScaler(QWidget* target);

    int percent() const { return m_percent; }
    void setPercent(int percent);
    void larger() { setPercent(m_percent + Step); }
    void smaller() { setPercent(m_percent - Step); }
    void reset() { setPercent(100); }

signals:
    void percentChanged(int percent);

private:
    QWidget* m_target;
    QFont m_base;
    int m_percent = 100;
};

} // namespace SmtpDoctor
