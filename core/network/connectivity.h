#pragma once

namespace SmtpDoctor {

// What the operating system says about this computer's network, as a hint only: a company or test mail
// server may well be reachable when the wider internet is not.
enum class Connectivity {
    Unknown, // no way to tell
    Offline, // no usable network at all
    LocalOnly, // a network, but no internet (company network, captive portal, tests)
    Online,
};

// QNetworkInformation where a backend exists, else the interfaces: one that is up, not loopback, with
// an address. Cheap; may be called on every run.
Connectivity systemConnectivity();

// An interface that is up and running, not loopback, with an address.
bool hasUsableInterface();

} // namespace SmtpDoctor
