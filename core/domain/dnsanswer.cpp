#include "core/domain/dnsanswer.h"

namespace SmtpDoctor {

QString dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::A:
        return QStringLiteral("A");
    case DnsType::AAAA:
        return QStringLiteral("AAAA");
    case DnsType::TXT:
        return QStringLiteral("TXT");
    case DnsType::MX:
        return QStringLiteral("MX");
    case DnsType::PTR:
        return QStringLiteral("PTR");
    case DnsType::CNAME:
        return QStringLiteral("CNAME");
    case DnsType::NS:
        return QStringLiteral("NS");
    case DnsType::ANY:
        return QStringLiteral("ANY");
    }
    return {};
}

QString dnsStatusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return QStringLiteral("ok");
    case DnsStatus::NoData:
        return QStringLiteral("nodata");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::NoAnswer:
        return QStringLiteral("no-answer");
    case DnsStatus::ServerFailure:
        return QStringLiteral("servfail");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::BadName:
        return QStringLiteral("bad-name");
    }
    return {};
}

QString DnsAnswer::describe() const
{
    const int count = int(texts.size() + addresses.size() + exchanges.size() + names.size());
    QString out = QStringLiteral("%1 %2: %3").arg(dnsTypeName(type), name, dnsStatusName(status));
    if (status == DnsStatus::Ok)
        out += QStringLiteral(", %1 record(s)").arg(count);
    if (!cnameChain.isEmpty())
        out += QStringLiteral(", via CNAME %1").arg(cnameChain.join(QStringLiteral(" -> ")));
    return out + QStringLiteral(" (%1 ms)").arg(ms);
}

} // namespace SmtpDoctor
