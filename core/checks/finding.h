#pragma once

#include "core/i18n/localizedtext.h"
#include "core/smtp/smtpreply.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {

enum class Severity { Info, Warning, Error };
// Whose side the problem is on: the user's settings or computer, the network in between, the mail
// provider's server, or the receiving side.
enum class Side { You, Network, Server, Recipient };

QString severityName(Severity s); // "info", "warning", "error"
QString sideName(Side s);         // "you", "network", "server", "recipient"
LocalizedText sideLabel(Side s);  // "Your settings or computer"...

// One thing a check found. Its words come from the finding catalog (core/knowledge) by id, filled with
// `args`; `details` add sentences specific to this case. Ids follow ../shared/cli-contract.md.
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    Side side = Side::You;
    QStringList args;
    std::optional<SmtpReply> reply;
    QList<LocalizedText> details;

    // A finding with the catalog's default severity and side for `id`.
    static Finding make(const QString& id, const QStringList& args = {});
    Finding& withReply(const SmtpReply& r)
    {
        if (r.isValid())
            reply = r;
        return *this;
    }
    Finding& withDetail(const LocalizedText& t)
    {
        details.append(t);
        return *this;
    }
    Finding& withSeverity(Severity s)
    {
        severity = s;
        return *this;
    }

    LocalizedText title() const;
    LocalizedText explanation() const;
    LocalizedText fix() const;
};

} // namespace SmtpDoctor
