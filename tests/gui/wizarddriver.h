#pragma once

#include "ui/mainwizard.h"

#include <QLabel>
#include <QString>
#include <QStringList>

class QWidget;

// Drives the real wizard the way a user would (typing, clicking), for the GUI tests and the
// screenshot renderer. Every wait is bounded.
namespace WizardDriver {

struct Account
{
    QString email;
    QString host; // as typed, e.g. "127.0.0.1"
    QString port; // as typed into the port box; empty: leave "Automatic"
    int securityIndex = 0; // 0 automatic, 1 SSL/TLS, 2 STARTTLS, 3 none
    QString user; // empty: keep what the email filled in
    QString password;
    bool allowInsecure = false;
    QString caFile;
};

template<typename T>
T child(const QWidget* root, const QString& objectName)
{
    return root->findChild<T>(objectName);
}

void typeInto(QWidget* edit, const QString& text); // clears, types, then leaves the field
void click(QWidget* button);
// Welcome page → Account page (diagnosis chosen).
bool goToAccountPage(SmtpDoctor::MainWizard& wizard);
// Welcome page → Explain page ("explain an error message" chosen).
bool goToExplainPage(SmtpDoctor::MainWizard& wizard);
void fillAccount(SmtpDoctor::MainWizard& wizard, const Account& account);
// Presses Next and waits until the wizard shows `pageId`.
bool next(SmtpDoctor::MainWizard& wizard, int pageId, int timeoutMs = 5000);
// Waits until the checking page reports the run finished (complete), bounded.
bool waitForRunEnd(SmtpDoctor::MainWizard& wizard, int timeoutMs);
QWidget* wizardButton(SmtpDoctor::MainWizard& wizard, int which);

// Word-wrapped labels shorter than their text needs, or single-line labels and buttons narrower than
// their text: anything a user would see cut off. Returns one line per problem ("objectName: text").
QStringList clippedWidgets(const QWidget* root);
// Labels that would interpret their text as rich text.
QStringList richTextLabels(const QWidget* root);

} // namespace WizardDriver
