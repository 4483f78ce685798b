#pragma once

#include <QWizardPage>

class QScrollArea;
class QVBoxLayout;

namespace SmtpDoctor {

// Common ground for the wizard's pages: the content sits in a scroll area, so nothing is ever clipped
// at a larger text size or in a small window, and the page re-renders its texts when the language
// changes (Language::install sends QEvent::LanguageChange to every widget).
class WizardPageBase : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPageBase(const QString& objectName, QWidget* parent = nullptr);

protected:
    QVBoxLayout* contentLayout() const { return m_layout; }
    QWidget* content() const { return m_content; }
    void scrollTo(QWidget* widget);
    // Sets every text of the page from tr() and the stored LocalizedText results. Subclasses call it
    // once at the end of their constructor; the base calls it again on every language change.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;

private:
    void keepFocusVisible(QWidget* now);

    QScrollArea* m_scroll;
    QWidget* m_content;
    QVBoxLayout* m_layout;
};

} // namespace SmtpDoctor
