#include "core/report/htmlreportwriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace SmtpDoctor {

namespace {

QString trText(const char* text)
{
    return QCoreApplication::translate("HtmlReport", text);
}

// Escapes and keeps line breaks, so multi-line server replies stay readable.
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString element(const char* tag, const QString& cssClass, const QString& escapedBody)
{
    const QString t = QString::fromLatin1(tag);
    return QStringLiteral("<%1 class=\"%2\">%3</%1>\n").arg(t, cssClass, escapedBody);
}

const char* const Style = R"(
body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; line-height: 1.45; color: #111; background: #fff; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.verdict { font-size: 1.25em; font-weight: bold; padding: .6em .8em; border: 2px solid #444; border-radius: 6px; }
.step { border-top: 1px solid #bbb; padding: .4em 0; }
.status { font-weight: bold; }
.finding { margin: .5em 0 .8em 1.5em; }
.finding h3 { font-size: 1em; margin: .2em 0; }
.reply, pre { font-family: monospace; background: #f3f3f3; padding: .3em .5em; white-space: pre-wrap; word-break: break-all; }
table { border-collapse: collapse; } td, th { text-align: left; padding: .15em 1em .15em 0; vertical-align: top; }
.id { color: #555; font-size: .9em; }
.card { border: 2px solid #444; border-radius: 6px; padding: .4em .8em; }
.card td { font-weight: bold; font-family: monospace; font-size: 1.1em; }
details { margin: .3em 0; } summary { cursor: pointer; }
)";

QString statusMark(StepStatus s)
{
    // A symbol as well as the word, like the wizard: never colour alone.
    switch (s) {
    case StepStatus::Pass:
        return QStringLiteral("\u2714");
    case StepStatus::Warn:
        return QStringLiteral("\u26A0");
    case StepStatus::Fail:
        return QStringLiteral("\u2716");
    case StepStatus::Skip:
        return QStringLiteral("\u2013");
    }
    return {};
}

QString findingHtml(const Finding& f)
{
    QString out = QStringLiteral("<div class=\"finding\">\n");
    out += QStringLiteral("<h3>%1 <span class=\"id\">[%2]</span></h3>\n")
               .arg(esc(f.title().toString()), esc(f.idName()));
    out += element("p", QStringLiteral("explanation"), esc(f.explanation().toString()));
    for (const LocalizedText& d : f.details)
        out += element("p", QStringLiteral("detail"), esc(d.toString()));
    if (f.reply) {
        out += element(
            "p", QStringLiteral("said"), esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "The server said:"))));
        const QString code = QString::number(f.reply->code)
            + (f.reply->enhanced.isValid() ? QLatin1Char(' ') + f.reply->enhanced.toString() : QString());
        out += element("div", QStringLiteral("reply"), esc(code + QLatin1Char(' ') + f.reply->text()));
    }
    out += element("p", QStringLiteral("fix"),
        esc(QCoreApplication::translate("HtmlReport", "What to do: %1").arg(f.fix().toString())));
    if (f.severity != Severity::Info) // as in the text report: no "where the problem is" on good news
        out += element("p", QStringLiteral("side"),
            esc(QCoreApplication::translate("HtmlReport", "Where the problem is: %1")
                    .arg(sideLabel(f.side).toString())));
    return out + QStringLiteral("</div>\n");
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), esc(value));
}

QString cardHtml(const Report& r, std::optional<MailProgram> chosen)
{
    const std::optional<SettingsCard> card = SettingsCard::fromReport(r);
    if (!card)
        return {};
    QString out = element(
        "h2", QString(), esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "Settings for your mail program"))));
    out += QStringLiteral("<table class=\"card\">\n");
    for (CardField field : SettingsCard::fields())
        out += row(SettingsCard::fieldLabel(field).toString(), card->value(field).toString());
    out += QStringLiteral("</table>\n");
    out += element("p", QStringLiteral("guides"),
        esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "Where to type them in your mail program:"))));
    for (const MailProgramInfo* p : MailPrograms::all()) {
        out += QStringLiteral("<details class=\"program\" id=\"program-%1\"%2>\n<summary>%3</summary>\n")
                   .arg(QString::fromLatin1(p->key), chosen == p->id ? QStringLiteral(" open") : QString(),
                       esc(MailPrograms::name(*p).toString()));
        out += element("p", QStringLiteral("where"), esc(MailPrograms::where(*p).toString()));
        out += QStringLiteral("<table>\n");
        for (const GuideRow& line : MailPrograms::rows(*p, *card))
            out += row(line.label.toString(), line.value.toString());
        out += QStringLiteral("</table>\n");
        if (const LocalizedText note = MailPrograms::note(*p); !note.isEmpty())
            out += element("p", QStringLiteral("note"), esc(note.toString()));
        out += QStringLiteral("</details>\n");
    }
    return out;
}

