#include "core/report/mailprograms.h"

#include <algorithm>

namespace SmtpDoctor {

const QList<const MailProgramInfo*>& MailPrograms::all()
{
    static const QList<const MailProgramInfo*> table = [] {
        QList<const MailProgramInfo*> out = desktopMailPrograms() + mobileMailPrograms();
        std::stable_sort(out.begin(), out.end(),
            [](const MailProgramInfo* a, const MailProgramInfo* b) { return int(a->id) < int(b->id); });
        return out;
    }();
    return table;
}

const MailProgramInfo& MailPrograms::info(MailProgram program)
{
    for (const MailProgramInfo* p : all())
        if (p->id == program)
            return *p;
    qFatal("MailPrograms: no row for program %d", int(program)); // every enum value has a row
    return *all().first();
}

const MailProgramInfo* MailPrograms::byKey(const QString& key)
{
    for (const MailProgramInfo* p : all())
        if (key == QLatin1String(p->key))
            return p;
    return nullptr;
}

LocalizedText MailPrograms::name(const MailProgramInfo& p)
{
    return { p.context, p.name };
}

LocalizedText MailPrograms::where(const MailProgramInfo& p)
{
    return { p.context, p.where };
}

LocalizedText MailPrograms::note(const MailProgramInfo& p)
{
    return p.note ? LocalizedText { p.context, p.note } : LocalizedText();
}

QList<GuideRow> MailPrograms::rows(const MailProgramInfo& p, const SettingsCard& card)
{
    const auto text = [&p](const char* source) { return LocalizedText { p.context, source }; };
    QList<GuideRow> out;
    const QString port = QString::number(card.port);
    // Programs without a port field take it after the server name.
    out.append({ CardField::Server, text(p.serverLabel),
        LocalizedText::verbatim(p.portLabel ? card.server : card.server + QLatin1Char(':') + port) });
    if (p.portLabel)
        out.append({ CardField::Port, text(p.portLabel), LocalizedText::verbatim(port) });
    const char* security = card.security == Security::Tls ? p.securityTls
        : card.security == Security::StartTls             ? p.securityStartTls
                                                          : p.securityNone;
    out.append({ CardField::Security, text(p.securityLabel), text(security) });
    out.append({ CardField::UserName, text(p.userLabel), card.value(CardField::UserName) });
    const char* auth = nullptr;
    switch (card.auth) {
    case AuthChoice::Password:
        auth = p.authPassword;
        break;
    case AuthChoice::EncryptedPassword:
        auth = p.authEncrypted;
        break;
    case AuthChoice::OAuth:
        auth = p.authOAuth;
        break;
    case AuthChoice::None:
        auth = p.authNone;
        break;
    case AuthChoice::Unknown:
        break;
    }
    out.append(
        { CardField::AuthMethod, text(p.authLabel), auth ? text(auth) : card.value(CardField::AuthMethod) });
    return out;
}

} // namespace SmtpDoctor
