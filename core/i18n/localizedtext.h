#pragma once

#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// A sentence to translate later, with its arguments: results keep these instead of finished strings so
// that the wizard can switch language after a run and every renderer speaks the report's language.
// The source text must be marked for lupdate where it is written (QT_TRANSLATE_NOOP(context, text)).
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const char* context, const char* source, QStringList args = {})
        : m_context(context)
        , m_source(source)
        , m_args(std::move(args))
    {
    }
    // Text that needs no translation (a server's words, a host name): shown as it is.
    static LocalizedText verbatim(const QString& text);

    bool isEmpty() const { return !m_source && m_verbatim.isEmpty(); }
    QString toString() const; // translated with the installed translators, arguments filled in
    QString sourceText() const; // English, arguments filled in
    const char* source() const { return m_source; }
    const QStringList& args() const { return m_args; }

private:
    const char* m_context = nullptr;
    const char* m_source = nullptr;
    QStringList m_args;
    QString m_verbatim;
};

} // namespace SmtpDoctor
