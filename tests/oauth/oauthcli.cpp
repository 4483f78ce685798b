#include "oauthcli.h"

#include "headlessbrowser.h"
#include "oauthfixture.h"
#include "testfiles.h"

#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <memory>

namespace OAuthCli {

Run run(const OAuthFixture& fixture, const QStringList& args, OnAddress onAddress,
    const QStringList& environment, int timeoutMs)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : environment)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    const QStringList all = QStringList { QStringLiteral("check"), QStringLiteral("--oauth"),
        QStringLiteral("--no-browser"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--lang"), QStringLiteral("en") }
        + args;
    p.start(qEnvironmentVariable("SMTPDOCTOR_BINARY"), all);
    if (!p.waitForStarted(10000)) {
        r.process.err = "could not start " + qgetenv("SMTPDOCTOR_BINARY");
        return r;
    }
    p.closeWriteChannel();
    std::unique_ptr<HeadlessBrowser> browser;
    QByteArray err;
    static const QRegularExpression address(QStringLiteral("https?://\\S+"));
    QEventLoop loop;
    QObject::connect(&p, &QProcess::readyReadStandardError, &loop, [&] {
        err += p.readAllStandardError();
        if (!r.addressLines.isEmpty())
            return;
        const QList<QByteArray> lines = err.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece is not a whole line yet
            const QString line = QString::fromUtf8(lines[i]);
            const QRegularExpressionMatch m = address.match(line);
            if (!m.hasMatch())
                continue;
            r.addressLines << line;
            r.address = QUrl(m.captured(0), QUrl::StrictMode);
            if (onAddress == OnAddress::OpenBrowser) {
                browser = std::make_unique<HeadlessBrowser>(fixture.spki);
                browser->open(r.address);
            } else if (onAddress == OnAddress::Interrupt) {
                ::kill(pid_t(p.processId()), SIGINT);
            }
            break;
        }
    });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        r.process.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    err += p.readAllStandardError();
    // Every line with an address, not only the first: there must be exactly one.
    r.addressLines.clear();
    for (const QByteArray& raw : err.split('\n'))
        if (address.match(QString::fromUtf8(raw)).hasMatch())
            r.addressLines << QString::fromUtf8(raw);
    r.process.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.process.out = p.readAllStandardOutput();
    r.process.err = err;
    r.report = r.process.json();
    if (browser)
        r.browserOutput = browser->output();
    return r;
}

QString writePreset(
    const QTemporaryDir& dir, const OAuthFixture& fixture, const QString& clientId, quint16 port)
{
    const QString text
        = QStringLiteral(
            "; as an IT department would write it\n"
            "[organisation]\nname = Example Test Org\n\n"
            "[server]\nhost = %1\nport = %2\nsecurity = starttls\n\n"
            "[oauth]\nprovider = custom\nclient-id = %3\nauthorize-url = %4\ntoken-url = %5\nscope = %6\n")
              .arg(fixture.host, QString::number(port), clientId, fixture.authorizeUrl.toString(),
                  fixture.tokenUrl.toString(), QString::fromLatin1(OAuthFixture::Scope));
    return writeTestFile(dir, QStringLiteral("preset-%1-%2.ini").arg(clientId).arg(port), text.toUtf8());
}

QStringList presetArgs(const QString& presetFile, const OAuthFixture& fixture)
{
    return { QStringLiteral("--preset"), presetFile, QStringLiteral("--email"), fixture.user,
        QStringLiteral("--ca-file"), fixture.caFile };
}

} // namespace OAuthCli
