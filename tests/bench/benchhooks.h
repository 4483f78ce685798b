#pragma once

namespace SmtpDoctor {

class MainWizard;

// Instrumentation of the wizard for tests/bench (the smtpdoctor_benchwizard executable, never shipped),
// idle unless one of these is set in the environment:
//   SMTPDOCTOR_BENCH_STARTUP=1  print "first-page-monotonic-ms=<CLOCK_MONOTONIC ms>" once the first page
//                               is on screen, then quit (the bench subtracts its own spawn time);
//   SMTPDOCTOR_BENCH_AUTORUN=1  fill the account from SMTPDOCTOR_BENCH_HOST, _USER, _PASSWORD_FILE and
//                               _CA_FILE, run the whole check, show the result page, print
//                               "max-stall-ms=<n>" (the longest gap between ticks of a 1 ms heartbeat
//                               timer on the GUI thread) and "signed-in=<0|1>", then quit.
//   SMTPDOCTOR_BENCH_VERBOSE=1  also print every stall over 10 ms, when each step starts, and each page
//                               change: from the click on Next to the end of the window's next paint,
//                               in wall time and in the GUI thread's own CPU time.
namespace BenchHooks {
void install(MainWizard& wizard);
}

} // namespace SmtpDoctor
