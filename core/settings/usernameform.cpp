#include "core/settings/usernameform.h"

#include <QUrl>

namespace SmtpDoctor {

QString userNameFormName(UserNameForm form)
{
    switch (form) {
    case UserNameForm::Unknown: return {};
    case UserNameForm::Address: return QStringLiteral("address");
    case UserNameForm::LocalPart: return QStringLiteral("local-part");
    case UserNameForm::Other: return QStringLiteral("other");
    }
    return {};
}

bool userNameFormFromName(const QString& name, UserNameForm* form)
{
    for (UserNameForm candidate : { UserNameForm::Address, UserNameForm::LocalPart, UserNameForm::Other }) {
        if (name.compare(userNameFormName(candidate), Qt::CaseInsensitive) == 0) {
            *form = candidate;
            return true;
        }
    }
    return false;
}

LocalizedText userNameFormLabel(UserNameForm form)
{
    switch (form) {
    case UserNameForm::Address: return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "your whole email address") };
    case UserNameForm::LocalPart: return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "the part of your address before \"@\"") };
    case UserNameForm::Other: return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "the account ID your provider gave you") };
    case UserNameForm::Unknown: break;
    }
    return { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "not known") };
}

QString localPartOf(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at > 0 ? email.left(at) : QString();
}

QString domainOf(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || at + 1 >= email.size())
        return {};
    const QString domain = email.mid(at + 1).trimmed();
    const QByteArray ace = QUrl::toAce(domain);
    QString out = ace.isEmpty() ? domain.toLower() : QString::fromLatin1(ace).toLower();
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

QString userNameFor(UserNameForm form, const QString& email)
{
    switch (form) {
    case UserNameForm::Address: return email;
    case UserNameForm::LocalPart: return localPartOf(email);
    case UserNameForm::Unknown:
    case UserNameForm::Other: break;
    }
    return {};
}

QString alternateUserName(const QString& user, const QString& email, UserNameForm providerForm)
{
    if (providerForm == UserNameForm::Other)
        return {};
    if (user.contains(QLatin1Char('@'))) {
        if (providerForm == UserNameForm::Address)
            return {};
        return localPartOf(user);
    }
    if (providerForm == UserNameForm::LocalPart || email.isEmpty())
        return {};
    // Only the address the user gave: never guess a domain.
    if (localPartOf(email).compare(user, Qt::CaseInsensitive) != 0)
        return {};
    return email;
}

} // namespace SmtpDoctor
