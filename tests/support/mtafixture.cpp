#include "mtafixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

MtaFixture MtaFixture::load()
{
    MtaFixture f;
    const QString state = qEnvironmentVariable("SMTPDOCTOR_TEST_STATE");
    QFile env(state + QStringLiteral("/mta/env"));
    if (state.isEmpty() || !env.open(QIODevice::ReadOnly)) {
        f.error = QStringLiteral("the test MTA is not running (no %1); run the tests through ctest").arg(env.fileName());
        return f;
    }
    QString passwordFile;
    for (const QByteArray& raw : env.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0 || line.startsWith(QLatin1Char('#')))
            continue;
        const QString key = line.left(eq);
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('\'')) || value.startsWith(QLatin1Char('"'))))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("MTA_HOST"))
            f.host = value;
        else if (key == QLatin1String("MTA_SUBMISSION_PORT"))
            f.submissionPort = quint16(value.toUInt());
        else if (key == QLatin1String("MTA_SMTPS_PORT"))
            f.smtpsPort = quint16(value.toUInt());
        else if (key == QLatin1String("MTA_PLAIN_PORT"))
            f.plainPort = quint16(value.toUInt());
        else if (key == QLatin1String("MTA_CA_FILE"))
            f.caFile = value;
        else if (key == QLatin1String("MTA_USER"))
            f.user = value;
        else if (key == QLatin1String("MTA_PASSWORD_FILE"))
            passwordFile = value;
        else if (key == QLatin1String("MTA_LOG"))
            f.logFile = value;
    }
    QFile pw(passwordFile);
    if (pw.open(QIODevice::ReadOnly))
        f.password = QString::fromUtf8(pw.readAll());
    if (f.host.isEmpty() || !f.submissionPort || !f.smtpsPort || !f.plainPort || f.password.isEmpty())
        f.error = QStringLiteral("the MTA env file %1 is incomplete").arg(env.fileName());
    return f;
}

QByteArray MtaFixture::serverLog() const
{
    QFile log(logFile);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

bool MtaFixture::waitForQuietLog(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QByteArray log = serverLog();
        if (log.count("]: connect from ") == log.count("]: disconnect from "))
            return true;
        if (deadline.hasExpired())
            return false;
        // Spin the event loop while waiting (an in-process fake server may need it), 50 ms at a time.
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QJsonObject ProcessResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProcessResult runSmtpDoctor(const QStringList& arguments, const QByteArray& stdinData, int timeoutMs,
    const QStringList& extraEnvironment)
{
    ProcessResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnvironment)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SMTPDOCTOR_BINARY"), arguments);
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + qgetenv("SMTPDOCTOR_BINARY");
        return r;
    }
    p.write(stdinData);
    p.closeWriteChannel();
    // Spin this thread's event loop while waiting, so an in-process fake server can answer.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
