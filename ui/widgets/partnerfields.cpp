// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "partnerfields.h"

#include "services/partnerservice.h"
#include "widgets/countrycombobox.h"
#include "widgets/datefield.h"

#include <QLineEdit>

namespace lp::form {

PartnerFields PartnerFields::create(QWidget* parent, const Partner& partner)
{
    PartnerFields f;
    f.mpnId = new QLineEdit(partner.mpnId, parent);
    f.mpnId->setObjectName(QStringLiteral("mpnId"));
    f.name = new QLineEdit(partner.name, parent);
    f.name->setObjectName(QStringLiteral("partnerName"));
    f.country = new CountryComboBox(parent);
    f.country->setObjectName(QStringLiteral("country"));
    if (!partner.country.isEmpty())
        f.country->setCode(partner.country);
    f.anniversary = new DateField(parent, partner.anniversary);
    f.anniversary->setObjectName(QStringLiteral("anniversary"));
    // A field that was marked wrong is unmarked as soon as it is changed.
    for (QLineEdit* edit : {f.mpnId, f.name, static_cast<QLineEdit*>(f.anniversary)})
        QObject::connect(edit, &QLineEdit::textEdited, edit, [edit] { markInvalid(edit, false); });
    return f;
}

QList<QWidget*> PartnerFields::widgets() const
{
    return {mpnId, name, country, anniversary};
}

Partner PartnerFields::partner(Partner base) const
{
    base.mpnId = mpnId->text().trimmed();
    base.name = name->text().trimmed();
    base.country = country->code();
    base.anniversary = anniversary->date();
    return base;
}

QWidget* PartnerFields::fieldFor(const QString& path) const
{
    if (path == QLatin1String("mpnId"))
        return mpnId;
    if (path == QLatin1String("name"))
        return name;
    if (path == QLatin1String("country"))
        return country;
    if (path == QLatin1String("anniversary"))
        return anniversary;
    return nullptr;
}

QList<FieldError> PartnerFields::problems() const
{
    QList<FieldError> out;
    for (Error e : PartnerService::problems(partner())) {
        // An anniversary typed but not a date is said as such, with what was typed.
        if (e.path == QLatin1String("anniversary"))
            e = anniversary->isEmpty() ? Error{QStringLiteral("REQUIRED"), e.path, {}}
                                       : Error{QStringLiteral("DATE_UNREADABLE"),
                                               e.path,
                                               {anniversary->text().trimmed(), DateField::example()}};
        out.append({fieldFor(e.path), e});
    }
    return out;
}

} // namespace lp::form
