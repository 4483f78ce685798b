#include "core/domain/domainchecker.h"

#include "core/autodetect/providertable.h"
#include "core/domain/dnsclient.h"
#include "core/domain/domainassessment.h"
#include "core/domain/domainname.h"
#include "core/domain/providerrecords.h"
#include "core/domain/spfevaluator.h"
#include "core/domain/spfrecord.h"

#include <QRegularExpression>

namespace SmtpDoctor {

namespace {

constexpr int MaxServerAddresses = 4;
constexpr int MaxMxHosts = 10;
constexpr int MaxPtrNames = 5;
constexpr int MaxDmarcSteps = 8; // the DMARCbis DNS tree walk's bound
// The common selectors tried when nobody named one: DKIM keys cannot be listed, only guessed.
const char* const CommonSelectors[]
    = { "default", "google", "selector1", "selector2", "k1", "dkim", "mail", "s1", "s2" };

} // namespace

DomainChecker::DomainChecker(QObject* parent)
    : QObject(parent)
{
    m_safety.setSingleShot(true);
    connect(&m_safety, &QTimer::timeout, this, [this] { finish(false); });
}

DomainChecker::~DomainChecker() = default;

void DomainChecker::cancel()
{
    m_running = false;
    m_safety.stop();
    if (m_dns)
        m_dns->cancel();
}

QList<QHostAddress> DomainChecker::sendingAddressesIn(const QString& text)
{
    static const QRegularExpression complaint(
        QStringLiteral("5\\.7\\.25|PTR|reverse DNS|rDNS|逆引き"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression address(
        QStringLiteral("(?<![0-9A-Za-z.:])((?:[0-9]{1,3}\\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,"
                       "4}){2,7})(?![0-9A-Za-z.:])"));
    QList<QHostAddress> out;
    for (const QString& line : text.left(1 << 20).split(QLatin1Char('\n'))) {
        if (!complaint.match(line).hasMatch())
            continue;
        auto it = address.globalMatch(line);
        while (it.hasNext() && out.size() < MaxServerAddresses) {
            QHostAddress a;
            if (a.setAddress(it.next().captured(1)) && !a.isNull() && !out.contains(a))
                out << a;
        }
    }
    return out;
}

bool DomainChecker::start(const DomainCheckRequest& request)
{
    const QString domain = DomainName::normalized(request.domain);
    if (domain.isEmpty())
        return false;
    cancel();
    m_request = request;
    m_report = DomainReport();
    m_report.domain = domain;
    m_report.server = DomainName::cleaned(request.server);
    m_pending = 0;
    m_running = true;
    m_clock.start();
    delete m_dns;
    m_dns = new DnsClient(this);
    m_dns->setQueryTimeoutMs(std::max(1, request.timeoutMs));
    m_dns->setOverallDeadline(QDeadlineTimer(qint64(request.timeoutMs) * 3));
    m_dns->setAnchor(domain);
    m_safety.start(request.timeoutMs * 3 + 2000);

    begin(); // held until everything below has been started
    m_spfGate = 3; // the domain's TXT, the server's addresses, and knowing the provider
    lookupDomain();
    lookupMx();
    lookupDmarc(domain, 0);
    lookupServer();
    QStringList given;
    for (const QString& s : request.selectors) {
        const QString selector = DomainName::cleaned(s);
        if (!selector.isEmpty() && !given.contains(selector)) {
            given << selector;
            lookupDkim(selector, domain, SelectorOrigin::Given);
        }
    }
    for (const DkimSignature& sig : DkimSignature::findAll(request.messageText)) {
        m_report.signatureDomains << sig.domain;
        lookupDkim(sig.selector, sig.domain, SelectorOrigin::Signature);
    }
    QList<QHostAddress> addresses = request.sendingAddresses;
    for (const QHostAddress& a : sendingAddressesIn(request.messageText)) {
        if (!addresses.contains(a))
            addresses << a;
    }
    for (const QHostAddress& a : addresses.mid(0, MaxServerAddresses))
        lookupPtr(a);
    if (!m_report.server.isEmpty())
        providerDecided(ProviderRecordsTable::forServer(m_report.server), false);
    done();
    return true;
}

void DomainChecker::done()
{
    if (--m_pending == 0 && m_running)
        finish(true);
}

void DomainChecker::noteUnanswered(const DnsAnswer& answer)
{
    if (!answer.isAnswer())
        m_report.unanswered << dnsTypeName(answer.type) + QLatin1Char(' ') + answer.name;
}

void DomainChecker::lookupDomain()
{
    begin();
    m_dns->ask(m_report.domain, DnsType::TXT, this, [this](const DnsAnswer& a) {
        noteUnanswered(a);
        m_report.domainStatus = a.status;
        m_report.spfRecords = SpfRecord::select(a.texts);
        openSpfGate();
        done();
    });
}

void DomainChecker::lookupMx()
{
    begin();
    m_dns->ask(m_report.domain, DnsType::MX, this, [this](const DnsAnswer& a) {
        noteUnanswered(a);
        m_report.mxStatus = a.status;
        const ProviderRecords* provider = nullptr;
        for (const DnsMailExchange& mx : a.exchanges.mid(0, MaxMxHosts)) {
            const int index = int(m_report.mx.size());
            m_report.mx.append({ mx.preference, mx.host, {}, DnsStatus::NoData });
            if (!provider)
                provider = ProviderRecordsTable::forMxHost(mx.host);
            if (mx.host.isEmpty())
                continue;
            lookupAddresses(mx.host, [this, index](const DnsAnswer& addr) {
                m_report.mx[index].addressStatus = addr.status;
                m_report.mx[index].addresses = addr.addresses;
            });
        }
        if (a.isVoid()) { // no MX: mail goes to the domain's own address, if it has one
            lookupAddresses(m_report.domain,
                [this](const DnsAnswer& addr) { m_report.domainAddresses = addr.addresses; });
        }
        if (m_report.server.isEmpty())
            providerDecided(provider, true);
        done();
    });
}

void DomainChecker::lookupAddresses(const QString& host, std::function<void(const DnsAnswer&)> use)
{
    // IPv4 first; a host with only IPv6 addresses is just as able to receive mail.
    begin();
    m_dns->ask(host, DnsType::A, this, [this, host, use](const DnsAnswer& v4) {
        if (!v4.isVoid()) {
            noteUnanswered(v4);
            use(v4);
            done();
            return;
        }
        m_dns->ask(host, DnsType::AAAA, this, [this, use](const DnsAnswer& v6) {
            noteUnanswered(v6);
            use(v6);
            done();
        });
    });
}

void DomainChecker::lookupDmarc(const QString& domain, int step)
{
    begin();
    const QString name = QStringLiteral("_dmarc.") + domain;
    m_dns->ask(name, DnsType::TXT, this, [this, domain, name, step](const DnsAnswer& a) {
        noteUnanswered(a);
        QStringList records;
        for (const QString& t : a.texts) {
            if (DmarcRecord::isDmarcText(t))
                records << t;
        }
        if (!a.isAnswer()) {
            m_report.dmarcStatus = a.status;
        } else if (!records.isEmpty()) {
            m_report.dmarcStatus = DnsStatus::Ok;
            m_report.dmarcName = name;
            m_report.dmarcRecords = records;
        } else {
            // Not here: ask the parent, as receivers look for the organisation's record (RFC 7489
            // 6.6.3; without a public-suffix list, by walking up as DMARCbis does, never asking a TLD).
            const QString parent = DomainName::parent(domain);
            m_report.dmarcStatus = a.status == DnsStatus::Ok ? DnsStatus::NoData : a.status;
            if (step + 1 < MaxDmarcSteps && parent.count(QLatin1Char('.')) >= 1)
                lookupDmarc(parent, step + 1);
        }
        done();
    });
}

void DomainChecker::lookupServer()
{
    if (m_report.server.isEmpty()) {
        openSpfGate();
        return;
    }
    if (const QHostAddress literal(m_report.server); !literal.isNull()) {
        m_report.serverAddresses = { literal };
        openSpfGate();
        return;
    }
    begin();
    auto remaining = std::make_shared<int>(2);
    for (const DnsType type : { DnsType::A, DnsType::AAAA }) {
        m_dns->ask(m_report.server, type, this, [this, remaining](const DnsAnswer& a) {
            noteUnanswered(a);
            for (const QHostAddress& address : a.addresses) {
                if (m_report.serverAddresses.size() < MaxServerAddresses
                    && !m_report.serverAddresses.contains(address))
                    m_report.serverAddresses << address;
            }
            if (--*remaining == 0) {
                // A and AAAA answer in any order: IPv4 first, so that reports read the same each time.
                std::stable_sort(m_report.serverAddresses.begin(), m_report.serverAddresses.end(),
                    [](const QHostAddress& a, const QHostAddress& b) {
                        return a.protocol() == QAbstractSocket::IPv4Protocol
                            && b.protocol() != QAbstractSocket::IPv4Protocol;
                    });
                openSpfGate();
                done();
            }
        });
    }
}

void DomainChecker::lookupDkim(const QString& selector, const QString& domain, SelectorOrigin origin)
{
    for (const DkimKeySeen& k : std::as_const(m_report.dkim)) {
        if (k.selector == selector && k.domain == domain)
            return;
    }
    const int index = int(m_report.dkim.size());
    DkimKeySeen seen;
    seen.selector = selector;
    seen.domain = domain;
    seen.origin = origin;
    m_report.dkim.append(seen);
    begin();
    m_dns->ask(seen.name(), DnsType::TXT, this, [this, index](const DnsAnswer& a) {
        noteUnanswered(a);
        DkimKeySeen& k = m_report.dkim[index];
        k.status = a.status;
        k.cnames = a.cnameChain;
        // Several TXT records at one name: the first that is a key (an SPF or other text may share it).
        for (const QString& text : a.texts) {
            const DkimKey key = DkimKey::parse(text);
            if (k.record.isEmpty()
                || (key.error == DkimKeyError::None && k.key.error != DkimKeyError::None)) {
                k.record = text;
                k.key = key;
            }
        }
        if (a.status == DnsStatus::Ok && k.record.isEmpty())
            k.status = DnsStatus::NoData;
        done();
    });
}

void DomainChecker::lookupPtr(const QHostAddress& address)
{
    const int index = int(m_report.ptr.size());
    m_report.ptr.append({ address, DnsStatus::NoAnswer, {}, {} });
    begin();
    m_dns->ask(
        DomainName::reverseName(address), DnsType::PTR, this, [this, index, address](const DnsAnswer& a) {
            noteUnanswered(a);
            m_report.ptr[index].status = a.status;
            m_report.ptr[index].names = a.names.mid(0, MaxPtrNames);
            const DnsType type
                = address.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::AAAA : DnsType::A;
            for (const QString& name : m_report.ptr[index].names) {
                begin();
                m_dns->ask(name, type, this, [this, index, address, name](const DnsAnswer& forward) {
                    noteUnanswered(forward);
                    if (forward.addresses.contains(address) && m_report.ptr[index].confirmedName.isEmpty())
                        m_report.ptr[index].confirmedName = name;
                    done();
                });
            }
            done();
        });
}

void DomainChecker::providerDecided(const ProviderRecords* provider, bool fromMx)
{
    if (provider) {
        m_report.providerId = QString::fromLatin1(provider->id);
        m_report.providerFromMx = fromMx;
        if (m_report.server.isEmpty()) {
            // Sending goes through the provider's own server: check that one's addresses.
            if (const ProviderInfo* info = ProviderTable::byId(m_report.providerId)) {
                const QString mxHost = m_report.mx.isEmpty() ? QString() : m_report.mx.first().host;
                m_report.server = ProviderTable::hostFor(*info, m_report.domain, mxHost);
                if (!m_report.server.isEmpty()) {
                    ++m_spfGate; // wait for these addresses too
                    lookupServer();
                }
            }
        }
        const QStringList known = provider->selectors();
        for (const QString& selector : known)
            lookupDkim(selector, m_report.domain, SelectorOrigin::Provider);
    }
    const bool anySelector = !m_report.dkim.isEmpty();
    if (!anySelector) {
        for (const char* selector : CommonSelectors)
            lookupDkim(QString::fromLatin1(selector), m_report.domain, SelectorOrigin::Common);
    }
    openSpfGate();
}

void DomainChecker::openSpfGate()
{
    if (--m_spfGate == 0)
        checkSpf();
}

void DomainChecker::checkSpf()
{
    if (m_report.spfRecords.isEmpty())
        return;
    begin();
    auto* survey = new SpfEvaluator(*m_dns, this);
    connect(survey, &SpfEvaluator::finished, this, [this, survey](const SpfEvaluation& e) {
        m_report.spfSurvey = e;
        survey->deleteLater();
        done();
    });
    survey->survey(m_report.domain);
    if (m_report.spfRecords.size() != 1)
        return;
    const QString sender = m_request.sender.contains(QLatin1Char('@'))
        ? m_request.sender
        : QStringLiteral("postmaster@") + m_report.domain;
    for (const QHostAddress& address : std::as_const(m_report.serverAddresses)) {
        begin();
        const int index = int(m_report.spfChecks.size());
        m_report.spfChecks.append({ address, SpfResult::None, {}, {} });
        auto* check = new SpfEvaluator(*m_dns, this);
        connect(check, &SpfEvaluator::finished, this, [this, check, index](const SpfEvaluation& e) {
            m_report.spfChecks[index].result = e.result;
            m_report.spfChecks[index].matchedDomain = e.matchedDomain;
            m_report.spfChecks[index].matchedTerm = e.matchedTerm;
            check->deleteLater();
            done();
        });
        check->checkHost(address, m_report.domain, sender, m_report.server);
    }
}

void DomainChecker::finish(bool complete)
{
    if (!m_running)
        return;
    m_running = false;
    m_safety.stop();
    if (!complete) {
        m_report.complete = false;
        m_report.unanswered << m_dns->pending(); // cut off before they could answer
        m_dns->cancel();
    }
    m_report.dnsQueries = m_dns->queryCount();
    m_report.dnsLog = m_dns->log();
    m_report.durationMs = m_clock.elapsed();
    m_report.findings = DomainAssessment::assess(m_report);
    emit finished(m_report);
}

} // namespace SmtpDoctor
