// smtpdoctor_benchwizard: the real wizard, started as `smtpdoctor` starts it, with the bench's
// instrumentation (benchhooks.h). tests/bench/bench.py runs it; it is never installed.
#include "benchhooks.h"
#include "core/i18n/language.h"
#include "ui/mainwizard.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("smtpdoctor"));
    SmtpDoctor::Language::install(SmtpDoctor::Language::systemDefault());
    SmtpDoctor::MainWizard wizard;
    SmtpDoctor::BenchHooks::install(wizard);
    wizard.show();
    return QApplication::exec();
}
