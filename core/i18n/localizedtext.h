#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace SmtpDoctor {

// A sentence to translate later, with its arguments: results keep these instead of finished strings so
// that the wizard can switch language after a run and every renderer speaks the report's language.
// The source text must be marked for lupdate where it is written (QT_TRANSLATE_NOOP(context, text)).
class LocalizedText
{
public:
    // One argument: text shown as it is (a host name, the server's words), or a translatable text
    // (a step's title, "SSL/TLS") that is translated when the sentence is, not when it was made.
    class Arg
    {
    public:
        Arg(const QString& text)
            : m_text(text)
        {
        }
        Arg(const LocalizedText& text);
        QString toString() const;
        QString sourceText() const;

    private:
        QString m_text;
        std::shared_ptr<const LocalizedText> m_localized;
    };

    LocalizedText() = default;
    LocalizedText(const char* context, const char* source, QList<Arg> args = {})
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

private:
    const char* m_context = nullptr;
    const char* m_source = nullptr;
    QList<Arg> m_args;
    QString m_verbatim;
};

} // namespace SmtpDoctor
