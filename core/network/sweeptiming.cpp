#include "core/network/sweeptiming.h"

#include <algorithm>

namespace SmtpDoctor {

namespace {
constexpr qint64 MinBoundMs = 1500;
constexpr qint64 MaxBoundMs = 3000;
constexpr qint64 RoundTripFactor = 8;
constexpr int MaxSilenceMs = 2500;
constexpr int MinSilenceMs = 500;
} // namespace

int filteredBoundMs(qint64 slowestAnswerMs, int timeoutMs)
{
    const qint64 bound = std::clamp(
        MinBoundMs + RoundTripFactor * std::max<qint64>(0, slowestAnswerMs), MinBoundMs, MaxBoundMs);
    return int(std::min<qint64>(bound, std::max(0, timeoutMs)));
}

int silenceProbeMs(int timeoutMs)
{
    // Well before the timeout, so that the answer to the probe still arrives within it.
    const int ms = std::min(MaxSilenceMs, timeoutMs / 3);
    return ms >= MinSilenceMs ? ms : 0;
}

} // namespace SmtpDoctor
