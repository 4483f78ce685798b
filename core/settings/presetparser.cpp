#include "core/settings/presetparser.h"

#include "core/settings/cafile.h"

#include "core/i18n/language.h"
#include "core/settings/inputvalidation.h"
#include "core/settings/presetoauth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace SmtpDoctor {

namespace {

const char* const Ctx = "Preset";

struct Line
{
    int number = 0;
    QString key;
    QString value;
};

class Reader
{
public:
    Reader(const QString& fileName, PresetError* error)
        : m_fileName(fileName)
        , m_error(error)
    {
    }

    std::optional<Preset> read(const QString& text);

private:
    bool fail(int line, const LocalizedText& reason)
    {
        *m_error = { m_fileName, line, reason };
        return false;
    }
    bool readOrganisation(const Line& l);
    bool readServer(const Line& l);
    bool readCaFile(const Line& l);
    bool readLocked(const Line& l);

    QString m_fileName;
    PresetError* m_error;
    Preset m_preset;
    int m_lockedLine = 0;
};

bool Reader::readOrganisation(const Line& l)
{
    if (l.key == QLatin1String("name")) {
        m_preset.organisation = l.value;
    } else if (l.key == QLatin1String("helpdesk")) {
        m_preset.helpdesk = l.value;
    } else if (l.key == QLatin1String("language")) {
        if (!Language::isSupported(l.value))
            return fail(l.number, { Ctx, QT_TRANSLATE_NOOP("Preset", "Unknown language \"%1\": use ja or en."), { l.value } });
        m_preset.language = l.value;
    } else {
        return fail(l.number, { Ctx, QT_TRANSLATE_NOOP("Preset", "Unknown key \"%1\" in [organisation]: use name, helpdesk or language."), { l.key } });
    }
    return true;
}

bool Reader::readServer(const Line& l)
{
    if (l.key == QLatin1String("host")) {
        HostInput host;
        if (const LocalizedText error = parseHostInput(l.value, &host); !error.isEmpty())
            return fail(l.number, error);
        m_preset.host = host.host;
        m_preset.displayHost = host.displayHost;
        if (host.port)
            m_preset.port = host.port;
        if (host.security)
            m_preset.security = host.security;
    } else if (l.key == QLatin1String("port")) {
        quint16 port = 0;
        if (const LocalizedText error = validatePort(l.value, &port); !error.isEmpty())
            return fail(l.number, error);
        m_preset.port = port;
    } else if (l.key == QLatin1String("security")) {
        Security security = Security::Auto;
        if (!securityFromName(l.value, &security))
            return fail(l.number, { Ctx, QT_TRANSLATE_NOOP("Preset", "Unknown security \"%1\": use auto, tls, starttls or none."), { l.value } });
        m_preset.security = security;
    } else if (l.key == QLatin1String("username")) {
        UserNameForm form = UserNameForm::Unknown;
        if (!userNameFormFromName(l.value, &form) || form == UserNameForm::Other)
            return fail(l.number, { Ctx, QT_TRANSLATE_NOOP("Preset", "Unknown user name form \"%1\": use address (the whole email address) or local-part (the part before \"@\")."), { l.value } });
        m_preset.userForm = form;
    } else if (l.key == QLatin1String("ca-file")) {
        return readCaFile(l);
    } else if (l.key == QLatin1String("locked")) {
        return readLocked(l);
    } else {
        return fail(l.number, { Ctx, QT_TRANSLATE_NOOP("Preset", "Unknown key \"%1\" in [server]: use host, port, security, username, ca-file or locked."), { l.key } });
    }
    return true;
}

bool Reader::readCaFile(const Line& l)
{
    const QString path = QDir(QFileInfo(m_fileName).absolutePath()).absoluteFilePath(l.value);
    const CaFile ca = loadCaFile(l.value.isEmpty() ? QString() : path);
    if (!ca.ok())
        return fail(l.number, ca.errorText());
    m_preset.extraCaCertificates = ca.certificates;
    m_preset.caFile = path;
    return true;
}

bool Reader::readLocked(const Line& l)
{
    m_lockedLine = l.number;
    for (const QString& part : l.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        PresetField field = PresetField::Host;
        if (!presetFieldFromName(part.trimmed(), &field))
            return fail(l.number, { Ctx, QT_TRANSLATE_NOOP("Preset", "Unknown field \"%1\" after locked: use host, port, security or username."), { part.trimmed() } });
        if (!m_preset.locked.contains(field))
            m_preset.locked.append(field);
    }
    return true;
}

std::optional<Preset> Reader::read(const QString& text)
{
    m_preset.sourceFile = m_fileName;
    QString section;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.size() > PresetParser::MaxLineLength) {
            fail(number, { Ctx, QT_TRANSLATE_NOOP("Preset", "This line is longer than %1 characters."), { QString::number(PresetParser::MaxLineLength) } });
            return std::nullopt;
        }
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                fail(number, { Ctx, QT_TRANSLATE_NOOP("Preset", "A section name must end with \"]\".") });
                return std::nullopt;
            }
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (section != QLatin1String("organisation") && section != QLatin1String("server")
                && section != QLatin1String("oauth")) {
                fail(number,
                    { Ctx,
                        QT_TRANSLATE_NOOP(
                            "Preset", "Unknown section [%1]: use [organisation], [server] or [oauth]."),
                        { section } });
                return std::nullopt;
            }
            if (section == QLatin1String("oauth") && !m_preset.oauth) {
                m_preset.oauth.emplace();
                m_preset.oauth->line = number;
            }
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(number, { Ctx, QT_TRANSLATE_NOOP("Preset", "This line is not a [section], a \"key = value\" line or a comment.") });
            return std::nullopt;
        }
        const Line l { number, line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed() };
        if (section.isEmpty()) {
            fail(number, { Ctx, QT_TRANSLATE_NOOP("Preset", "\"%1\" comes before any [section]."), { l.key } });
            return std::nullopt;
        }
        const QString qualified = section + QLatin1Char('.') + l.key;
        if (seen.contains(qualified)) {
            fail(number, { Ctx, QT_TRANSLATE_NOOP("Preset", "\"%1\" is set twice in [%2]."), { l.key, section } });
            return std::nullopt;
        }
        seen.insert(qualified);
        if (containsLineBreakOrNul(l.value)) {
            fail(number, { Ctx, QT_TRANSLATE_NOOP("Preset", "This line contains a line break or an invisible control character.") });
            return std::nullopt;
        }
        if (section == QLatin1String("oauth")) {
            if (const LocalizedText error = PresetOAuthReader::readKey(l.key, l.value, &*m_preset.oauth);
                !error.isEmpty()) {
                fail(l.number, error);
                return std::nullopt;
            }
            continue;
        }
        if (!(section == QLatin1String("server") ? readServer(l) : readOrganisation(l)))
            return std::nullopt;
    }
    if (m_preset.oauth) {
        if (const LocalizedText error = PresetOAuthReader::checkComplete(*m_preset.oauth); !error.isEmpty()) {
            fail(m_preset.oauth->line, error);
            return std::nullopt;
        }
    }
    // A locked field the preset leaves empty would lock the user out of typing it.
    for (PresetField f : std::as_const(m_preset.locked)) {
        const bool set = (f == PresetField::Host && !m_preset.host.isEmpty()) || (f == PresetField::Port && m_preset.port)
            || (f == PresetField::Security && m_preset.security) || (f == PresetField::UserName && m_preset.userForm != UserNameForm::Unknown);
        if (!set) {
            fail(m_lockedLine, { Ctx, QT_TRANSLATE_NOOP("Preset", "\"%1\" is locked but the preset does not set it."), { presetFieldName(f) } });
            return std::nullopt;
        }
    }
    return m_preset;
}

} // namespace

std::optional<Preset> PresetParser::parse(const QByteArray& data, const QString& fileName, PresetError* error)
{
    *error = {};
    if (data.size() > MaxBytes) {
        *error = { fileName, 0, { Ctx, QT_TRANSLATE_NOOP("Preset", "The file is larger than %1 KiB. A preset is a short text file."), { QString::number(MaxBytes / 1024) } } };
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar(0))) {
        *error = { fileName, 0, { Ctx, QT_TRANSLATE_NOOP("Preset", "The file is not UTF-8 text. Save it as UTF-8 in a text editor.") } };
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return Reader(fileName, error).read(text);
}

std::optional<Preset> PresetParser::load(const QString& path, PresetError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = { path, 0, { Ctx, QT_TRANSLATE_NOOP("Preset", "The file cannot be read (%1)."), { file.errorString() } } };
        return std::nullopt;
    }
    return parse(file.read(MaxBytes + 1), path, error);
}

} // namespace SmtpDoctor
