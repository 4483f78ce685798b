#include "checkrun.h"

#include "reportreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

QJsonObject CheckRun::step(const QString& id) const
{
    return reportStep(report, id);
}

QString CheckRun::status(const QString& id) const
{
    return reportStatus(report, id);
}

QStringList CheckRun::findingIds(const QString& id) const
{
    return reportFindingIds(step(id));
}

QStringList CheckRun::allFindingIds() const
{
    QStringList ids;
    for (const QJsonValue& s : report.value(QStringLiteral("steps")).toArray())
        for (const QJsonValue& f : s.toObject().value(QStringLiteral("findings")).toArray())
            ids << s.toObject().value(QStringLiteral("id")).toString() + QLatin1Char(':')
                    + f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonObject CheckRun::finding(const QString& id) const
{
    for (const QJsonValue& s : report.value(QStringLiteral("steps")).toArray())
        for (const QJsonValue& f : s.toObject().value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == id)
                return f.toObject();
    return {};
}

QStringList CheckRun::transcriptTexts() const
{
    QStringList texts;
    for (const QJsonValue& e : report.value(QStringLiteral("transcript")).toArray())
        texts << e.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

CheckRun runCheck(quint16 port, const QStringList& args, const QString& password,
    const QStringList& environment, int timeoutMs)
{
    return runCheckWith(QStringList { QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--port"), QString::number(port) }
            + args,
        password, environment, timeoutMs);
}

namespace {

CheckRun runIn(const QString& language, const QStringList& args, const QString& password,
    const QStringList& environment, int timeoutMs)
{
    QStringList all { QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--lang"), language };
    all += args;
    QByteArray input;
    if (!password.isEmpty()) {
        all << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password-stdin");
        input = password.toUtf8() + '\n';
    }
    CheckRun run;
    QElapsedTimer clock;
    clock.start();
    run.process = runSmtpDoctor(all, input, timeoutMs, environment);
    run.elapsedMs = clock.elapsed();
    run.report = run.process.json();
    return run;
}

} // namespace

CheckRun runCheckWith(
    const QStringList& args, const QString& password, const QStringList& environment, int timeoutMs)
{
    return runIn(QStringLiteral("en"), args, password, environment, timeoutMs);
}

CheckRun runCheckIn(const QString& language, quint16 port, const QStringList& args, const QString& password,
    const QStringList& environment, int timeoutMs)
{
    QStringList all { QStringLiteral("--host"), QStringLiteral("127.0.0.1") };
    if (port != 0)
        all << QStringLiteral("--port") << QString::number(port);
    return runIn(language, all + args, password, environment, timeoutMs);
}

QString certsDir()
{
    const QString dir = qEnvironmentVariable("SMTPDOCTOR_TEST_STATE") + QStringLiteral("/certs");
    return QFile::exists(dir + QStringLiteral("/root-ca.pem")) ? dir : QString();
}

bool matchesWildcard(const QString& text, const QString& pattern)
{
    const QRegularExpression re(
        QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
            pattern, QRegularExpression::UnanchoredWildcardConversion)));
    return re.match(text).hasMatch();
}

QStringList unsafeStrings(const QJsonValue& value)
{
    QStringList bad;
    if (value.isString()) {
        const QString s = value.toString();
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            const bool control = (u < 0x20 && u != '\n') || u == 0x7f || (u >= 0x80 && u < 0xa0);
            const QChar::Category cat = c.category();
            if (control || cat == QChar::Other_Format || cat == QChar::Separator_Line
                || cat == QChar::Separator_Paragraph) {
                bad << s;
                break;
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            bad += unsafeStrings(v);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            bad += unsafeStrings(it.value());
    }
    return bad;
}

QList<QByteArray> secretForms(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    return { utf8, utf8.toBase64(), QByteArray(QByteArray("\0alice\0", 7) + utf8).toBase64(),
        QByteArray(QByteArray("alice\0", 6) + utf8).toBase64() };
}
