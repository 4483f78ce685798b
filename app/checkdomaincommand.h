#pragma once

#include "core/domain/domainreport.h"

#include <QObject>
#include <QStringList>

namespace SmtpDoctor {

class DomainChecker;

// `smtpdoctor check-domain DOMAIN`: checks the sender domain's SPF, DKIM, DMARC, MX and (for a
// server address a reply named) reverse DNS, and prints the report as text or JSON. Exit codes as
// `check`: 0 nothing wrong or only warnings, 1 a problem found, 2 bad usage.
int runCheckDomainCommand(const QStringList& arguments);

class CheckDomainCommand : public QObject
{
    Q_OBJECT
public:
    explicit CheckDomainCommand(QObject* parent = nullptr);
    // Parses and starts; returns an exit code >= 0 if it is already over (bad usage), -1 if running.
    int start(const QStringList& arguments);

private:
    int parse(const QStringList& arguments);
    void onFinished(const DomainReport& report);

    DomainCheckRequest m_request;
    bool m_json = false;
    DomainChecker* m_checker = nullptr;
};

} // namespace SmtpDoctor
