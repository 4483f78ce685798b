#include "core/domain/spfrecord.h"

#include "core/domain/spfmacro.h"

#include <QRegularExpression>

namespace SmtpDoctor {

namespace {

constexpr int MaxTerms = 200; // far above any real record; a longer text is refused as a whole

// RFC 7208 qnum: 0-255 without leading zeros.
bool parseIp4(const QString& text, QHostAddress* out)
{
    static const QRegularExpression form(QStringLiteral(
        "^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return false;
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int part = m.captured(i).toInt();
        if (part > 255)
            return false;
        value = (value << 8) | quint32(part);
    }
    *out = QHostAddress(value);
    return true;
}

bool parseIp6(const QString& text, QHostAddress* out)
{
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return false;
    QHostAddress a;
    if (!a.setAddress(text) || a.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    *out = a;
    return true;
}

// "/24" -> 24 within 0..max, no leading zeros.
bool parsePrefix(const QString& text, int max, int* out)
{
    static const QRegularExpression form(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    if (!form.match(text).hasMatch())
        return false;
    *out = text.toInt();
    return *out <= max;
}

// The dual-cidr-length of a and mx: "", "/24", "//64", "/24//64".
bool parseDualCidr(const QString& text, SpfTerm* term)
{
    if (text.isEmpty())
        return true;
    const int dual = text.indexOf(QLatin1String("//"));
    const QString v4 = dual >= 0 ? text.left(dual) : text;
    const QString v6 = dual >= 0 ? text.mid(dual + 2) : QString();
    if (!v4.isEmpty() && (!v4.startsWith(QLatin1Char('/')) || !parsePrefix(v4.mid(1), 32, &term->prefix4)))
        return false;
    return dual < 0 || parsePrefix(v6, 128, &term->prefix6);
}

// Splits "name:arg/cidr": the argument may contain "/" only as the cidr part, which starts at the
// last "/" that is followed by digits (or "//").
void splitCidr(const QString& rest, QString* arg, QString* cidr)
{
    static const QRegularExpression tail(QStringLiteral("(/[0-9]*)?(//[0-9]*)?$"));
    const QRegularExpressionMatch m = tail.match(rest);
    const int at = m.hasMatch() ? int(m.capturedStart(0)) : int(rest.size());
    *arg = rest.left(at);
    *cidr = rest.mid(at);
}

bool parseDirective(const QString& raw, SpfTerm* term, SpfSyntaxError* error)
{
    term->text = raw;
    QString t = raw;
    const QChar first = t[0];
    if (first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('~')
        || first == QLatin1Char('?')) {
        term->qualifier = first == QLatin1Char('+') ? SpfQualifier::Pass
            : first == QLatin1Char('-')             ? SpfQualifier::Fail
            : first == QLatin1Char('~')             ? SpfQualifier::SoftFail
                                                    : SpfQualifier::Neutral;
        t = t.mid(1);
    }
    const int sep = t.indexOf(QRegularExpression(QStringLiteral("[:/]")));
    const QString name = (sep < 0 ? t : t.left(sep)).toLower();
    const QString rest = sep < 0 ? QString() : t.mid(sep);
    *error = SpfSyntaxError::BadDomain;
    if (name == QLatin1String("all")) {
        term->mechanism = SpfMechanism::All;
        *error = SpfSyntaxError::UnknownMechanism;
        return rest.isEmpty();
    }
    if (name == QLatin1String("include") || name == QLatin1String("exists")) {
        term->mechanism = name == QLatin1String("include") ? SpfMechanism::Include : SpfMechanism::Exists;
        term->domainSpec = rest.mid(1);
        return rest.startsWith(QLatin1Char(':')) && SpfMacro::isValidDomainSpec(term->domainSpec);
    }
    if (name == QLatin1String("a") || name == QLatin1String("mx") || name == QLatin1String("ptr")) {
        term->mechanism = name == QLatin1String("a") ? SpfMechanism::A
            : name == QLatin1String("mx")            ? SpfMechanism::Mx
                                                     : SpfMechanism::Ptr;
        QString arg, cidr;
        splitCidr(rest, &arg, &cidr);
        if (!arg.isEmpty()) {
            term->domainSpec = arg.mid(1);
            if (!arg.startsWith(QLatin1Char(':')) || !SpfMacro::isValidDomainSpec(term->domainSpec))
                return false;
        }
        *error = SpfSyntaxError::BadAddress;
        if (term->mechanism == SpfMechanism::Ptr)
            return cidr.isEmpty();
        return parseDualCidr(cidr, term);
    }
    if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
        *error = SpfSyntaxError::BadAddress;
        const bool v4 = name == QLatin1String("ip4");
        term->mechanism = v4 ? SpfMechanism::Ip4 : SpfMechanism::Ip6;
        if (!rest.startsWith(QLatin1Char(':')))
            return false;
        const QString value = rest.mid(1);
        const int slash = value.indexOf(QLatin1Char('/'));
        const QString address = slash < 0 ? value : value.left(slash);
        if (v4 ? !parseIp4(address, &term->network) : !parseIp6(address, &term->network))
            return false;
        return slash < 0
            || parsePrefix(value.mid(slash + 1), v4 ? 32 : 128, v4 ? &term->prefix4 : &term->prefix6);
    }
    *error = SpfSyntaxError::UnknownMechanism;
    return false;
}

} // namespace

bool SpfTerm::costsLookup() const
{
    return mechanism == SpfMechanism::Include || mechanism == SpfMechanism::A || mechanism == SpfMechanism::Mx
        || mechanism == SpfMechanism::Ptr || mechanism == SpfMechanism::Exists;
}

bool SpfRecord::hasAll() const
{
    return std::any_of(
        terms.cbegin(), terms.cend(), [](const SpfTerm& t) { return t.mechanism == SpfMechanism::All; });
}

int SpfRecord::lookupTerms() const
{
    int n
        = int(std::count_if(terms.cbegin(), terms.cend(), [](const SpfTerm& t) { return t.costsLookup(); }));
    return n + (redirect.isEmpty() || hasAll() ? 0 : 1);
}

bool SpfRecord::isSpfText(const QString& txt)
{
    return txt.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive)
        && (txt.size() == 6 || txt[6] == QLatin1Char(' '));
}

QStringList SpfRecord::select(const QStringList& txtRecords)
{
    QStringList out;
    for (const QString& t : txtRecords) {
        if (isSpfText(t))
            out << t;
    }
    return out;
}

SpfRecord SpfRecord::parse(const QString& text)
{
    SpfRecord r;
    r.text = text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > MaxTerms
        || words[0].compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) != 0) {
        r.error = SpfSyntaxError::UnknownMechanism;
        r.badTerm = words.isEmpty() ? text : words.size() > MaxTerms ? words.value(MaxTerms) : words[0];
        return r;
    }
    static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    for (int i = 1; i < words.size(); ++i) {
        const QString& w = words[i];
        // Terms are separated by spaces only; a tab, line break or other control character (or a
        // non-ASCII character) makes the record unusable (RFC 7208 4.6.1, 12).
        if (std::any_of(
                w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; })) {
            r.error = SpfSyntaxError::UnknownMechanism;
            r.badTerm = w.simplified();
            return r;
        }
        const int colonOrSlash = w.indexOf(QRegularExpression(QStringLiteral("[:/]")));
        const int eq = w.indexOf(QLatin1Char('='));
        if (eq > 0 && (colonOrSlash < 0 || eq < colonOrSlash)) {
            const QString name = w.left(eq).toLower();
            const QString value = w.mid(eq + 1);
            SpfSyntaxError bad = SpfSyntaxError::None;
            if (!modifierName.match(name).hasMatch())
                bad = SpfSyntaxError::BadModifier;
            else if (name == QLatin1String("redirect") || name == QLatin1String("exp")) {
                QString& slot = name == QLatin1String("redirect") ? r.redirect : r.explanation;
                if (!slot.isEmpty())
                    bad = SpfSyntaxError::DuplicateModifier;
                else if (!SpfMacro::isValidDomainSpec(value))
                    bad = SpfSyntaxError::BadDomain;
                else
                    slot = value;
            } else if (!SpfMacro::isValidMacroString(value)) {
                bad = SpfSyntaxError::BadModifier;
            }
            if (bad != SpfSyntaxError::None) {
                r.error = bad;
                r.badTerm = w;
                return r;
            }
            continue; // unknown modifiers are ignored (RFC 7208 6)
        }
        SpfTerm term;
        SpfSyntaxError bad = SpfSyntaxError::None;
        if (!parseDirective(w, &term, &bad)) {
            r.error = bad;
            r.badTerm = w;
            return r;
        }
        r.terms.append(term);
    }
    return r;
}

