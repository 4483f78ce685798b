#pragma once

#include "core/report/mailprograms.h"
#include "core/report/settingscard.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace SmtpDoctor {

class AccountModel;

// The settings card of the result page: the five values to type into the mail program, each with a
// copy button, and below it how to enter them in the program the user has (a chooser and that program's
// own labels, from core's MailPrograms table, the same the text and HTML reports print). Built once;
// a new result or language only changes its texts.
class SettingsCardView : public QGroupBox
{
    Q_OBJECT
public:
    SettingsCardView(AccountModel* model, QWidget* parent = nullptr);

    void setCard(const std::optional<SettingsCard>& card);

signals:
    // A value was put on the clipboard; `what` is the field's name, for the confirmation.
    void copied(const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* name;
        QLabel* value;
        QPushButton* copy;
    };
    void buildCard();
    void buildGuide();
    void retranslateUi();
    void renderGuide();
    void copyValue(int index);

    AccountModel* m_model;
    std::optional<SettingsCard> m_card;
    QLabel* m_intro;
    QList<Row> m_rows;
    QLabel* m_programLabel;
    QComboBox* m_program;
    QLabel* m_where;
    QList<QLabel*> m_guideLabels;
    QList<QLabel*> m_guideValues;
    QLabel* m_note;
};

} // namespace SmtpDoctor
