#include "ui/wizardpagebase.h"

#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace SmtpDoctor {

WizardPageBase::WizardPageBase(const QString& objectName, QWidget* parent)
    : QWizardPage(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(objectName);
    m_scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);
    m_layout->setContentsMargins(0, 0, qMax(4, style()->pixelMetric(QStyle::PM_LayoutRightMargin)), 0);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    connect(
        qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { keepFocusVisible(now); });
}

void WizardPageBase::keepFocusVisible(QWidget* now)
{
    // Tabbing through a long page scrolls along, so the keyboard focus is never off-screen.
    if (now && isVisible() && m_content->isAncestorOf(now))
        m_scroll->ensureWidgetVisible(now);
}

void WizardPageBase::scrollTo(QWidget* widget)
{
    m_scroll->ensureWidgetVisible(widget);
}

void WizardPageBase::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace SmtpDoctor
