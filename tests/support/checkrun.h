#pragma once

#include "mtafixture.h"

#include <QJsonObject>
#include <QStringList>

// One `smtpdoctor check` against a server on 127.0.0.1, read back as its JSON report.
struct CheckRun
{
    ProcessResult process;
    QJsonObject report;
    qint64 elapsedMs = 0;

    QJsonObject step(const QString& id) const;
    QString status(const QString& step) const;
    QStringList findingIds(const QString& step) const;
    QStringList allFindingIds() const;
    QJsonObject finding(const QString& id) const; // the first finding with this id, in any step
    QStringList transcriptTexts() const;
};

// Runs `smtpdoctor check --host 127.0.0.1 --port PORT --format json --lang en ARGS...`; with a
// non-empty password, also `--user alice --password-stdin` and the password on standard input.
CheckRun runCheck(quint16 port, const QStringList& args, const QString& password = {},
    const QStringList& environment = {}, int timeoutMs = 90000);
// The same with every argument given (no --host/--port added).
CheckRun runCheckWith(const QStringList& args, const QString& password = {},
    const QStringList& environment = {}, int timeoutMs = 90000);

// The same, with the report in `language` ("ja", "en"); port 0: no --port (the sweep picks it).
CheckRun runCheckIn(const QString& language, quint16 port, const QStringList& args,
    const QString& password = {}, const QStringList& environment = {}, int timeoutMs = 90000);

// Where the "certs" ctest fixture (tests/fixtures/certs/make-certs.sh) put its files; empty if missing.
QString certsDir();

// Shell-style wildcard match of a whole line (* matches anything).
bool matchesWildcard(const QString& text, const QString& pattern);

// Every string in a JSON value that holds a character a terminal or a label could misuse: C0/C1
// controls except LF, DEL, and invisible format characters (bidirectional overrides...).
QStringList unsafeStrings(const QJsonValue& value);

// The password in every form it could leak in: as is, base64, AUTH PLAIN's base64 (user "alice").
QList<QByteArray> secretForms(const QString& password);
