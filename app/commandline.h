#pragma once

#include "ui/startoptions.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// What the user asked for on the command line (../shared/cli-contract.md).
enum class Subcommand { Wizard, Check, Explain, CheckDomain };

Subcommand subcommandOf(const QStringList& arguments);
// With no subcommand: the first word that is not an option or an option's value (ours, or Qt's own
// such as -platform NAME, -style NAME), when there is one: a mistyped subcommand ("chekc"), a usage
// error rather than a reason to open the window. Empty otherwise.
QString unknownSubcommand(const QStringList& arguments);
// The one translated line for it, suggesting the closest command when one is close.
QString unknownSubcommandMessage(const QString& word);
// `smtpdoctor --help` (or -h) without a subcommand: the overview, not the window.
bool wantsGeneralHelp(const QStringList& arguments);
// The translated overview of the subcommands (`check --help` and `explain --help` list their options).
QString generalHelpText();
// The value of --lang, if given anywhere (needed before parsing, so errors are already translated).
QString languageArgument(const QStringList& arguments);
// What the wizard is asked to do: --preset FILE, and whether --lang was given.
StartOptions startOptions(const QStringList& arguments);

// Exit codes of the contract.
enum ExitCode { ExitOk = 0, ExitProblem = 1, ExitUsage = 2 };

// Windows: the executable is a GUI program (no console window for the wizard), so a subcommand run
// from a console must attach to it before printing. Output already redirected to a file or pipe is
// left alone. Does nothing elsewhere.
void attachToParentConsole();

// Writes a one-line message to standard error (exit-2 errors: nothing goes to standard output).
void printError(const QString& message);
void printOut(const QString& text);
void printOut(const QByteArray& bytes);

} // namespace SmtpDoctor
