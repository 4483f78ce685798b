#pragma once

#include "core/i18n/localizedtext.h"

#include <QString>

namespace SmtpDoctor {

// What a provider expects as the sign-in user name.
enum class UserNameForm {
    Unknown,
    Address,   // the whole address: alice@example.com
    LocalPart, // the part before "@": alice
    Other,     // an account id that is neither (docomo's d ACCOUNT ID, Yahoo! JAPAN ID...)
};

QString userNameFormName(UserNameForm form); // "address", "local-part", "other", "" for Unknown
bool userNameFormFromName(const QString& name, UserNameForm* form);
LocalizedText userNameFormLabel(UserNameForm form); // "your whole email address"...

// The parts of an address; empty when it has no "@". The domain comes back lower-case, in ASCII
// (punycode) form, so that it can be compared and looked up.
QString localPartOf(const QString& email);
QString domainOf(const QString& email);

// The user name `form` gives for `email`; empty for Unknown and Other.
QString userNameFor(UserNameForm form, const QString& email);

// The other form of `user` worth one more try after the server refused it: the local part for a
// whole address, the whole address for a bare local part of `email`. Empty when there is none, or when
// the provider's known form (`providerForm`) says that `user` already has the right form.
QString alternateUserName(const QString& user, const QString& email, UserNameForm providerForm);

} // namespace SmtpDoctor
