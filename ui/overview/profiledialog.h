// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/partner.h"
#include "widgets/formdialog.h"
#include "widgets/partnerfields.h"

#include <functional>

namespace lp {

// Edits the partner profile; `save` is the service call, its error shown at the field.
class ProfileDialog : public FormDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Partner&)>;
    ProfileDialog(const Partner& partner, Save save, QWidget* parent = nullptr);

private:
    QList<form::FieldError> problems() override;
    Status save() override;
    void retranslateForm() override;

    Partner m_partner;
    Save m_save;
    form::PartnerFields m_fields;
};

} // namespace lp
