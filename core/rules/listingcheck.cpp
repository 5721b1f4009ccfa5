// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "listingcheck.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace lp {

DateRange ListingCheck::batchWeek(const QDate& receivedOn)
{
    QDate month(receivedOn.year(), receivedOn.month(), 1);
    if (receivedOn.day() > 14)
        month = month.addMonths(1);
    return {QDate(month.year(), month.month(), 15), QDate(month.year(), month.month(), 21)};
}

QDate ListingCheck::expectedVisibleBy(const DateRange& week)
{
    const QDate next = QDate(week.from.year(), week.from.month(), 1).addMonths(1);
    return QDate(next.year(), next.month(), 7);
}

ListingResult ListingCheck::check(const ListingInput& l, const QDate& asOf)
{
    ListingResult r;
    auto error = [&](const char* field, const char* code, const QStringList& args = {}) {
        r.errors.append({QLatin1String(code), QStringLiteral("listing.") + QLatin1String(field), args});
    };
    const QString name = l.displayName.trimmed();
    if (name.isEmpty())
        error("displayName", "NAME_REQUIRED");
    else if (name.size() > kMaxNameLength)
        error("displayName", "NAME_TOO_LONG", {QString::number(kMaxNameLength)});

    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    if (!alpha2.match(l.country).hasMatch() || QLocale::codeToTerritory(l.country) == QLocale::AnyTerritory)
        error("country", "COUNTRY_INVALID");

    // docs/rules.md#landing-page: an absolute https URL on a partner-owned site: not microsoft.com or a
    // sub-domain.
    const QUrl url(l.landingUrl.trimmed(), QUrl::StrictMode);
    if (l.landingUrl.trimmed().isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
        error("landingUrl", "URL_INVALID");
    else if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        error("landingUrl", "URL_NOT_HTTPS");
    else {
        const QString host = url.host().toLower();
        if (host == QLatin1String("microsoft.com") || host.endsWith(QLatin1String(".microsoft.com")))
            error("landingUrl", "URL_NOT_PARTNER_OWNED");
    }
    // docs/rules.md#landing-page: the page is about the partner only, shows no competitors, is the partner's.
    if (!l.aboutPartnerOnly.value_or(false))
        error("aboutPartnerOnly", "CHECKLIST_ABOUT_PARTNER");
    if (!l.noCompetitors.value_or(false))
        error("noCompetitors", "CHECKLIST_NO_COMPETITORS");
    if (!l.ownedByPartner.value_or(false))
        error("ownedByPartner", "CHECKLIST_OWNED_BY_PARTNER");

    r.valid = r.errors.isEmpty();
    if (r.valid) {
        r.batchWeek = batchWeek(asOf);
        r.expectedVisibleBy = expectedVisibleBy(r.batchWeek);
    }
    return r;
}

} // namespace lp
