#include "core/logging.h"

Q_LOGGING_CATEGORY(lcSmtp, "smtpdoctor.core.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecks, "smtpdoctor.core.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "smtpdoctor.core.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "smtpdoctor.core.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOAuth, "smtpdoctor.core.oauth", QtWarningMsg)
