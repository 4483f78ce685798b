#include "wizarddriver.h"

#include "ui/checkingpage.h"
#include "ui/pageid.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using namespace SmtpDoctor;

namespace WizardDriver {

void typeInto(QWidget* edit, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(edit);
    if (!line)
        return;
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    for (const QChar c : text) {
        // QTest::keyClicks knows only ASCII; other characters arrive as typed text, like from an input
        // method.
        if (c.unicode() < 128)
            QTest::keyClick(line, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    // Leaving the field is what a user does next; it triggers the inline validation.
    emit line->editingFinished();
}

void click(QWidget* button)
{
    // Check boxes and radio buttons react only on their box and text, not on the whole stretched row.
    if (qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button))
        QTest::mouseClick(
            button, Qt::LeftButton, {}, QPoint(qMin(8, button->width() / 2), button->height() / 2));
    else
        QTest::mouseClick(button, Qt::LeftButton);
}

QWidget* wizardButton(MainWizard& wizard, int which)
{
    return wizard.button(QWizard::WizardButton(which));
}

bool next(MainWizard& wizard, int pageId, int timeoutMs)
{
    click(wizard.button(QWizard::NextButton));
    return QTest::qWaitFor([&] { return wizard.currentId() == pageId; }, timeoutMs);
}

bool goToAccountPage(MainWizard& wizard)
{
    auto* diagnose = child<QRadioButton*>(&wizard, QStringLiteral("diagnoseRadio"));
    if (!diagnose)
        return false;
    click(diagnose);
    return next(wizard, AccountPageId);
}

bool goToExplainPage(MainWizard& wizard)
{
    auto* explain = child<QRadioButton*>(&wizard, QStringLiteral("explainRadio"));
    if (!explain)
        return false;
    click(explain);
    return next(wizard, ExplainPageId);
}

void fillAccount(MainWizard& wizard, const Account& a)
{
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("emailEdit")), a.email);
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("hostEdit")), a.host);
    auto* port = child<QComboBox*>(&wizard, QStringLiteral("portCombo"));
    if (!a.port.isEmpty())
        typeInto(port->lineEdit(), a.port);
    auto* security = child<QComboBox*>(&wizard, QStringLiteral("securityCombo"));
    security->setFocus();
    // Keyboard selection, as a user would: Home, then Down as often as needed.
    QTest::keyClick(security, Qt::Key_Home);
    for (int i = 0; i < a.securityIndex; ++i)
        QTest::keyClick(security, Qt::Key_Down);
    if (!a.user.isEmpty())
        typeInto(child<QLineEdit*>(&wizard, QStringLiteral("userEdit")), a.user);
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("passwordEdit")), a.password);
    auto* insecure = child<QCheckBox*>(&wizard, QStringLiteral("allowInsecureCheck"));
    if (insecure->isChecked() != a.allowInsecure)
        click(insecure);
    if (!a.caFile.isEmpty()) {
        auto* advanced = child<QToolButton*>(&wizard, QStringLiteral("advancedButton"));
        if (!advanced->isChecked())
            click(advanced);
        typeInto(child<QLineEdit*>(&wizard, QStringLiteral("caFileEdit")), a.caFile);
    }
}

bool waitForRunEnd(MainWizard& wizard, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return wizard.checkingPage()->isComplete() || wizard.currentId() != CheckingPageId; },
        timeoutMs);
}

namespace {

bool shownOnScreen(const QWidget* w, const QWidget* root)
{
    return w->isVisibleTo(root) && w->width() > 0 && w->height() > 0;
}

} // namespace

QStringList clippedWidgets(const QWidget* root)
{
    QStringList problems;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!shownOnScreen(label, root) || label->text().isEmpty())
            continue;
        const QRect inner = label->contentsRect();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems << QStringLiteral("%1 (needs height %2, has %3): %4")
                                .arg(label->objectName())
                                .arg(needed)
                                .arg(label->height())
                                .arg(label->text().left(60));
        } else if (label->fontMetrics().horizontalAdvance(
                       label->text().section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('&')))
            > inner.width() + 1) {
            problems
                << QStringLiteral("%1 (too narrow): %2").arg(label->objectName(), label->text().left(60));
        }
    }
    const QList<QAbstractButton*> buttons = root->findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        if (!shownOnScreen(button, root) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1
            || button->minimumSizeHint().height() > button->height() + 1)
            problems << QStringLiteral("%1 (button %2x%3 < hint %4x%5): %6")
                            .arg(button->objectName())
                            .arg(button->width())
                            .arg(button->height())
                            .arg(button->sizeHint().width())
                            .arg(button->minimumSizeHint().height())
                            .arg(button->text());
    }
    // Pages wrap their text: sideways scrolling means something does not fit the width.
    const QList<QScrollArea*> areas = root->findChildren<QScrollArea*>();
    for (const QScrollArea* area : areas) {
        if (shownOnScreen(area, root) && area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1: needs sideways scrolling (content %2 wide, view %3)")
                            .arg(area->objectName())
                            .arg(area->widget()->minimumSizeHint().width())
                            .arg(area->viewport()->width());
    }
    return problems;
}

QStringList richTextLabels(const QWidget* root)
{
    QStringList found;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->textFormat() != Qt::PlainText && !label->text().isEmpty() && label->pixmap().isNull())
            found << QStringLiteral("%1: %2").arg(label->objectName(), label->text().left(60));
    }
    return found;
}

} // namespace WizardDriver
