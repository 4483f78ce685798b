#include "core/report/jsonreportwriter.h"

#include "core/checks/portverdict.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SmtpDoctor {

QJsonObject JsonReportWriter::replyObject(const SmtpReply& reply)
{
    return QJsonObject {
        { QStringLiteral("code"), reply.code },
        { QStringLiteral("enhanced"), reply.enhanced.isValid() ? QJsonValue(reply.enhanced.toString()) : QJsonValue() },
        { QStringLiteral("text"), reply.text() },
    };
}

QJsonObject JsonReportWriter::findingObject(const Finding& f)
{
    QJsonObject o {
        { QStringLiteral("id"), f.idName() },
        { QStringLiteral("severity"), severityName(f.severity) },
        { QStringLiteral("title"), f.title().toString() },
        { QStringLiteral("explanation"), f.explanation().toString() },
        { QStringLiteral("fix"), f.fix().toString() },
        { QStringLiteral("side"), sideName(f.side) },
        { QStringLiteral("reason"), reasonName(f.reason()) },
    };
    if (f.reply)
        o.insert(QStringLiteral("reply"), replyObject(*f.reply));
    if (!f.details.isEmpty()) {
        QJsonArray details;
        for (const LocalizedText& d : f.details)
            details.append(d.toString());
        o.insert(QStringLiteral("details"), details);
    }
    return o;
}

QByteArray JsonReportWriter::write(const Report& r, const QString& language)
{
    const AccountSettings& s = r.settings;
    QJsonObject settings {
        { QStringLiteral("host"), s.host },
        { QStringLiteral("port"), s.port ? QJsonValue(int(s.port)) : QJsonValue() },
        { QStringLiteral("security"), securityName(s.security) },
        { QStringLiteral("user"), s.user.isEmpty() ? QJsonValue() : QJsonValue(s.user) },
        { QStringLiteral("email"), s.email.isEmpty() ? QJsonValue() : QJsonValue(s.email) },
        { QStringLiteral("signIn"), signInMethodName(s.signIn) },
    };
    QJsonArray steps;
    for (const StepResult& step : r.steps) {
        QJsonArray findings;
        for (const Finding& f : step.findings)
            findings.append(findingObject(f));
        steps.append(QJsonObject {
            { QStringLiteral("id"), stepIdName(step.id) },
            { QStringLiteral("status"), stepStatusName(step.status) },
            { QStringLiteral("title"), stepTitle(step.id).toString() },
            { QStringLiteral("summary"), step.summary.toString() },
            { QStringLiteral("durationMs"), step.durationMs },
            { QStringLiteral("findings"), findings },
        });
    }
    QJsonValue recommendation;
    if (r.recommendation) {
        QJsonObject use {
            { QStringLiteral("host"), s.host },
            { QStringLiteral("port"), int(r.recommendation->port) },
            { QStringLiteral("security"), securityName(r.recommendation->security) },
        };
        if (r.signedIn) // the way of signing in that worked
            use.insert(QStringLiteral("signIn"), signInMethodName(s.signIn));
        recommendation = use;
    }
    QJsonArray ports;
    for (const PortProbeResult& p : r.probes) {
        QJsonObject port {
            { QStringLiteral("port"), int(p.endpoint.port) },
            { QStringLiteral("security"), securityName(p.endpoint.security) },
            { QStringLiteral("result"), p.ok ? QStringLiteral("smtp") : failureKindName(p.failure.kind) },
            { QStringLiteral("verdict"), portVerdictName(portVerdict(p)) },
            { QStringLiteral("label"), portVerdictLabel(p).toString() },
            { QStringLiteral("ms"), p.durationMs },
            { QStringLiteral("connectMs"), p.connectMs },
            { QStringLiteral("background"), p.background },
        };
        if (!p.failure.otherProtocol.isEmpty())
            port.insert(QStringLiteral("protocol"), p.failure.otherProtocol);
        if (p.greeting.isValid())
            port.insert(QStringLiteral("greeting"), p.greeting.summary());
        if (!p.failure.detail.isEmpty())
            port.insert(QStringLiteral("detail"), p.failure.detail);
        ports.append(port);
    }
    QJsonArray transcript;
    for (const TranscriptEntry& e : r.transcript) {
        QJsonObject entry {
            { QStringLiteral("ms"), e.ms },
            { QStringLiteral("dir"), TranscriptEntry::directionName(e.direction) },
            { QStringLiteral("text"), e.text },
        };
        if (!e.connection.isEmpty())
            entry.insert(QStringLiteral("connection"), e.connection);
        transcript.append(entry);
    }
    QJsonObject root {
        { QStringLiteral("tool"), r.tool },
        { QStringLiteral("version"), r.version },
        { QStringLiteral("language"), language },
        { QStringLiteral("settings"), settings },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("recommendation"), recommendation },
        { QStringLiteral("ports"), ports },
        { QStringLiteral("transcript"), transcript },
    };
    if (!r.helpdesk.isEmpty())
        root.insert(QStringLiteral("helpdesk"), r.helpdesk);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace SmtpDoctor
