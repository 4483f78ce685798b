#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace SmtpDoctor {

// A label for words that may come from a server, a pasted message or the user: always plain text
// (QLabel would otherwise guess rich text and render "<b>" or links), word-wrapped, and selectable
// (SelectableLabel: from the first click on it) so a helpdesk can copy it from a screen-share.
QLabel* makeTextLabel(const QString& objectName, QWidget* parent = nullptr);

// The name of a field, with an Alt+letter shortcut ("&Email") that moves the focus to `buddy`.
QLabel* makeFieldLabel(const QString& objectName, QWidget* buddy, QWidget* parent);

// Bold that follows the wizard's text size: only the weight is set, the size stays inherited.
void makeBold(QWidget* widget);

// A font size relative to `reference`, for the few headings that are larger than the body text.
void setRelativeFontSize(QWidget* widget, const QWidget* reference, double factor, bool bold);

} // namespace SmtpDoctor
