#include "ui/accountpage.h"

#include "core/settings/inputvalidation.h"
#include "ui/inlinemessage.h"
#include "ui/suggestionbox.h"
#include "ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpDoctor {

using Field = AccountModel::Field;

namespace {

const QList<quint16> CommonPorts { 465, 587, 25, 2525 };
const QList<Security> SecurityChoices { Security::Auto, Security::Tls, Security::StartTls, Security::None };
const QList<SignInMethod> SignInChoices { SignInMethod::Password, SignInMethod::OAuth };

QLineEdit* makeEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

AccountPage::AccountPage(AccountModel* model, QWidget* parent)
    : WizardPageBase(QStringLiteral("accountPage"), parent)
    , m_model(model)
    , m_email(makeEdit(QStringLiteral("emailEdit"), content()))
    , m_host(makeEdit(QStringLiteral("hostEdit"), content()))
    , m_port(new QComboBox(content()))
    , m_security(new QComboBox(content()))
    , m_signIn(new QComboBox(content()))
    , m_user(makeEdit(QStringLiteral("userEdit"), content()))
    , m_password(makeEdit(QStringLiteral("passwordEdit"), content()))
    , m_showPassword(new QToolButton(content()))
    , m_remember(new QCheckBox(content()))
    , m_allowInsecure(new QCheckBox(content()))
    , m_advancedToggle(new QToolButton(content()))
    , m_caFile(makeEdit(QStringLiteral("caFileEdit"), content()))
    , m_caBrowse(new QToolButton(content()))
    , m_suggestions(new SuggestionBox(model, content()))
    , m_lockNote(makeTextLabel(QStringLiteral("lockNoteLabel"), content()))
    , m_intro(makeTextLabel(QStringLiteral("accountIntroLabel"), content()))
    , m_allowInsecureNote(makeTextLabel(QStringLiteral("allowInsecureNote"), content()))
    , m_notice(new InlineMessage(QStringLiteral("accountNotice"), content()))
    , m_keychainMessage(new InlineMessage(QStringLiteral("keychainMessage"), content()))
    , m_signInNote(new InlineMessage(QStringLiteral("signInNote"), content()))
{
    m_port->setObjectName(QStringLiteral("portCombo"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->addItem(QString(), 0);
    for (quint16 p : CommonPorts)
        m_port->addItem(QString::number(p), p);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    for (Security s : SecurityChoices)
        m_security->addItem(QString(), int(s));
    m_signIn->setObjectName(QStringLiteral("signInCombo"));
    for (SignInMethod m : SignInChoices)
        m_signIn->addItem(QString(), int(m));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_host->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword->setObjectName(QStringLiteral("showPasswordButton"));
    m_showPassword->setCheckable(true);
    m_showPassword->setFocusPolicy(Qt::StrongFocus);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecureCheck"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedButton"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setFocusPolicy(Qt::StrongFocus);
    m_caBrowse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_caBrowse->setFocusPolicy(Qt::StrongFocus);
    m_lockNote->setVisible(false);

    buildLayout();
    connectEditors();
    for (Field f : { Field::Email, Field::Host, Field::Port, Field::Security, Field::User, Field::Password, Field::Remember,
             Field::AllowInsecure, Field::CaFile }) {
        syncFromModel(f);
        syncLock(f);
    }
    syncFromModel(Field::SignIn);
    retranslateUi();
}

void AccountPage::buildLayout()
{
    auto* grid = new QGridLayout;
    int row = 0;
    const auto addField = [&](Field field, const QString& name, QWidget* editor, QLayout* editorRow = nullptr) {
        QLabel* label = makeFieldLabel(name + QStringLiteral("Label"), editor, content());
        m_labels.insert(field, label);
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        if (editorRow)
            grid->addLayout(editorRow, row, 1);
        else
            grid->addWidget(editor, row, 1);
        ++row;
        auto* message = new InlineMessage(name + QStringLiteral("Error"), content());
        m_messages.insert(field, message);
        grid->addWidget(message, row++, 1);
    };
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    addField(Field::Email, QStringLiteral("email"), m_email);
    addField(Field::Host, QStringLiteral("host"), m_host);
    addField(Field::Port, QStringLiteral("port"), m_port);
    addField(Field::Security, QStringLiteral("security"), m_security);
    addField(Field::User, QStringLiteral("user"), m_user);
    addField(Field::SignIn, QStringLiteral("signIn"), m_signIn);
    grid->addWidget(m_signInNote, row++, 1);
    addField(Field::Password, QStringLiteral("password"), m_password, passwordRow);
    // Check box texts do not wrap, so the boxes take the whole width (large text on a small screen);
    // the longer warning sits below, aligned with the box's text.
    grid->addWidget(m_remember, row++, 0, 1, 2);
    grid->addWidget(m_keychainMessage, row++, 0, 1, 2);
    grid->addWidget(m_allowInsecure, row++, 0, 1, 2);
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    m_allowInsecureNote->setContentsMargins(indent, 0, 0, 0);
    grid->addWidget(m_allowInsecureNote, row++, 0, 1, 2);

    // "More settings", folded away: in the same grid, so its field lines up with the others.
    grid->addWidget(m_advancedToggle, row++, 0, 1, 2, Qt::AlignLeft);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    addField(Field::CaFile, QStringLiteral("caFile"), m_caFile, caRow);
    m_caHelp = makeTextLabel(QStringLiteral("caFileHelp"), content());
    grid->addWidget(m_caHelp, row++, 1);
    grid->setColumnStretch(1, 1);
    showAdvanced(false);

    QVBoxLayout* layout = contentLayout();
    layout->addWidget(m_intro);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_notice);
    layout->addLayout(grid);
    layout->addWidget(m_suggestions);
    layout->addStretch(1);
}

void AccountPage::connectEditors()
{
    connect(m_email, &QLineEdit::textEdited, m_model, &AccountModel::setEmail);
    connect(m_host, &QLineEdit::textEdited, m_model, &AccountModel::setHostText);
    connect(m_user, &QLineEdit::textEdited, m_model, &AccountModel::setUser);
    connect(m_password, &QLineEdit::textEdited, m_model, &AccountModel::setPassword);
    connect(m_caFile, &QLineEdit::textEdited, m_model, &AccountModel::setCaFile);
    connect(m_port->lineEdit(), &QLineEdit::textEdited, this, &AccountPage::onPortTextChanged);
    connect(m_port, &QComboBox::activated, this, [this](int index) { onPortTextChanged(m_port->itemText(index)); });
    connect(m_security, &QComboBox::activated, this,
        [this](int index) { m_model->setSecurity(Security(m_security->itemData(index).toInt())); });
    connect(m_signIn, &QComboBox::activated, this, [this](int index) {
        m_model->setSignInMethod(SignInMethod(m_signIn->itemData(index).toInt()), true);
    });
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_model->setRememberPassword(on, true);
    });
    connect(m_allowInsecure, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_model->setAllowInsecure(on);
    });
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        showAdvanced(open);
        retranslateUi();
    });
    connect(m_caBrowse, &QToolButton::clicked, this, &AccountPage::browseCaFile);

    // A problem is explained when the user leaves the field, and disappears as soon as it is fixed.
    const QList<std::pair<QLineEdit*, Field>> edits { { m_email, Field::Email }, { m_host, Field::Host },
        { m_user, Field::User }, { m_password, Field::Password }, { m_caFile, Field::CaFile }, { m_port->lineEdit(), Field::Port } };
    for (const auto& [edit, field] : edits) {
        const Field f = field;
        connect(edit, &QLineEdit::editingFinished, this, [this, f] {
            if (f == Field::Host)
                m_model->normalizeHostText();
            showProblem(f, true);
            if (f == Field::Email && !m_model->email().trimmed().isEmpty() && m_model->validate(Field::Email).isEmpty())
                emit emailEntered(m_model->email().trimmed());
        });
    }
    connect(m_model, &AccountModel::fieldChanged, this, &AccountPage::syncFromModel);
    connect(m_model, &AccountModel::lockChanged, this, &AccountPage::syncLock);
}

