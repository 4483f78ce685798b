#include "core/smtp/capabilities.h"


namespace SmtpDoctor {

Capabilities Capabilities::fromEhloReply(const SmtpReply& reply)
{
    Capabilities caps;
    for (int i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines[i].trimmed();
        if (line.isEmpty())
            continue;
        // "AUTH=PLAIN LOGIN" is the pre-standard spelling some servers still send.
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        qsizetype split = space;
        if (eq > 0 && (space < 0 || eq < space))
            split = eq;
        const QString keyword = (split < 0 ? line : line.left(split)).toUpper();
        const QStringList params = split < 0
            ? QStringList()
            : line.mid(split + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        caps.m_keywords.append(keyword);
        caps.m_parameters.append(params);
    }
    return caps;
}

bool Capabilities::has(const QString& keyword) const
{
    return m_keywords.contains(keyword.toUpper());
}

QStringList Capabilities::parameters(const QString& keyword) const
{
    QStringList all;
    const QString upper = keyword.toUpper();
    for (int i = 0; i < m_keywords.size(); ++i)
        if (m_keywords[i] == upper)
            all += m_parameters[i];
    return all;
}

QStringList Capabilities::authMechanisms() const
{
    QStringList mechanisms;
    for (const QString& m : parameters(QStringLiteral("AUTH"))) {
        const QString upper = m.toUpper();
        if (!mechanisms.contains(upper))
            mechanisms.append(upper);
    }
    return mechanisms;
}

qint64 Capabilities::sizeLimit() const
{
    const QStringList params = parameters(QStringLiteral("SIZE"));
    return params.isEmpty() ? 0 : params.first().toLongLong();
}

} // namespace SmtpDoctor
