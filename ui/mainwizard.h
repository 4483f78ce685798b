#pragma once

#include <QWizard>

namespace SmtpDoctor {

// The troubleshooting wizard. It owns the account model and the check runner; pages only show them.
class MainWizard : public QWizard
{
    Q_OBJECT
public:
    explicit MainWizard(QWidget* parent = nullptr);
};

} // namespace SmtpDoctor
