#include "core/network/knownhosts.h"

#include <QList>

#include <algorithm>

namespace SmtpDoctor {

QStringList knownSmtpHosts()
{
    // Only names the providers themselves publish for sending; extend freely.
    static const QStringList hosts {
        QStringLiteral("smtp.gmail.com"),
        QStringLiteral("smtp.googlemail.com"),
        QStringLiteral("smtp.office365.com"),
        QStringLiteral("smtp-mail.outlook.com"),
        QStringLiteral("smtp.mail.yahoo.com"),
        QStringLiteral("smtp.mail.me.com"),
        QStringLiteral("smtp.aol.com"),
        QStringLiteral("smtp.zoho.com"),
        QStringLiteral("smtp.fastmail.com"),
        QStringLiteral("smtp.gmx.com"),
        QStringLiteral("mail.gmx.net"),
        QStringLiteral("smtp.web.de"),
        QStringLiteral("smtp.yandex.com"),
        QStringLiteral("smtp.mail.yahoo.co.jp"),
        QStringLiteral("smtp.nifty.com"),
        QStringLiteral("smtp.ocn.ne.jp"),
        QStringLiteral("smtp.biglobe.ne.jp"),
        QStringLiteral("smtp.spmode.ne.jp"),
        QStringLiteral("smtp.au.com"),
    };
    return hosts;
}

int typingDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Three rows are enough for the neighbour swap.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QString suggestKnownHost(const QString& typed)
{
    QString name = typed.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return {};
    const QStringList hosts = knownSmtpHosts();
    if (hosts.contains(name))
        return {};
    // "gmail.com" typed where the server is "smtp.gmail.com".
    const QString withSmtp = QStringLiteral("smtp.") + name;
    if (hosts.contains(withSmtp))
        return withSmtp;
    // Up to two slips, and fewer in short names, so that unrelated servers are never suggested.
    const int allowed = name.size() >= 12 ? 2 : 1;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString& host : hosts) {
        const int d = typingDistance(name, host);
        if (d < bestDistance) {
            bestDistance = d;
            best = host;
        }
    }
    return bestDistance <= allowed ? best : QString();
}

} // namespace SmtpDoctor
