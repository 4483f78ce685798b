#pragma once

#include "core/i18n/localizedtext.h"
#include "ui/statusicon.h"

#include <QWidget>

class QLabel;

namespace SmtpDoctor {

// A short message right beside a field or button ("That is not a complete email address"), with a
// symbol so it does not rely on colour. Hidden while empty; re-renders itself when the language changes.
class InlineMessage : public QWidget
{
    Q_OBJECT
public:
    explicit InlineMessage(const QString& objectName, QWidget* parent = nullptr);

    void setMessage(const LocalizedText& message, StatusKind kind = StatusKind::Warn);
    void clear() { setMessage({}); }
    bool hasMessage() const { return !m_message.isEmpty(); }
    QString text() const; // what is shown, for tests and accessibility

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QLabel* m_icon;
    QLabel* m_text;
    LocalizedText m_message;
    StatusKind m_kind = StatusKind::Warn;
};

} // namespace SmtpDoctor