bool AccountPage::portTextIsAutomatic(const QString& text) const
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.compare(m_port->itemText(0), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("automatic"), Qt::CaseInsensitive) == 0;
}

void AccountPage::onPortTextChanged(const QString& text)
{
    quint16 port = 0;
    m_portProblem = portTextIsAutomatic(text) ? LocalizedText() : validatePort(text, &port);
    if (m_portProblem.isEmpty()) {
        m_syncing = true;
        m_model->setPort(port);
        m_syncing = false;
    }
    showProblem(Field::Port, false);
}

void AccountPage::syncFromModel(Field field)
{
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    switch (field) {
    case Field::Email: setText(m_email, m_model->email()); break;
    case Field::Host: setText(m_host, m_model->hostText()); break;
    case Field::User:
        setText(m_user, m_model->user());
        m_user->setPlaceholderText(m_model->email());
        break;
    case Field::Password: setText(m_password, m_model->password()); break;
    case Field::CaFile:
        setText(m_caFile, m_model->caFile());
        if (!m_model->caFile().isEmpty())
            m_advancedToggle->setChecked(true);
        break;
    case Field::Port: {
        if (m_syncing)
            break; // the user is typing in the box: leave the text as it is
        const int index = m_port->findData(m_model->port());
        if (index >= 0)
            m_port->setCurrentIndex(index);
        m_port->setEditText(index >= 0 ? m_port->itemText(index) : QString::number(m_model->port()));
        m_portProblem = {};
        break;
    }
    case Field::Security: m_security->setCurrentIndex(m_security->findData(int(m_model->security()))); break;
    case Field::SignIn:
        m_signIn->setCurrentIndex(m_signIn->findData(int(m_model->signInMethod())));
        showSignInMethod();
        break;
    case Field::Remember: {
        const QSignalBlocker block(m_remember);
        m_remember->setChecked(m_model->rememberPassword());
        break;
    }
    case Field::AllowInsecure: {
        const QSignalBlocker block(m_allowInsecure);
        m_allowInsecure->setChecked(m_model->allowInsecure());
        break;
    }
    }
    // Problems already shown follow the new values (a cleared user name also clears the password's).
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        showProblem(it.key(), false);
    if (field == Field::Email || field == Field::Host)
        showSignInMethod(); // another provider, another sign-in page
}

