#pragma once

#include "checkrun.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

struct OAuthFixture;

// `smtpdoctor check --oauth` against the OAuth test world, as a person (or acceptance) runs it: the
// command prints the address to open on standard error, and something answers it.
namespace OAuthCli {

enum class OnAddress {
    OpenBrowser, // headless Chromium opens it (and signs in or not, as the provider's client decides)
    Nothing, // nobody opens it: the wait for the browser runs out
    Interrupt, // Ctrl+C (SIGINT) once the address is there
};

struct Run : CheckRun
{
    QStringList addressLines; // the lines of standard error that hold an http(s) address
    QUrl address; // the address of the first of them
    QByteArray browserOutput;
};

// Runs `smtpdoctor check --oauth --no-browser --format json --lang en ARGS...` (--format/--lang may be
// given again in ARGS: the last one counts), answering the printed address as `onAddress` says.
Run run(const OAuthFixture& fixture, const QStringList& args, OnAddress onAddress,
    const QStringList& environment = {}, int timeoutMs = 90000);

// A preset as an IT department would write it for the test world: [server] (host, port, STARTTLS) and
// [oauth] with provider = custom, the client id, both addresses and the scope. Empty path on failure.
QString writePreset(
    const QTemporaryDir& dir, const OAuthFixture& fixture, const QString& clientId, quint16 port);

// The arguments every run against the test world needs: the preset, the address, the test CA.
QStringList presetArgs(const QString& presetFile, const OAuthFixture& fixture);

} // namespace OAuthCli
