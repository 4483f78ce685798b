#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace SmtpDoctor {

// Installs the translators of one language: every embedded SMTP Doctor catalog plus Qt's own
// (for QWizard's buttons and standard dialogs). Switching replaces them all at once.
class Language
{
public:
    static QStringList supported() { return { QStringLiteral("en"), QStringLiteral("ja") }; }
    // "ja" for a Japanese system locale, else "en".
    static QString systemDefault();
    static bool isSupported(const QString& code) { return supported().contains(code); }

    // Installs `code` ("en" or "ja"); returns false if a catalog could not be loaded.
    static bool install(const QString& code);
    static QString current();
};

} // namespace SmtpDoctor
