#include "ui/suggestionbox.h"

#include "core/settings/accountsettings.h"
#include "ui/accountmodel.h"
#include "ui/uihelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpDoctor {

SuggestionBox::SuggestionBox(AccountModel* model, QWidget* parent)
    : QGroupBox(parent)
    , m_model(model)
    , m_empty(makeTextLabel(QStringLiteral("suggestionsEmptyLabel"), this))
    , m_list(new QVBoxLayout)
{
    setObjectName(QStringLiteral("suggestionsBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(m_list);
    connect(m_model, &AccountModel::suggestionsChanged, this, &SuggestionBox::rebuild);
    retranslateUi();
}

void SuggestionBox::rebuild()
{
    while (QLayoutItem* item = m_list->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    const QList<AccountSuggestion> suggestions = m_model->suggestions();
    for (int i = 0; i < suggestions.size(); ++i) {
        auto* row = new QHBoxLayout;
        QLabel* text = makeTextLabel(QStringLiteral("suggestionLabel_%1").arg(i), this);
        auto* use = new QPushButton(this);
        use->setObjectName(QStringLiteral("useSuggestionButton_%1").arg(i));
        connect(use, &QPushButton::clicked, this, [this, i] { m_model->applySuggestion(i); });
        row->addWidget(text, 1);
        row->addWidget(use, 0, Qt::AlignTop);
        m_list->addLayout(row);
    }
    retranslateUi();
}

void SuggestionBox::retranslateUi()
{
    setTitle(tr("Suggested settings"));
    m_empty->setText(tr("When SMTP Doctor knows the settings of your mail provider, they appear here."));
    const QList<AccountSuggestion> suggestions = m_model->suggestions();
    m_empty->setVisible(suggestions.isEmpty());
    for (int i = 0; i < suggestions.size(); ++i) {
        const AccountSuggestion& s = suggestions[i];
        QString line = tr("Server %1, port %2, security %3")
                           .arg(s.host, s.port ? QString::number(s.port) : tr("automatic"),
                               securityLabel(s.security).toString());
        if (!s.source.isEmpty())
            line += QLatin1Char('\n') + s.source.toString();
        if (auto* label = findChild<QLabel*>(QStringLiteral("suggestionLabel_%1").arg(i)))
            label->setText(line);
        if (auto* use = findChild<QPushButton*>(QStringLiteral("useSuggestionButton_%1").arg(i))) {
            use->setText(tr("Use these"));
            use->setAccessibleName(tr("Use these settings: %1").arg(line));
        }
    }
}

void SuggestionBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace SmtpDoctor
