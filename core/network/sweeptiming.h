#pragma once

#include <QtGlobal>

namespace SmtpDoctor {

// How long, counted from the start of a round of connection attempts to one host, a port or address that
// has not answered may still be waited for once others of the same host have answered: long enough for
// one lost connection request to be sent again (1 s on common systems) plus a margin from the slowest
// answer seen, never more than a few seconds and never more than the user's timeout. Beyond it the
// silent one is taken as filtered.
int filteredBoundMs(qint64 slowestAnswerMs, int timeoutMs);

// How long a plain-text connection may stay silent before a probe line is sent to make a peer that does
// not speak first (a web server, for example) answer. 0: never.
int silenceProbeMs(int timeoutMs);

} // namespace SmtpDoctor