QString qualifierPrefix(SpfQualifier q)
{
    switch (q) {
    case SpfQualifier::Pass:
        return QStringLiteral("+");
    case SpfQualifier::Fail:
        return QStringLiteral("-");
    case SpfQualifier::SoftFail:
        return QStringLiteral("~");
    case SpfQualifier::Neutral:
        return QStringLiteral("?");
    }
    return {};
}

QString spfMechanismName(SpfMechanism m)
{
    switch (m) {
    case SpfMechanism::All:
        return QStringLiteral("all");
    case SpfMechanism::Include:
        return QStringLiteral("include");
    case SpfMechanism::A:
        return QStringLiteral("a");
    case SpfMechanism::Mx:
        return QStringLiteral("mx");
    case SpfMechanism::Ptr:
        return QStringLiteral("ptr");
    case SpfMechanism::Ip4:
        return QStringLiteral("ip4");
    case SpfMechanism::Ip6:
        return QStringLiteral("ip6");
    case SpfMechanism::Exists:
        return QStringLiteral("exists");
    }
    return {};
}

QString spfRecordWith(const QString& record, const QString& term)
{
    QStringList words = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("v=spf1 ") + term + QStringLiteral(" ~all");
    int at = int(words.size());
    for (int i = 1; i < words.size(); ++i) {
        const QString w = words[i].toLower();
        const QString bare = w.startsWith(QLatin1Char('+')) || w.startsWith(QLatin1Char('-'))
                || w.startsWith(QLatin1Char('~')) || w.startsWith(QLatin1Char('?'))
            ? w.mid(1)
            : w;
        if (bare == QLatin1String("all") || w.startsWith(QLatin1String("redirect="))) {
            at = i;
            break;
        }
    }
    words.insert(at, term);
    return words.join(QLatin1Char(' '));
}

} // namespace SmtpDoctor
