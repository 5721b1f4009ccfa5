#pragma once

#include "domain/error.h"
#include "domain/partner.h"
#include "widgets/formdialog.h"

#include <functional>

class QDateEdit;
class QLineEdit;

namespace lp {

class CountryComboBox;

// Edits the partner profile; `save` is the service call, its error shown at the field.
class ProfileDialog : public FormDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Partner&)>;
    ProfileDialog(const Partner& partner, Save save, QWidget* parent = nullptr);

private:
    Status save() override;
    void retranslateForm() override;

    Partner m_partner;
    Save m_save;
    QLineEdit* m_mpnId = nullptr;
    QLineEdit* m_name = nullptr;
    CountryComboBox* m_country = nullptr;
    QDateEdit* m_anniversary = nullptr;
};

} // namespace lp
