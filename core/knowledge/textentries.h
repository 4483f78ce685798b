#pragma once

#include "core/knowledge/knowledgetypes.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace SmtpDoctor {

// The provider, MTA and phrase tables (providertexts_*.cpp, phrasetexts_*.cpp). Patterns are lowercase;
// the input is matched lowercased with every run of white space turned into one space.
const std::vector<TextEntry>& googleTexts(); // Gmail, Google Workspace, Google Groups
const std::vector<TextEntry>& microsoftTexts(); // Microsoft 365, Exchange Online, Outlook.com
const std::vector<TextEntry>& globalProviderTexts(); // Yahoo / AOL, iCloud, QQ
const std::vector<TextEntry>&
japanProviderTexts(); // docomo, au, SoftBank, OCN, BIGLOBE, nifty, So-net, Yahoo! JAPAN
const std::vector<TextEntry>&
blocklistTexts(); // block lists, reputation, SPF, DKIM, DMARC, reverse DNS, spam, virus
const std::vector<TextEntry>& mtaTexts(); // Postfix, Exim, Sendmail, qmail
const std::vector<TextEntry>& groupwareTexts(); // Exchange on-premises, Domino / Notes, mailing lists
const std::vector<TextEntry>& clientPhrases(); // mail programs' own error dialogs, in English and Japanese
const std::vector<TextEntry>& recipientPhrases(); // causes on the receiving side
const std::vector<TextEntry>& deliveryPhrases(); // delays, expiry, loops, connections, limits, servers
const std::vector<TextEntry>& bouncePhrases(); // relaying, sign-in, sender, format, size, bounce frames
const std::vector<TextEntry>& japanesePhrases(); // Japanese bounces and carriers' words
const std::vector<TextEntry>& fallbackPhrases(); // topic words of last resort (TextEntry::LastResort)

namespace TextEntries {
// A pattern's alternatives: split at '|'; "\\|" stands for a literal '|' ("pipe to \\|/").
QStringList alternatives(const char* patterns);
QList<const TextEntry*> all();
const TextEntry* find(const QString& id);
} // namespace TextEntries

} // namespace SmtpDoctor
