#include "core/i18n/localizedtext.h"

#include <QCoreApplication>

namespace SmtpDoctor {

namespace {

// Fills %1..%n in one pass, so that an argument containing "%2" is never substituted again.
template<typename Resolve>
QString fill(const QString& pattern, const QList<LocalizedText::Arg>& args, Resolve resolve)
{
    if (args.isEmpty())
        return pattern;
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && pattern[j].isDigit() && n < 100)
                n = n * 10 + pattern[j++].digitValue();
            if (n >= 1 && n <= args.size()) {
                out += resolve(args[n - 1]);
                i = j - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace

LocalizedText::Arg::Arg(const LocalizedText& text)
    : m_localized(std::make_shared<const LocalizedText>(text))
{
}

QString LocalizedText::Arg::toString() const
{
    return m_localized ? m_localized->toString() : m_text;
}

QString LocalizedText::Arg::sourceText() const
{
    return m_localized ? m_localized->sourceText() : m_text;
}

LocalizedText LocalizedText::verbatim(const QString& text)
{
    LocalizedText t;
    t.m_verbatim = text;
    return t;
}

QString LocalizedText::toString() const
{
    if (!m_source)
        return m_verbatim;
    return fill(
        QCoreApplication::translate(m_context, m_source), m_args, [](const Arg& a) { return a.toString(); });
}

QString LocalizedText::sourceText() const
{
    if (!m_source)
        return m_verbatim;
    return fill(QString::fromUtf8(m_source), m_args, [](const Arg& a) { return a.sourceText(); });
}

} // namespace SmtpDoctor
