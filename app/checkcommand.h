#pragma once

#include "core/settings/accountsettings.h"

#include <QObject>
#include <QStringList>

namespace SmtpDoctor {

class CheckRunner;

// `smtpdoctor check`: parses the options into AccountSettings, runs the same CheckRunner as the wizard
// and prints the report. Returns through QCoreApplication::exit() with the contract's exit code.
class CheckCommand : public QObject
{
    Q_OBJECT
public:
    explicit CheckCommand(QObject* parent = nullptr);
    // Parses and starts; returns an exit code >= 0 if it is already over (bad usage), -1 if running.
    int start(const QStringList& arguments);

private:
    void onFinished();

    CheckRunner* m_runner = nullptr;
    bool m_json = false;
    QString m_language;
};

} // namespace SmtpDoctor
