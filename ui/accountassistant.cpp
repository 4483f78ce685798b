#include "ui/accountassistant.h"

#include "core/autodetect/autodetector.h"
#include "core/checks/oauthprofilechoice.h"
#include "core/credentials/credentialstore.h"
#include "core/settings/inputvalidation.h"
#include "ui/accountpage.h"
#include "ui/mainwizard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace SmtpDoctor {

namespace {

constexpr int MaxSuggestions = 4;
constexpr int LookupDelayMs = 400; // after the last keystroke in user name or server

std::optional<AccountModel::Field> fieldFor(PresetField f)
{
    switch (f) {
    case PresetField::Host: return AccountModel::Field::Host;
    case PresetField::Port: return AccountModel::Field::Port;
    case PresetField::Security: return AccountModel::Field::Security;
    case PresetField::UserName: return AccountModel::Field::User;
    }
    return std::nullopt;
}

} // namespace

AccountAssistant::AccountAssistant(MainWizard* wizard, const StartOptions& options)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_model(wizard->accountModel())
    , m_page(wizard->accountPage())
    , m_detector(new Autodetector(this))
    , m_store(new CredentialStore(this))
    , m_lookupDelay(new QTimer(this))
{
    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(LookupDelayMs);
    connect(m_lookupDelay, &QTimer::timeout, this, &AccountAssistant::lookUpStoredPassword);
    connect(m_page, &AccountPage::emailEntered, this, &AccountAssistant::onEmailEntered);
    connect(m_detector, &Autodetector::finished, this, &AccountAssistant::onDetected);
    connect(m_model, &AccountModel::fieldChanged, this, &AccountAssistant::onFieldChanged);
    connect(m_model, &AccountModel::rememberPasswordRequested, this, &AccountAssistant::onRememberRequested);
    connect(m_wizard, &MainWizard::signInSucceeded, this, &AccountAssistant::onSignInSucceeded);
    connect(m_store, &CredentialStore::finished, this, &AccountAssistant::onCredentialResult);
    m_page->installEventFilter(this); // texts built here follow language switches
    applyPreset(findPreset(options.presetFile), options.languageChosen);
}

AccountAssistant::~AccountAssistant() = default;

void AccountAssistant::applyPreset(const PresetLookup& lookup, bool languageChosen)
{
    m_preset = lookup.preset;
    m_presetError = lookup.error;
    m_model->setPresetOAuth(m_preset ? m_preset->oauth : std::nullopt);
    if (m_preset) {
        if (!languageChosen && !m_preset->language.isEmpty())
            m_wizard->switchLanguage(m_preset->language);
        AccountSettings settings;
        m_preset->applyTo(&settings);
        m_model->applySettings(settings);
        for (PresetField f : m_preset->locked)
            if (const auto field = fieldFor(f))
                m_model->setFieldLocked(*field, true);
        m_model->setHelpdesk(m_preset->helpdesk);
        m_userForm = m_preset->userForm;
        followEmailWithUserName();
    }
    proposeSignInMethod();
    publishPresetNotice();
}

void AccountAssistant::publishPresetNotice()
{
    if (!m_presetError.isEmpty()) {
        m_page->setNotice({ "AccountAssistant", QT_TRANSLATE_NOOP("AccountAssistant", "%1 SMTP Doctor started without the prepared settings."),
                              { m_presetError.toString() } },
            StatusKind::Warn);
    } else if (m_preset && !m_preset->organisation.isEmpty()) {
        m_page->setNotice({ "AccountAssistant", QT_TRANSLATE_NOOP("AccountAssistant", "These settings were prepared by %1."), { m_preset->organisation } },
            StatusKind::Info);
    } else {
        m_page->setNotice({}, StatusKind::Info);
    }
}

bool AccountAssistant::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::LanguageChange) {
        publishPresetNotice();
        publishSuggestions();
    }
    return QObject::eventFilter(watched, event);
}

void AccountAssistant::onEmailEntered(const QString& address)
{
    // A server the organisation fixed needs no suggestions.
    if (m_model->isFieldLocked(AccountModel::Field::Host) || (address == m_detectedEmail && m_detector->isRunning()))
        return;
    m_detectedEmail = address;
    m_detector->setTimeoutMs(AccountSettings::DefaultTimeoutSeconds * 1000);
    m_detector->setExtraCaCertificates(m_model->toSettings().extraCaCertificates);
    m_detector->start(address);
}

