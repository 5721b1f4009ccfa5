#pragma once

#include "domain/purchase.h"
#include "repository.h"

#include <QList>

namespace lp {

// The partner's KPI records summed per day, document type and competency: what the
// dashboard needs of a ledger that may hold a million rows, in a few hundred values.
// Each sum comes back as one Purchase (invoice empty, `units` = the number of rows), so
// the EligibilityEngine classifies and counts it exactly as it would the rows: everything
// it decides on (date, document type, competency) is the same for all of them.
class KpiSummaryRepository : public Repository
{
public:
    using Repository::Repository;

    Result<QList<Purchase>> dailyTotals(qint64 partnerId) const;
};

} // namespace lp
