#include "ui/accountmodel.h"

#include "core/checks/oauthprofilechoice.h"
#include "core/settings/cafile.h"
#include "core/settings/inputvalidation.h"

#include <QFileInfo>
#include <QTimer>

namespace SmtpDoctor {

MailProgram defaultMailProgram()
{
#if defined(Q_OS_WIN)
    return MailProgram::OutlookClassic;
#elif defined(Q_OS_MACOS)
    return MailProgram::AppleMail;
#else
    return MailProgram::Thunderbird;
#endif
}

void AccountModel::setMailProgram(MailProgram program)
{
    if (program == m_mailProgram)
        return;
    m_mailProgram = program;
    emit mailProgramChanged(program);
}

AccountModel::AccountModel(QObject* parent)
    : QObject(parent)
{
}

AccountModel::~AccountModel()
{
    m_password.fill(QLatin1Char(' '));
}

template<typename T>
void AccountModel::assign(T& member, const T& value, Field field)
{
    if (member == value)
        return;
    member = value;
    emit fieldChanged(field);
}

void AccountModel::setEmail(const QString& email)
{
    assign(m_email, email, Field::Email);
    // Most providers want the full address as the user name, so the user name follows the address
    // until someone types a different one.
    if (m_userFollowsEmail && !isFieldLocked(Field::User))
        assign(m_user, email.trimmed(), Field::User);
}

void AccountModel::setHostText(const QString& text)
{
    assign(m_hostText, text, Field::Host);
}
void AccountModel::setPort(quint16 port)
{
    assign(m_port, port, Field::Port);
}
void AccountModel::setSecurity(Security security)
{
    assign(m_security, security, Field::Security);
}
void AccountModel::setUser(const QString& user)
{
    m_userFollowsEmail = user.isEmpty();
    assign(m_user, user, Field::User);
}

void AccountModel::setPassword(const QString& password)
{
    assign(m_password, password, Field::Password);
}
void AccountModel::setAllowInsecure(bool allow)
{
    assign(m_allowInsecure, allow, Field::AllowInsecure);
}
void AccountModel::setCaFile(const QString& path)
{
    assign(m_caFile, path, Field::CaFile);
    // Read while the window is idle (one typed path or one chosen file): then pressing Next, which
    // checks the file and hands its certificates to the run, does not parse it in that frame.
    if (!m_caReadPending && !path.trimmed().isEmpty()) {
        m_caReadPending = true;
        QTimer::singleShot(0, this, [this] {
            m_caReadPending = false;
            if (!m_caFile.trimmed().isEmpty())
                caFileContents();
        });
    }
}
void AccountModel::setHelpdesk(const QString& contact)
{
    m_helpdesk = contact;
}

void AccountModel::setSignInMethod(SignInMethod method, bool byUser)
{
    if (byUser)
        m_signInChosen = true;
    else if (m_signInChosen)
        return;
    assign(m_signIn, method, Field::SignIn);
}

OAuthProfile AccountModel::oauthProfile() const
{
    return chooseOAuthProfile(m_presetOAuth, toSettings());
}

void AccountModel::setRememberPassword(bool remember, bool byUser)
{
    const bool changed = m_remember != remember;
    assign(m_remember, remember, Field::Remember);
    if (changed && byUser)
        emit rememberPasswordRequested(remember);
}

void AccountModel::applySettings(const AccountSettings& s)
{
    if (!s.email.isEmpty())
        setEmail(s.email);
    if (!s.host.isEmpty())
        setHostText(s.shownHost());
    if (s.port)
        setPort(s.port);
    setSecurity(s.security);
    if (!s.user.isEmpty())
        setUser(s.user);
    if (!s.caFile.isEmpty())
        setCaFile(s.caFile);
    setAllowInsecure(s.allowInsecure);
}

void AccountModel::setFieldLocked(Field field, bool locked)
{
    if (locked == m_locked.contains(field))
        return;
    if (locked)
        m_locked.insert(field);
    else
        m_locked.remove(field);
    emit lockChanged(field);
}

void AccountModel::setSuggestions(const QList<AccountSuggestion>& suggestions)
{
    m_suggestions = suggestions;
    emit suggestionsChanged();
}

void AccountModel::applySuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    const AccountSuggestion& s = m_suggestions[index];
    if (!isFieldLocked(Field::Host))
        setHostText(s.host);
    if (!isFieldLocked(Field::Port))
        setPort(s.port);
    if (!isFieldLocked(Field::Security))
        setSecurity(s.security);
}