void AccountAssistant::onDetected()
{
    if (m_detector->isRunning() || m_detector->email() != m_detectedEmail)
        return; // the end of an older lookup, replaced by a newer one
    if (!m_preset || m_preset->userForm == UserNameForm::Unknown) {
        const std::optional<DetectedServer> best = m_detector->best();
        m_userForm = best ? best->userForm : UserNameForm::Unknown;
        followEmailWithUserName();
    }
    publishSuggestions();
}

void AccountAssistant::publishSuggestions()
{
    if (m_detectedEmail.isEmpty() || m_detector->isRunning() || m_detector->email() != m_detectedEmail)
        return;
    QList<AccountSuggestion> suggestions;
    for (const DetectedServer& s : m_detector->results()) {
        if (suggestions.size() == MaxSuggestions)
            break;
        QStringList lines { tr("Found in %1.").arg(detectionSourceLabel(s.source).toString()) };
        if (s.userForm != UserNameForm::Unknown)
            lines << tr("User name: %1.").arg(userNameFormLabel(s.userForm).toString());
        for (const LocalizedText& note : s.notes)
            lines << note.toString();
        suggestions.append({ s.host, s.port, s.security, LocalizedText::verbatim(lines.join(QLatin1Char('\n'))) });
    }
    m_model->setSuggestions(suggestions);
}

void AccountAssistant::followEmailWithUserName()
{
    const QString email = m_model->email().trimmed();
    const QString current = m_model->user();
    // Only a user name that was filled in automatically is replaced, never one the user typed. It runs
    // before the model's own "user name follows the address", which still shows the previous address.
    const bool automatic = current.isEmpty() || current == email || current == m_lastEmail || current == m_autoUser
        || m_model->isFieldLocked(AccountModel::Field::User);
    m_lastEmail = email;
    if (m_userForm != UserNameForm::Address && m_userForm != UserNameForm::LocalPart)
        return;
    const QString wanted = userNameFor(m_userForm, email);
    if (wanted.isEmpty() || !automatic)
        return;
    m_autoUser = wanted;
    m_model->setUser(wanted); // also ends the model's own following, which would undo this
}

void AccountAssistant::proposeSignInMethod()
{
    m_model->setSignInMethod(
        defaultSignInMethod(m_model->presetOAuth(), m_model->toSettings(), m_model->oauthProfile()));
}

void AccountAssistant::onFieldChanged(AccountModel::Field field)
{
    if (field == AccountModel::Field::Email)
        followEmailWithUserName();
    if (field == AccountModel::Field::Email || field == AccountModel::Field::Host)
        proposeSignInMethod();
    if (field == AccountModel::Field::Email || field == AccountModel::Field::User || field == AccountModel::Field::Host)
        m_lookupDelay->start();
}

CredentialKey AccountAssistant::currentKey() const
{
    HostInput host;
    if (!parseHostInput(m_model->hostText(), &host).isEmpty() || !validateUserName(m_model->user()).isEmpty())
        return {};
    return { m_model->user().trimmed(), host.host };
}

void AccountAssistant::lookUpStoredPassword()
{
    const CredentialKey key = currentKey();
    if (!key.isValid() || !m_model->password().isEmpty() || key.name() == m_lastLookup)
        return;
    m_lastLookup = key.name();
    m_store->read(key);
}

void AccountAssistant::onRememberRequested(bool remember)
{
    if (remember) {
        m_page->setKeychainMessage({ "AccountAssistant", QT_TRANSLATE_NOOP("AccountAssistant", "The password will be saved in this computer's password store (Windows Credential Manager, the macOS keychain or GNOME Keyring) after a successful sign-in.") },
            StatusKind::Info);
        return;
    }
    const CredentialKey key = currentKey();
    if (key.isValid())
        m_store->forget(key);
    else
        m_page->setKeychainMessage({}, StatusKind::Info);
}

void AccountAssistant::onSignInSucceeded(const AccountSettings& settings)
{
    if (!m_model->rememberPassword() || m_model->password().isEmpty())
        return;
    m_store->write({ settings.user, settings.host }, m_model->password());
}

void AccountAssistant::onCredentialResult(const CredentialResult& result)
{
    if (result.operation != CredentialResult::Operation::Read) {
        m_page->setKeychainMessage(result.message(), result.ok() ? StatusKind::Info : StatusKind::Warn);
        return;
    }
    // Only a password found for exactly the account shown, into an empty password field.
    if (!result.ok() || result.key.name() != currentKey().name() || !m_model->password().isEmpty())
        return;
    m_model->setPassword(result.password);
    m_model->setRememberPassword(true, false);
    m_page->setKeychainMessage(result.message(), StatusKind::Info);
}

} // namespace SmtpDoctor
