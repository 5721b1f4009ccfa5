#pragma once

#include "widgets/retranslating.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lp {

// Preferences kept per user with QSettings: for now the idle time after which the main window
// locks (security/idleLockMinutes; 15 by default, 0 never).
class PreferencesDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaximumIdleLockMinutes = 480;

    explicit PreferencesDialog(QWidget* parent = nullptr);

    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);

    void accept() override;

protected:
    void retranslateUi() override;

private:
    QLabel* m_heading = nullptr;
    QFormLayout* m_form = nullptr;
    QSpinBox* m_idle = nullptr;
    QLabel* m_idleHint = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
