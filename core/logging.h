#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="smtpdoctor.*.debug=true".
// Never log a secret: log what the transcript shows, which is already redacted.
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)     // smtpdoctor.core.smtp
Q_DECLARE_LOGGING_CATEGORY(lcChecks)   // smtpdoctor.core.checks
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // smtpdoctor.core.settings
Q_DECLARE_LOGGING_CATEGORY(lcI18n)     // smtpdoctor.core.i18n
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)    // smtpdoctor.core.oauth
