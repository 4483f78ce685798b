#include "app/explaincommand.h"

#include "app/commandline.h"

#include <QCoreApplication>

namespace SmtpDoctor {

int runExplainCommand(const QStringList& arguments)
{
    Q_UNUSED(arguments)
    printError(QCoreApplication::translate("ExplainCommand", "\"explain\" is not available in this version yet."));
    return ExitUsage;
}

} // namespace SmtpDoctor
