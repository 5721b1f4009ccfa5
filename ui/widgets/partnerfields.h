// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/partner.h"
#include "widgets/formhelpers.h"

class QLineEdit;

namespace lp {
class CountryComboBox;
class DateField;
} // namespace lp

namespace lp::form {

// The four fields of a partner organisation, as the first-run dialog and the profile dialog show them:
// the MPN ID as typed (no validator drops a letter from it), the name, the country, the anniversary
// (a DateField, empty until given).
struct PartnerFields
{
    QLineEdit* mpnId = nullptr;
    QLineEdit* name = nullptr;
    CountryComboBox* country = nullptr;
    DateField* anniversary = nullptr;

    // Creates the fields, named for tests and filled from `partner`.
    static PartnerFields create(QWidget* parent, const Partner& partner = {});
    QList<QWidget*> widgets() const;
    // `base` with the fields' values.
    Partner partner(Partner base = {}) const;
    // Every problem of the fields at once: the core's (PartnerService::problems) and an anniversary
    // that is no date as typed ("2027-13-45", "tomorrow"); each with its field.
    QList<FieldError> problems() const;
    // The field a core error's path names ("mpnId", "name", "country", "anniversary"), or null.
    QWidget* fieldFor(const QString& path) const;
};

} // namespace lp::form
