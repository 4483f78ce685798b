#pragma once

namespace SmtpDoctor {

// Loads Qt's TLS backend (a plugin, and OpenSSL with it) on a worker thread, so the first secure
// connection or certificate read does not stall the window for tens of milliseconds while it happens.
// Harmless to call more than once; returns at once.
void warmUpTlsInBackground();

} // namespace SmtpDoctor
