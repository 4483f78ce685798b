#pragma once

#include "core/i18n/localizedtext.h"
#include "core/report/settingscard.h"

#include <QList>

namespace SmtpDoctor {

enum class MailProgram {
    Thunderbird,
    OutlookClassic,
    OutlookNew,
    AppleMail,
    AppleMobile,
    WindowsMail,
    GmailApp,
    Becky
};

// One mail program's outgoing server settings in its own words. Every text is marked with
// QT_TRANSLATE_NOOP in the program's own context (mailprograms_*.cpp), because the same English word
// reads differently per program in Japanese ("Port": Thunderbird 「ポート番号」, Gmail 「ポート」).
// Labels are quoted the way they appear on screen; a label left out means the program has no such
// field (the note says what to do instead).
struct MailProgramInfo
{
    MailProgram id = MailProgram::Thunderbird;
    const char* key = ""; // stable: "thunderbird", for objectNames, tests and reports
    const char* context = ""; // translation context of every text below
    const char* name = "";
    const char* where = ""; // how to open the outgoing server settings
    const char* serverLabel = "";
    const char* portLabel = nullptr; // nullptr: the port is typed after the server name (host:587)
    const char* securityLabel = "";
    const char* userLabel = "";
    const char* authLabel = "";
    const char* securityTls = "";
    const char* securityStartTls = "";
    const char* securityNone = "";
    const char* authPassword = "";
    const char* authEncrypted = "";
    const char* authOAuth = "";
    const char* authNone = "";
    const char* note = nullptr;
    const char* checked = ""; // "YYYY-MM": when the labels were compared with the program (see the .cpp)
};

// One line of a program guide: where in the program (its label) and what to type or choose there.
struct GuideRow
{
    CardField field;
    LocalizedText label;
    LocalizedText value;
};

class MailPrograms
{
public:
    static const QList<const MailProgramInfo*>& all(); // in the order of the chooser
    static const MailProgramInfo& info(MailProgram program);
    static const MailProgramInfo* byKey(const QString& key);

    static LocalizedText name(const MailProgramInfo& p);
    static LocalizedText where(const MailProgramInfo& p);
    static LocalizedText note(const MailProgramInfo& p); // empty when the program has none
    // The card's values in the program's own labels and choices, in the card's order.
    static QList<GuideRow> rows(const MailProgramInfo& p, const SettingsCard& card);
};

// The two halves of the table, each in its own file.
QList<const MailProgramInfo*> desktopMailPrograms();
QList<const MailProgramInfo*> mobileMailPrograms();

} // namespace SmtpDoctor