void AccountPage::showSignInMethod()
{
    const bool oauth = m_model->signInMethod() == SignInMethod::OAuth;
    for (QWidget* w : { static_cast<QWidget*>(m_labels.value(Field::Password)),
             static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_showPassword),
             static_cast<QWidget*>(m_remember), static_cast<QWidget*>(m_keychainMessage) })
        w->setVisible(!oauth);
    InlineMessage* passwordMessage = m_messages.value(Field::Password);
    passwordMessage->setVisible(!oauth && passwordMessage->hasMessage());
    if (!oauth) {
        m_signInNote->clear();
        return;
    }
    const OAuthProfile profile = m_model->oauthProfile();
    const QString provider = profile.label();
    if (provider.isEmpty())
        m_signInNote->setMessage(
            { "AccountPage",
                QT_TRANSLATE_NOOP("AccountPage",
                    "SMTP Doctor does not know the sign-in page for this server, so the "
                    "sign-in through the browser cannot be tested. The check says what to do "
                    "instead.") },
            StatusKind::Warn);
    else if (!profile.isConfigured())
        m_signInNote->setMessage(
            { "AccountPage",
                QT_TRANSLATE_NOOP("AccountPage",
                    "This copy of SMTP Doctor has no registration with %1, so the sign-in "
                    "through the browser cannot be tested. The check says what to do instead."),
                { provider } },
            StatusKind::Warn);
    else
        m_signInNote->setMessage(
            { "AccountPage",
                QT_TRANSLATE_NOOP("AccountPage",
                    "When the check gets to the sign-in, %1's sign-in page opens in your "
                    "browser. Sign in there and allow access; your password stays with %1."),
                { provider } },
            StatusKind::Info);
}

QWidget* AccountPage::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Email: return m_email;
    case Field::Host: return m_host;
    case Field::Port: return m_port;
    case Field::Security: return m_security;
    case Field::User: return m_user;
    case Field::Password: return m_password;
    case Field::Remember: return m_remember;
    case Field::AllowInsecure: return m_allowInsecure;
    case Field::CaFile: return m_caFile;
    case Field::SignIn:
        return m_signIn;
    }
    return nullptr;
}

void AccountPage::setNotice(const LocalizedText& text, StatusKind kind)
{
    m_notice->setMessage(text, kind);
}

void AccountPage::setKeychainMessage(const LocalizedText& text, StatusKind kind)
{
    m_keychainMessage->setMessage(text, kind);
}

void AccountPage::syncLock(Field field)
{
    const bool locked = m_model->isFieldLocked(field);
    QWidget* widget = fieldWidget(field);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->setReadOnly(locked); // still selectable and readable, unlike a disabled field
    else
        widget->setEnabled(!locked);
    if (field == Field::CaFile)
        m_caBrowse->setEnabled(!locked);
    if (field == Field::Password)
        m_showPassword->setEnabled(!locked);
    bool anyLocked = false;
    for (Field f : { Field::Email, Field::Host, Field::Port, Field::Security, Field::User, Field::Password, Field::Remember,
             Field::AllowInsecure, Field::CaFile })
        anyLocked = anyLocked || m_model->isFieldLocked(f);
    m_lockNote->setVisible(anyLocked);
    retranslateUi();
}

void AccountPage::showProblem(Field field, bool evenIfHidden)
{
    InlineMessage* message = m_messages.value(field);
    if (!message || (!evenIfHidden && !message->hasMessage()))
        return;
    message->setMessage(field == Field::Port ? m_portProblem : m_model->validate(field));
}

