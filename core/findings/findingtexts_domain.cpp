// Findings of the sender-domain check (SPF, DKIM, DMARC, MX, reverse DNS). Arguments are listed
// above each entry. Records are the domain owner's job, set in the DNS settings of the domain
// (often the web host's or registrar's control panel); reverse DNS belongs to whoever owns the
// sending address. Texts name that, and the exact record to add or change.
#include "core/findings/findingtexts.h"

namespace SmtpDoctor {

const std::vector<FindingInfo>& domainFindings()
{
    static const std::vector<FindingInfo> table {
        // %1 domain
        { FindingId::DomainNotFound, Severity::Error, Side::You, Reason::HostUnknown,
            QT_TRANSLATE_NOOP("Finding", "The domain %1 does not exist"),
            QT_TRANSLATE_NOOP("Finding",
                "DNS says there is no domain called %1. Mail from an address @%1 is refused everywhere."),
            QT_TRANSLATE_NOOP("Finding",
                "Check the spelling of the domain (the part of your address after @). If it is spelled "
                "right, its registration may have expired: ask the company where the domain was "
                "registered.") },
        // %1 domain, %2 the lookups that got no answer
        { FindingId::DomainDnsFailed, Severity::Warning, Side::Network, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "Some DNS answers about %1 did not arrive"),
            QT_TRANSLATE_NOOP("Finding",
                "The DNS server did not answer in time, or not at all, for: %2. What depends on these "
                "answers could not be checked. This does not mean that the records are missing."),
            QT_TRANSLATE_NOOP("Finding",
                "Run the check again in a few minutes. If it keeps happening, the DNS server of your network "
                "or of the domain has a problem: ask your network administrator or your internet "
                "provider.") },
        // %1 domain, %2 the record
        { FindingId::DomainSpfOk, Severity::Info, Side::You, Reason::Accepted,
            QT_TRANSLATE_NOOP("Finding", "%1 has a valid SPF record"),
            QT_TRANSLATE_NOOP(
                "Finding", "The SPF record of %1 lists the servers allowed to send its mail: %2"),
            QT_TRANSLATE_NOOP("Finding",
                "Nothing to do. When you start sending through another service (a newsletter tool, a web "
                "shop), add its entry to this same record.") },
        // %1 domain, %2 the record to add
        { FindingId::DomainSpfMissing, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "%1 has no SPF record"),
            QT_TRANSLATE_NOOP("Finding",
                "An SPF record is a line in the domain's DNS settings that lists the servers allowed to send "
                "mail as @%1. Without it, Gmail, Yahoo, Microsoft and many others treat your mail as "
                "unverified: it lands in spam or is refused (for example \"550 5.7.26\")."),
            QT_TRANSLATE_NOOP("Finding",
                "Whoever manages the DNS of %1 (often in the control panel of your web host or domain "
                "registrar) adds a TXT record for the domain itself (name \"@\" or empty) with this value: "
                "%2") },
        // %1 domain, %2 how many records, %3 one merged record
        { FindingId::DomainSpfMultiple, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "%1 has %2 SPF records instead of one"),
            QT_TRANSLATE_NOOP("Finding",
                "A domain may publish only one SPF record. With several, receiving servers ignore all of "
                "them (an SPF \"permerror\"), as if there were none."),
            QT_TRANSLATE_NOOP("Finding",
                "In the DNS settings of %1, delete the SPF records (TXT records starting with v=spf1) and "
                "keep a single one that combines them, for example: %3") },
        // %1 domain whose record has the error, %2 the faulty part, %3 that record
        { FindingId::DomainSpfInvalid, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The SPF record of %1 has an error"),
            QT_TRANSLATE_NOOP("Finding",
                "Receiving servers cannot use \"%2\" in the SPF record of %1, so they ignore the whole "
                "record (an SPF \"permerror\"), as if there were none. The record is: %3"),
            QT_TRANSLATE_NOOP("Finding",
                "In the DNS settings of %1, correct or remove \"%2\" in the TXT record that starts with "
                "v=spf1. If the entry came from a provider's guide, copy it again from there, exactly.") },
        // %1 domain, %2 how many DNS lookups the record needs
        { FindingId::DomainSpfTooManyLookups, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP(
                "Finding", "The SPF record of %1 needs too many DNS lookups (%2, at most 10 are allowed)"),
            QT_TRANSLATE_NOOP("Finding",
                "Every include:, a, mx, ptr, exists and redirect= in the record costs a DNS lookup, and so "
                "do those in the records it includes. Receiving servers stop after 10 and then ignore the "
                "whole record (an SPF \"permerror\")."),
            QT_TRANSLATE_NOOP("Finding",
                "In the SPF record of %1, remove the entries of services that no longer send mail for the "
                "domain, and replace a and mx entries by the servers' addresses (ip4: and ip6:). Then run "
                "the check again.") },
        // %1 domain, %2 how many lookups found nothing, %3 those names
        { FindingId::DomainSpfVoidLookups, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The SPF record of %1 points at names that do not exist"),
            QT_TRANSLATE_NOOP("Finding",
                "%2 entries of the SPF record lead to names without any record (%3). Receiving servers "
                "accept at most two such empty answers and then ignore the whole record."),
            QT_TRANSLATE_NOOP("Finding", "In the SPF record of %1, remove or correct the entries for %3.") },
        // %1 domain, %2 the circle of include:/redirect=
        { FindingId::DomainSpfLoop, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The SPF record of %1 includes itself"),
            QT_TRANSLATE_NOOP("Finding",
                "The include: and redirect= entries go round in a circle: %2. Receiving servers give up on "
                "such a record and ignore it."),
            QT_TRANSLATE_NOOP("Finding",
                "Remove the entry that points back in that circle (in the DNS settings of the domain whose "
                "record has it).") },
        // %1 domain, %2 the sending server (name and addresses), %3 the record to publish instead
        { FindingId::DomainSpfNotAuthorising, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The SPF record of %1 does not allow your sending server"),
            QT_TRANSLATE_NOOP("Finding",
                "Your mail goes out through %2, but the SPF record of %1 does not list it. Receiving servers "
                "then mark your mail as spam or refuse it (for example \"550 5.7.27 ... did not pass SPF\" "
                "or \"5.7.515\")."),
            QT_TRANSLATE_NOOP("Finding",
                "In the DNS settings of %1, change the TXT record that starts with v=spf1 to: %3") },
        // %1 domain, %2 the record
        { FindingId::DomainSpfAllowAll, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The SPF record of %1 allows every server in the world"),
            QT_TRANSLATE_NOOP("Finding",
                "The record ends in \"+all\" (or \"all\"), which lets any server send mail as @%1. Receivers "
                "treat that like no protection at all, and it invites forgery. The record is: %2"),
            QT_TRANSLATE_NOOP("Finding",
                "In the SPF record of %1, list your real sending servers and end it with \"~all\" instead of "
                "\"+all\".") },
        // %1 domain whose record uses ptr
        { FindingId::DomainSpfPtr, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The SPF record of %1 uses the outdated \"ptr\" entry"),
            QT_TRANSLATE_NOOP("Finding",
                "\"ptr\" is slow and unreliable; the SPF standard asks domain owners not to use it, and some "
                "receivers skip it, so mail it should allow may fail."),
            QT_TRANSLATE_NOOP("Finding",
                "In the SPF record of %1, replace \"ptr\" by the addresses (ip4:, ip6:) or the include: of "
                "your sending servers.") },
        // %1 the key's DNS name, %2 key type, %3 key length in bits
        { FindingId::DomainDkimOk, Severity::Info, Side::You, Reason::Accepted,
            QT_TRANSLATE_NOOP("Finding", "DKIM key found at %1"),
            QT_TRANSLATE_NOOP("Finding",
                "The DKIM key published at %1 is usable (%2, %3 bits): receivers can check the signatures "
                "made with it."),
            QT_TRANSLATE_NOOP("Finding", "Nothing to do.") },
        // %1 domain, %2 selector(s)
        { FindingId::DomainDkimMissing, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "No DKIM key for %1 under the name %2"),
            QT_TRANSLATE_NOOP("Finding",
                "DKIM signs each message so that receivers can check that it really comes from %1. The key "
                "for checking must be published in DNS at %2._domainkey.%1, and there is none. Without DKIM, "
                "mail lands in spam more often, and forwarded mail fails a DMARC policy."),
            QT_TRANSLATE_NOOP("Finding",
                "Turn on DKIM signing for %1 at your mail provider. It shows the record (TXT or CNAME) to "
                "add in the DNS settings of %1 under the name %2._domainkey.") },
        // %1 domain, %2 the selectors tried
        { FindingId::DomainDkimNotFound, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "No DKIM key found for %1 (the key's name is not known)"),
            QT_TRANSLATE_NOOP("Finding",
                "DKIM keys are published under a name (the \"selector\") that only the sending service "
                "knows. SMTP Doctor tried the usual names (%2) and found none. This does not prove that DKIM "
                "is missing."),
            QT_TRANSLATE_NOOP("Finding",
                "Open a message you sent (\"show original\" or \"view source\") and look for the line "
                "DKIM-Signature: s= is the selector, d= the domain. Give SMTP Doctor that header or the "
                "selector and check again. If there is no DKIM-Signature line, turn on DKIM signing at your "
                "mail provider.") },
        // %1 the key's DNS name
        { FindingId::DomainDkimInvalid, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The DKIM key record at %1 is broken"),
            QT_TRANSLATE_NOOP("Finding",
                "The record at %1 cannot be used to check signatures (the reason follows), so receivers "
                "treat your DKIM signatures as failed."),
            QT_TRANSLATE_NOOP("Finding",
                "Copy the DKIM record again from your mail provider's settings into the DNS settings, "
                "exactly as shown. Long keys are often cut off, or get extra spaces or quotes when "
                "pasted.") },
        // %1 the key's DNS name
        { FindingId::DomainDkimRevoked, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The DKIM key at %1 has been withdrawn"),
            QT_TRANSLATE_NOOP("Finding",
                "The record at %1 has an empty key (p=), which means the key was revoked. Messages signed "
                "with it fail DKIM."),
            QT_TRANSLATE_NOOP("Finding",
                "If your provider still signs with this name, publish its current key from the provider's "
                "settings; otherwise make sure the provider signs with a name that has a key.") },
        // %1 the key's DNS name, %2 bits
        { FindingId::DomainDkimWeakKey, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The DKIM key at %1 is too short (%2 bits)"),
            QT_TRANSLATE_NOOP("Finding",
                "Receivers such as Gmail ignore DKIM keys shorter than 1024 bits, so your signatures count "
                "for nothing. 2048 bits is the usual size today."),
            QT_TRANSLATE_NOOP("Finding",
                "Create a new 2048-bit DKIM key at your mail provider and publish the record it shows in "
                "place of the old one.") },
        // %1 the domain the signature is for (d=), %2 the sender domain
        { FindingId::DomainDkimForeignSignature, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "Your messages are signed for %1, not for %2"),
            QT_TRANSLATE_NOOP("Finding",
                "The DKIM signature in the message names the domain %1 (d=). It shows that the mail passed "
                "through that service, but for DMARC it only counts when it is for %2 itself."),
            QT_TRANSLATE_NOOP("Finding",
                "Set up DKIM for your own domain %2 at your mail provider (often called \"custom DKIM\" or "
                "\"authenticate email\"), so that it signs with d=%2.") },
        // %1 where the record is (_dmarc name), %2 the policy in force, %3 the record
        { FindingId::DomainDmarcOk, Severity::Info, Side::You, Reason::Accepted,
            QT_TRANSLATE_NOOP("Finding", "DMARC record found (p=%2)"),
            QT_TRANSLATE_NOOP("Finding",
                "The DMARC record at %1 tells receivers what to do with mail that fails SPF and DKIM: %3"),
            QT_TRANSLATE_NOOP("Finding", "Nothing to do now; see the notes about the policy, if any.") },
        // %1 domain, %2 the record to add
        { FindingId::DomainDmarcMissing, Severity::Warning, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "%1 has no DMARC record"),
            QT_TRANSLATE_NOOP("Finding",
                "DMARC tells receivers what to do with mail that fails SPF and DKIM, and where to send "
                "reports about it. Gmail, Yahoo and Microsoft require it from anyone who sends many "
                "messages, and trust mail without it less."),
            QT_TRANSLATE_NOOP("Finding",
                "In the DNS settings of %1, add a TXT record named _dmarc with this value: %2 (put an "
                "address that may receive the reports after mailto:). Start with p=none; when all your mail "
                "passes, change it to p=quarantine.") },
        // %1 where the record is (_dmarc name), %2 the record(s)
        { FindingId::DomainDmarcInvalid, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP("Finding", "The DMARC record at %1 has an error"),
            QT_TRANSLATE_NOOP("Finding",
                "Receivers read the DMARC record at %1 differently from what was meant, or not at all (the "
                "reason follows). The record is: %2"),
            QT_TRANSLATE_NOOP("Finding",
                "Correct the TXT record at %1 so that there is exactly one, starting with v=DMARC1; and "
                "p=none, p=quarantine or p=reject, for example: v=DMARC1; p=none; "
                "rua=mailto:name@example.com") },
        // %1 domain, %2 policy (quarantine or reject)
        { FindingId::DomainDmarcPolicy, Severity::Error, Side::You, Reason::SenderAuthentication,
            QT_TRANSLATE_NOOP(
                "Finding", "The DMARC policy of %1 (p=%2) can make receivers refuse your own mail"),
            QT_TRANSLATE_NOOP("Finding",
                "With p=%2, receivers refuse or put into spam every message from @%1 that passes neither SPF "
                "nor DKIM for this domain (\"550 5.7.26 ... DMARC policy\")."),
            QT_TRANSLATE_NOOP("Finding",
                "First set up DKIM for %1 at your mail provider and make sure the SPF record lists your "
                "sending servers. Until both work, change the DMARC record (_dmarc.%1) to p=none.") },
        // %1 domain, %2 the mail servers
        { FindingId::DomainMxOk, Severity::Info, Side::You, Reason::Accepted,
            QT_TRANSLATE_NOOP("Finding", "%1 can receive mail"),
            QT_TRANSLATE_NOOP(
                "Finding", "Mail for @%1 is received by %2, so replies and bounce messages reach you."),
            QT_TRANSLATE_NOOP("Finding", "Nothing to do.") },
        // %1 domain
        { FindingId::DomainMxMissing, Severity::Error, Side::You, Reason::HostUnknown,
            QT_TRANSLATE_NOOP("Finding", "%1 has no MX record: it cannot receive mail"),
            QT_TRANSLATE_NOOP("Finding",
                "The MX record says which server receives mail for @%1. Without one, replies and bounce "
                "messages to your address get lost, and many receivers refuse mail from a domain that cannot "
                "receive any."),
            QT_TRANSLATE_NOOP("Finding",
                "In the DNS settings of %1 (often the control panel of your web host), add the MX record "
                "your mail provider gives you.") },
        // %1 domain
        { FindingId::DomainMxNull, Severity::Warning, Side::You, Reason::NotAccepting,
            QT_TRANSLATE_NOOP("Finding", "%1 says that it receives no mail"),
            QT_TRANSLATE_NOOP("Finding",
                "The MX record of %1 is \".\" (a \"null MX\"): the domain declares that it accepts no mail "
                "at all. Replies cannot reach you, and receivers may refuse mail sent from it."),
            QT_TRANSLATE_NOOP("Finding",
                "If you send mail from %1, replace the null MX in the domain's DNS settings by your mail "
                "provider's MX record.") },
        // %1 domain, %2 the MX host names without address
        { FindingId::DomainMxUnresolvable, Severity::Error, Side::You, Reason::HostUnknown,
            QT_TRANSLATE_NOOP("Finding", "The mail server named in the MX record of %1 does not exist"),
            QT_TRANSLATE_NOOP("Finding",
                "The MX record points to %2, but that name has no address, so mail to @%1 cannot be "
                "delivered there."),
            QT_TRANSLATE_NOOP("Finding",
                "In the DNS settings of %1, correct the MX record to the exact server name your mail "
                "provider gives you.") },
        // %1 address, %2 its reverse DNS name
        { FindingId::DomainPtrOk, Severity::Info, Side::Server, Reason::Accepted,
            QT_TRANSLATE_NOOP("Finding", "The sending server %1 has a reverse DNS name (%2)"),
            QT_TRANSLATE_NOOP("Finding",
                "The address %1 is called %2 in reverse DNS, and %2 leads back to %1, as receivers expect."),
            QT_TRANSLATE_NOOP("Finding", "Nothing to do.") },
        // %1 address
        { FindingId::DomainPtrMissing, Severity::Error, Side::Server, Reason::PtrRequired,
            QT_TRANSLATE_NOOP("Finding", "The sending server %1 has no reverse DNS name"),
            QT_TRANSLATE_NOOP("Finding",
                "The address %1 has no PTR record (reverse DNS), so receivers cannot tell which server it "
                "is. Gmail refuses such mail (\"550 5.7.25\"), and others treat it as spam."),
            QT_TRANSLATE_NOOP("Finding",
                "Reverse DNS is set by whoever owns the address %1: the mail provider, the hosting company "
                "or the internet provider, not in the domain's DNS settings. Ask them to give %1 a PTR name "
                "that leads back to %1, such as the server's own name.") },
        // %1 address, %2 the reverse DNS name that does not lead back
        { FindingId::DomainPtrMismatch, Severity::Warning, Side::Server, Reason::PtrRequired,
            QT_TRANSLATE_NOOP("Finding", "The reverse DNS name of %1 does not lead back to it"),
            QT_TRANSLATE_NOOP("Finding",
                "The address %1 is called %2 in reverse DNS, but %2 does not resolve to %1. Receivers such "
                "as Gmail require both directions to match."),
            QT_TRANSLATE_NOOP("Finding",
                "Ask whoever owns the address %1 (provider or hosting company) to give %2 an address record "
                "(A or AAAA) for %1, or to set a PTR name that does.") },
        // %1 the step that failed first ("Network connection")
        { FindingId::DomainSkipped, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "Not checked: an earlier step failed"),
            QT_TRANSLATE_NOOP("Finding",
                "The records of your domain are read over the internet, so this check needs \"%1\" to work "
                "first."),
            QT_TRANSLATE_NOOP("Finding", "Fix the problem shown in \"%1\", then run the check again.") },
    };
    return table;
}

} // namespace SmtpDoctor
