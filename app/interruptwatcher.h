#pragma once

#include <QObject>

class QSocketNotifier;

namespace SmtpDoctor {

// Ctrl+C (SIGINT) as a Qt signal, without doing anything in the signal handler but writing one byte to a
// pipe; a QSocketNotifier reads it in the event loop (the self-pipe trick). While one exists, Ctrl+C no
// longer ends the program by itself; passOn() ends it the usual way. Unix only; elsewhere Ctrl+C keeps
// its usual effect and interrupted() is never emitted.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override; // the previous handler is back

    // Puts the previous handler back and raises SIGINT again: what Ctrl+C would have done.
    void passOn();

signals:
    void interrupted();

private:
    void restore();

    QSocketNotifier* m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace SmtpDoctor
