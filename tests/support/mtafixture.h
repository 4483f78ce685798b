#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The real Postfix started by tests/fixtures/mta/start-mta.sh (the ctest fixture "mta"): where it
// listens and how to sign in. Tests QSKIP with the reason when it is not running.
struct MtaFixture
{
    QString host;
    quint16 submissionPort = 0; // STARTTLS + AUTH
    quint16 smtpsPort = 0;      // implicit TLS + AUTH
    quint16 plainPort = 0;      // no TLS, no AUTH, no relaying
    QString caFile;
    QString user;
    QString password;
    QString logFile;
    QString error; // why it could not be read

    bool isValid() const { return error.isEmpty(); }
    static MtaFixture load(); // from $SMTPDOCTOR_TEST_STATE/mta/env
    QByteArray serverLog() const;
    // Waits (bounded) until every session Postfix logged a "connect from" for has logged its
    // "disconnect from": Postfix writes that line after the client has gone, so a test that reads the
    // log from an offset must first let the previous test's sessions end.
    bool waitForQuietLog(int timeoutMs = 10000) const;
};

// Runs the smtpdoctor binary ($SMTPDOCTOR_BINARY) with a bounded wait.
struct ProcessResult
{
    int exitCode = -1;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const; // standard output parsed as a JSON object (empty on error)
};
ProcessResult runSmtpDoctor(const QStringList& arguments, const QByteArray& stdinData = {}, int timeoutMs = 60000,
    const QStringList& extraEnvironment = {});
