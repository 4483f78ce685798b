#pragma once

#include "core/knowledge/knowledgetypes.h"

#include <QList>

#include <vector>

namespace SmtpDoctor {

// The provider, MTA and phrase tables (providertexts_*.cpp, phrasetexts_*.cpp). Patterns are lowercase;
// the input is matched lowercased with every run of white space turned into one space.
const std::vector<TextEntry>& globalProviderTexts(); // Gmail, Microsoft 365 / Outlook.com, Yahoo, iCloud
const std::vector<TextEntry>& mtaTexts(); // Postfix, Exim, Sendmail, qmail, Exchange on-premises
const std::vector<TextEntry>&
japanProviderTexts(); // docomo, au, SoftBank, OCN, BIGLOBE, nifty, So-net, Yahoo! JAPAN
const std::vector<TextEntry>& blocklistTexts(); // block lists, SPF, DKIM, DMARC, reverse DNS
const std::vector<TextEntry>& bouncePhrases(); // delivery reports (bounces) and delay warnings
const std::vector<TextEntry>& clientPhrases(); // mail programs' own error dialogs
const std::vector<TextEntry>& japanesePhrases(); // the same in Japanese

namespace TextEntries {
QList<const TextEntry*> all();
const TextEntry* find(const QString& id);
} // namespace TextEntries

} // namespace SmtpDoctor
