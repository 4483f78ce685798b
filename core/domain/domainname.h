#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace SmtpDoctor::DomainName {

// A sender domain as typed ("Example.COM.", "alice@example.com", "例え.jp") in the ASCII form DNS
// uses ("example.com", punycode for IDN), or empty when it is not a usable domain name: at least two
// labels of letters, digits and hyphens, at most 253 characters, not an IP address, and not under
// .invalid or .localhost, which can never exist (RFC 6761; .test and the rest are looked up as usual).
QString normalized(const QString& typed);

// A name reserved for tests and documentation (RFC 2606, RFC 6761): under .test or .example, or
// example.com, example.net, example.org and their subdomains. Such a name is nobody's real sender
// domain: only a DNS server set up for tests knows it.
bool isReservedForTests(const QString& domain);

// A name that may be asked for in DNS as SPF, DKIM and DMARC use them (underscores allowed, as in
// _spf.example.com): at least two labels of 1-63 printable ASCII characters, at most 253 in all.
bool isQueryable(const QString& name);
// True when `name` is `domain` itself or one of its subdomains ("a.b.example.com" of "example.com").
bool isSameOrSubdomain(const QString& name, const QString& domain);
// The domain without its first label ("b.example.com" for "a.b.example.com"), empty for one label.
QString parent(const QString& name);
// The reverse-DNS name of an address: "7.113.0.203.in-addr.arpa", or the ip6.arpa nibble form.
QString reverseName(const QHostAddress& address);
// Host names as DNS gives them ("mx.example.com."): lower case, no trailing dot.
QString cleaned(const QString& name);

} // namespace SmtpDoctor::DomainName
