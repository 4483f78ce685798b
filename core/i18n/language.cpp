#include "core/i18n/language.h"

#include "core/logging.h"
#include "translations/translationcatalogs.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace SmtpDoctor {

namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QString Language::systemDefault()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Language::current()
{
    return installed().code;
}

bool Language::install(const QString& code)
{
    Installed& state = installed();
    for (auto& t : state.translators)
        QCoreApplication::removeTranslator(t.get());
    state.translators.clear();
    state.code = isSupported(code) ? code : QStringLiteral("en");

    bool ok = true;
    for (const QString& catalog : translationCatalogs()) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/smtpdoctor_%1_%2.qm").arg(catalog, state.code);
        if (!translator->load(file)) {
            qCWarning(lcI18n) << "cannot load" << file;
            ok = false;
            continue;
        }
        QCoreApplication::installTranslator(translator.get());
        state.translators.push_back(std::move(translator));
    }
    if (state.code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(state.code), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.translators.push_back(std::move(qt));
        }
    }
    QLocale::setDefault(QLocale(state.code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return ok;
}

} // namespace SmtpDoctor
