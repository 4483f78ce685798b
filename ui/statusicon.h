#pragma once

#include "core/findings/stepid.h"

#include <QPixmap>

namespace SmtpDoctor {

// What a row or a result shows. Every state has its own shape and symbol (check mark in a circle,
// "!" in a triangle, cross in an octagon, dash, hourglass, empty ring), with a dark outline, so the
// icons still read in high-contrast themes, in greyscale and for colour-blind readers.
enum class StatusKind { Pending, Running, Pass, Warn, Fail, Skip, Info };

StatusKind statusKind(StepStatus status);
QPixmap statusPixmap(StatusKind kind, int size, qreal devicePixelRatio);

} // namespace SmtpDoctor
