#include "ui/mainwizard.h"

namespace SmtpDoctor {

MainWizard::MainWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("mainWizard"));
    setWindowTitle(tr("SMTP Doctor"));
}

} // namespace SmtpDoctor
