#include "core/report/textreportwriter.h"

#include "core/checks/portverdict.h"

#include <QCoreApplication>
#include <QLocale>

namespace SmtpDoctor {

namespace {

QString trText(const char* text)
{
    return QCoreApplication::translate("TextReport", text);
}

QString indented(const QString& text, const QString& indent)
{
    QString out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString TextReportWriter::findingText(const Finding& f, const QString& indent)
{
    QString out = indent + QStringLiteral("* ") + f.title().toString() + QStringLiteral("  [") + f.idName() + QStringLiteral("]\n");
    const QString inner = indent + QStringLiteral("  ");
    out += indented(f.explanation().toString(), inner);
    for (const LocalizedText& d : f.details)
        out += indented(d.toString(), inner);
    if (f.reply) {
        out += inner + QCoreApplication::translate("TextReport", "The server said: %1").arg(
                   f.reply->summary()) + QLatin1Char('\n');
        for (int i = 1; i < f.reply->lines.size(); ++i)
            out += inner + QStringLiteral("    ") + f.reply->lines[i] + QLatin1Char('\n');
    }
    out += inner + QCoreApplication::translate("TextReport", "What to do: %1").arg(f.fix().toString()) + QLatin1Char('\n');
    if (f.severity != Severity::Info) // "where the problem is" would read as blame on good news
        out += inner + QCoreApplication::translate("TextReport", "Where the problem is: %1").arg(sideLabel(f.side).toString()) + QLatin1Char('\n');
    return out;
}

QString TextReportWriter::cardText(const Report& r, std::optional<MailProgram> program)
{
    const std::optional<SettingsCard> card = SettingsCard::fromReport(r);
    if (!card)
        return {};
    const QString pair = trText(QT_TRANSLATE_NOOP("TextReport", "%1: %2"));
    QString out
        = trText(QT_TRANSLATE_NOOP("TextReport", "Settings for your mail program:")) + QLatin1Char('\n');
    for (CardField field : SettingsCard::fields())
        out += QStringLiteral("    ")
            + pair.arg(SettingsCard::fieldLabel(field).toString(), card->value(field).toString())
            + QLatin1Char('\n');
    if (program) {
        const MailProgramInfo& p = MailPrograms::info(*program);
        out += QCoreApplication::translate("TextReport", "In %1: %2")
                   .arg(MailPrograms::name(p).toString(), MailPrograms::where(p).toString())
            + QLatin1Char('\n');
        for (const GuideRow& row : MailPrograms::rows(p, *card))
            out += QStringLiteral("    ") + pair.arg(row.label.toString(), row.value.toString())
                + QLatin1Char('\n');
        if (const LocalizedText note = MailPrograms::note(p); !note.isEmpty())
            out += indented(note.toString(), QStringLiteral("    "));
    }
    return out;
}

QString TextReportWriter::write(const Report& r, const Options& options)
{
    const AccountSettings& s = r.settings;
    QString out;
    out += QCoreApplication::translate("TextReport", "SMTP Doctor %1 report, %2").arg(
               r.version, QLocale().toString(r.startedAt, QLocale::ShortFormat)) + QLatin1Char('\n');
    out += QCoreApplication::translate("TextReport", "Server: %1  Port: %2  Security: %3  User: %4")
               .arg(s.shownHost(), s.port ? QString::number(s.port) : trText(QT_TRANSLATE_NOOP("TextReport", "automatic")),
                   securityLabel(s.security).toString(), s.user.isEmpty() ? trText(QT_TRANSLATE_NOOP("TextReport", "(none)")) : s.user)
        + QLatin1Char('\n');
    if (!s.user.isEmpty())
        out += QCoreApplication::translate("TextReport", "Sign-in method: %1")
                   .arg(signInMethodLabel(s.signIn).toString())
            + QLatin1Char('\n');
    if (!r.helpdesk.isEmpty())
        out += QCoreApplication::translate("TextReport", "Helpdesk: %1").arg(r.helpdesk) + QLatin1Char('\n');
    out += QLatin1Char('\n')
        + QCoreApplication::translate("TextReport", "Result: %1").arg(r.headline().toString())
        + QLatin1Char('\n');
    if (const Finding* problem = r.mainProblem(); problem && !problem->fix().isEmpty())
        out += QCoreApplication::translate("TextReport", "What to do: %1").arg(problem->fix().toString())
            + QLatin1Char('\n');
    if (const QString card = cardText(r, options.program); !card.isEmpty())
        out += QLatin1Char('\n') + card;
    out += QLatin1Char('\n');
    for (const StepResult& step : r.steps) {
        out += QStringLiteral("[%1] ").arg(stepStatusLabel(step.status).toString())
            + trText(QT_TRANSLATE_NOOP("TextReport", "%1: %2"))
                  .arg(stepTitle(step.id).toString(), step.summary.toString())
            + QLatin1Char('\n');
        for (const Finding& f : step.findings)
            out += findingText(f, QStringLiteral("    "));
    }
    if (!r.probes.isEmpty()) {
        // A small table: port, security, what answered, how long it took.
        out += QLatin1Char('\n') + trText(QT_TRANSLATE_NOOP("TextReport", "Ports tried:")) + QLatin1Char('\n');
        for (const PortProbeResult& p : r.probes)
            out += QStringLiteral("    %1  %2  %3  (%4 ms)\n").arg(QString::number(p.endpoint.port).leftJustified(5),
                securityLabel(p.endpoint.security).toString().leftJustified(9), portVerdictLabel(p).toString(), QString::number(p.durationMs));
    }
    if (options.includeTranscript && !r.transcript.isEmpty()) {
        out += QLatin1Char('\n') + trText(QT_TRANSLATE_NOOP("TextReport", "Conversation with the server (passwords hidden):")) + QLatin1Char('\n');
        for (const TranscriptEntry& e : r.transcript) {
            const QString who = e.direction == TranscriptEntry::Direction::Client ? QStringLiteral("C:")
                : e.direction == TranscriptEntry::Direction::Server             ? QStringLiteral("S:")
                                                                                : QStringLiteral("--");
            out += QStringLiteral("%1 %2 %3 %4\n").arg(QString::number(e.ms).rightJustified(6), e.connection, who, e.text);
        }
    }
    return out;
}

} // namespace SmtpDoctor
