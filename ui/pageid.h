#pragma once

namespace SmtpDoctor {

// The wizard's pages, in the order a beginner meets them. Explain is a side branch from Welcome.
enum PageId { WelcomePageId, AccountPageId, CheckingPageId, ResultPageId, ExplainPageId };

} // namespace SmtpDoctor
