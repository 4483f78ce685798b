#pragma once

#include "core/findings/finding.h"
#include "core/knowledge/explainer.h"

#include <QFrame>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace SmtpDoctor {

// One finding, or one item recognised in a pasted error message, in plain words: title, explanation,
// what to do, the server's own words and whose side the problem is on. All text is plain and
// selectable; the server's words are shown literally, never as rich text.
class FindingView : public QFrame
{
    Q_OBJECT
public:
    explicit FindingView(const Finding& finding, QWidget* parent = nullptr);
    explicit FindingView(const ExplanationItem& item, QWidget* parent = nullptr);

    QString findingId() const { return m_finding ? m_finding->idName() : QString(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void render();
    void renderFinding(const Finding& f);
    void renderItem(const ExplanationItem& item);
    QLabel* addLabel(const QString& objectName);

    std::optional<Finding> m_finding;
    std::optional<ExplanationItem> m_item;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_fixHeading = nullptr;
    QLabel* m_fix = nullptr;
    QLabel* m_replyHeading = nullptr;
    QLabel* m_reply = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_side = nullptr;
    QVBoxLayout* m_body = nullptr;
};

} // namespace SmtpDoctor