void AccountModel::normalizeHostText()
{
    HostInput input;
    if (!parseHostInput(m_hostText, &input).isEmpty())
        return; // leave it as typed; the message beside the field says what is wrong
    if (input.port && !isFieldLocked(Field::Port))
        setPort(*input.port);
    if (input.security && !isFieldLocked(Field::Security))
        setSecurity(*input.security);
    setHostText(input.displayHost); // an IPv6 literal needs no brackets once the port has moved out
}

LocalizedText AccountModel::validate(Field field) const
{
    switch (field) {
    case Field::Email:
        return m_email.trimmed().isEmpty() ? LocalizedText() : validateEmailAddress(m_email);
    case Field::Host: {
        HostInput input;
        return parseHostInput(m_hostText, &input);
    }
    case Field::User:
        return validateUserName(m_user);
    case Field::Password:
        if (m_signIn == SignInMethod::OAuth)
            return {}; // no password: the provider's page asks for it, in the browser
        if (!m_user.trimmed().isEmpty() && m_password.isEmpty())
            return { "AccountModel",
                QT_TRANSLATE_NOOP("AccountModel",
                    "Please enter your password. To check only the server without signing in, leave the user "
                    "name empty.") };
        if (containsLineBreakOrNul(m_password))
            return { "AccountModel",
                QT_TRANSLATE_NOOP("AccountModel",
                    "The password contains a line break or an invisible control character. Please type it "
                    "again.") };
        return {};
    case Field::CaFile: {
        if (m_caFile.trimmed().isEmpty())
            return {};
        return caFileContents().errorText();
    }
    case Field::Port:
    case Field::Security:
    case Field::Remember:
    case Field::AllowInsecure:
    case Field::SignIn:
        return {};
    }
    return {};
}

std::optional<AccountModel::Field> AccountModel::firstInvalidField() const
{
    for (Field f : { Field::Email, Field::Host, Field::Port, Field::Security, Field::User, Field::Password,
             Field::CaFile })
        if (!validate(f).isEmpty())
            return f;
    return std::nullopt;
}

const CaFile& AccountModel::caFileContents() const
{
    const QString path = m_caFile.trimmed();
    const QFileInfo info(path);
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    if (path.isEmpty() || path != m_caContents.path || modified != m_caModified || size != m_caSize
        || !m_caModified.isValid()) {
        m_caContents = loadCaFile(path);
        m_caModified = modified;
        m_caSize = size;
    }
    return m_caContents;
}

AccountSettings AccountModel::toSettings() const
{
    AccountSettings s;
    HostInput input;
    parseHostInput(m_hostText, &input);
    s.host = input.host;
    s.displayHost = input.displayHost;
    s.port = m_port ? m_port : input.port.value_or(0);
    s.security = m_security == Security::Auto && input.security ? *input.security : m_security;
    s.email = m_email.trimmed();
    s.user = m_user.trimmed();
    s.allowInsecure = m_allowInsecure;
    s.caFile = m_caFile.trimmed();
    if (!s.caFile.isEmpty())
        s.extraCaCertificates = caFileContents().certificates;
    s.signIn = m_signIn;
    return s;
}

RunInput AccountModel::toRunInput() const
{
    RunInput input;
    input.settings = toSettings();
    if (m_signIn == SignInMethod::OAuth)
        input.oauthProfile = chooseOAuthProfile(m_presetOAuth, input.settings);
    else
        input.password = m_password;
    return input;
}

} // namespace SmtpDoctor