bool AccountPage::validatePage()
{
    m_model->normalizeHostText();
    onPortTextChanged(m_port->currentText());
    QWidget* first = nullptr;
    for (Field f : { Field::Email, Field::Host, Field::Port, Field::Security, Field::User, Field::Password, Field::CaFile }) {
        showProblem(f, true);
        if (!first && m_messages.value(f) && m_messages.value(f)->hasMessage())
            first = fieldWidget(f);
    }
    if (first) {
        if (first == m_caFile)
            m_advancedToggle->setChecked(true);
        first->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void AccountPage::initializePage()
{
    QWidget* first = m_model->email().isEmpty() && !m_model->isFieldLocked(Field::Email)
        ? static_cast<QWidget*>(m_email)
        : m_model->password().isEmpty() && m_model->signInMethod() == SignInMethod::Password
        ? static_cast<QWidget*>(m_password)
        : static_cast<QWidget*>(m_host);
    first->setFocus(Qt::OtherFocusReason);
}

void AccountPage::showAdvanced(bool show)
{
    for (QWidget* w : { static_cast<QWidget*>(m_labels.value(Field::CaFile)), static_cast<QWidget*>(m_caFile),
             static_cast<QWidget*>(m_caBrowse), static_cast<QWidget*>(m_caHelp) })
        w->setVisible(show);
    InlineMessage* message = m_messages.value(Field::CaFile);
    message->setVisible(show && message->hasMessage());
}

void AccountPage::browseCaFile()
{
    // open() instead of exec(): no nested event loop, the window keeps repainting.
    auto* dialog = new QFileDialog(this, tr("Choose the certificate file of your organisation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_model->setCaFile(path);
        showProblem(Field::CaFile, true);
    });
    dialog->open();
}

void AccountPage::retranslateUi()
{
    setTitle(tr("Your account"));
    m_intro->setText(tr("Type the settings from your mail program or from your provider's instructions."));
    const auto label = [this](Field f, const QString& text) {
        m_labels.value(f)->setText(text);
        fieldWidget(f)->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    label(Field::Email, tr("&Email address:"));
    label(Field::Host, tr("Outgoing mail &server:"));
    label(Field::Port, tr("&Port:"));
    label(Field::Security, tr("Securi&ty:"));
    label(Field::User, tr("&User name:"));
    label(Field::SignIn, tr("Sign-&in:"));
    m_signIn->setItemText(0, tr("Password"));
    m_signIn->setItemText(1, tr("Sign in with the browser (OAuth 2.0)"));
    label(Field::Password, tr("Pass&word:"));
    label(Field::CaFile, tr("Company &certificate:"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setItemText(0, tr("Automatic"));
    if (m_model->port() == 0 && m_portProblem.isEmpty())
        m_port->setEditText(m_port->itemText(0));
    m_security->setItemText(0, tr("Automatic (recommended)"));
    m_security->setItemText(1, tr("SSL/TLS"));
    m_security->setItemText(2, tr("STARTTLS"));
    m_security->setItemText(3, tr("None (not encrypted)"));
    m_showPassword->setText(m_showPassword->isChecked() ? tr("Hide") : tr("Show"));
    m_showPassword->setAccessibleName(m_showPassword->isChecked() ? tr("Hide the password") : tr("Show the password"));
    m_remember->setText(tr("&Remember the password in this computer's password store"));
    m_remember->setToolTip(
        tr("The password store is Windows Credential Manager on Windows, the keychain on a Mac, and "
           "GNOME Keyring or KWallet on Linux. SMTP Doctor writes the password nowhere else."));
    m_allowInsecure->setText(tr("&Allow sending my password without encryption"));
    m_allowInsecureNote->setText(
        tr("Unsafe: choose this only if your mail provider really works without encryption. Otherwise SMTP "
           "Doctor never sends your password over a connection that is not encrypted, or to a server "
           "whose certificate cannot be verified."));
    m_advancedToggle->setText(tr("&More settings"));
    m_advancedToggle->setArrowType(m_advancedToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_caBrowse->setText(tr("Br&owse…"));
    m_caBrowse->setAccessibleName(tr("Choose the certificate file"));
    m_caHelp->setText(tr("Only needed when your organisation uses its own certificate authority. Your IT department gives "
                         "you this file (PEM format)."));
    m_lockNote->setText(tr("Some settings were set by your organisation and cannot be changed here."));
    const QString lockedTip = tr("Set by your organisation");
    for (Field f : { Field::Email, Field::Host, Field::Port, Field::Security, Field::User, Field::Password, Field::Remember,
             Field::AllowInsecure, Field::CaFile })
        fieldWidget(f)->setToolTip(m_model->isFieldLocked(f) ? lockedTip : (f == Field::User ? tr("Usually your full email address.") : QString()));
}

} // namespace SmtpDoctor