QString transcriptHtml(const QList<TranscriptEntry>& transcript)
{
    QString lines;
    for (const TranscriptEntry& e : transcript) {
        const QString who = e.direction == TranscriptEntry::Direction::Client ? QStringLiteral("C:")
            : e.direction == TranscriptEntry::Direction::Server               ? QStringLiteral("S:")
                                                                              : QStringLiteral("--");
        lines += QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QString::number(e.ms).rightJustified(6), e.connection, who, e.text);
    }
    return QStringLiteral("<pre>") + lines.toHtmlEscaped() + QStringLiteral("</pre>\n");
}

} // namespace

QString HtmlReportWriter::write(const Report& r, const QString& language, std::optional<MailProgram> program)
{
    const AccountSettings& s = r.settings;
    const QString title
        = QCoreApplication::translate("HtmlReport", "SMTP Doctor report for %1").arg(s.shownHost());
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(esc(language));
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
               .arg(esc(title), QString::fromLatin1(Style));
    out += element("h1", QStringLiteral("title"), esc(title));
    out += element("p", QStringLiteral("meta"),
        esc(QCoreApplication::translate("HtmlReport", "SMTP Doctor %1, %2")
                .arg(r.version, QLocale().toString(r.startedAt, QLocale::ShortFormat))));
    out += element("p", QStringLiteral("verdict"), esc(r.headline().toString()));
    if (const Finding* problem = r.mainProblem(); problem && !problem->fix().isEmpty())
        out += element("p", QStringLiteral("main-fix"),
            esc(QCoreApplication::translate("HtmlReport", "What to do: %1").arg(problem->fix().toString())));
    if (!r.helpdesk.isEmpty())
        out += element("p", QStringLiteral("helpdesk"),
            esc(QCoreApplication::translate("HtmlReport", "Helpdesk: %1").arg(r.helpdesk)));

    out += cardHtml(r, program);

    out += element(
        "h2", QString(), esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "Settings that were checked"))));
    out += QStringLiteral("<table class=\"settings\">\n");
    out += row(trText(QT_TRANSLATE_NOOP("HtmlReport", "Outgoing mail server")), s.shownHost());
    out += row(trText(QT_TRANSLATE_NOOP("HtmlReport", "Port")),
        s.port ? QString::number(s.port) : trText(QT_TRANSLATE_NOOP("HtmlReport", "automatic")));
    out += row(trText(QT_TRANSLATE_NOOP("HtmlReport", "Security")), securityLabel(s.security).toString());
    out += row(trText(QT_TRANSLATE_NOOP("HtmlReport", "User name")),
        s.user.isEmpty() ? trText(QT_TRANSLATE_NOOP("HtmlReport", "(none)")) : s.user);
    if (!s.user.isEmpty())
        out += row(trText(QT_TRANSLATE_NOOP("HtmlReport", "Sign-in method")),
            signInMethodLabel(s.signIn).toString());
    out += QStringLiteral("</table>\n");

    out += element("h2", QString(), esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "Checks"))));
    for (const StepResult& step : r.steps) {
        out += QStringLiteral("<div class=\"step\" id=\"step-%1\">\n").arg(esc(stepIdName(step.id)));
        const QString titleAndSummary
            = trText(QT_TRANSLATE_NOOP("HtmlReport", "%1: %2"))
                  .arg(QStringLiteral("<strong>%1</strong>").arg(esc(stepTitle(step.id).toString())),
                      esc(step.summary.toString()));
        out += QStringLiteral("<p><span class=\"status status-%1\">%2 %3</span> %4</p>\n")
                   .arg(stepStatusName(step.status), statusMark(step.status),
                       esc(stepStatusLabel(step.status).toString()), titleAndSummary);
        for (const Finding& f : step.findings)
            out += findingHtml(f);
        out += QStringLiteral("</div>\n");
    }

    if (!r.probes.isEmpty()) {
        out += element("h2", QString(), esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "Ports tried"))));
        out += QStringLiteral("<table class=\"ports\">\n");
        for (const PortProbeResult& p : r.probes)
            out += row(QStringLiteral("%1 %2").arg(
                           QString::number(p.endpoint.port), securityLabel(p.endpoint.security).toString()),
                p.ok ? trText(QT_TRANSLATE_NOOP("HtmlReport", "answers as a mail server"))
                     : failureKindName(p.failure.kind));
        out += QStringLiteral("</table>\n");
    }
    if (!r.transcript.isEmpty()) {
        out += element("h2", QString(),
            esc(trText(QT_TRANSLATE_NOOP("HtmlReport", "Conversation with the server (passwords hidden)"))));
        out += transcriptHtml(r.transcript);
    }
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace SmtpDoctor
