// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "casefilter.h"
#include "domain/discrepancycase.h"
#include "repository.h"

#include <optional>
#include <QList>

namespace lp {

// KPI discrepancy cases and the invoice each carries as evidence.
class CaseRepository : public Repository
{
public:
    using Repository::Repository;

    // Inserts the case and its evidence bytes (name, type and SHA-256 are on the case).
    Result<qint64> insert(const DiscrepancyCase& c, const QByteArray& evidence);
    // Closes an open case, resolved or withdrawn (NOT_FOUND when there is no open case of that id: it may
    // have just been closed).
    Status resolve(const DiscrepancyCase& c);
    Result<std::optional<DiscrepancyCase>> findById(qint64 id) const;
    Result<QByteArray> evidence(qint64 caseId) const;
    // Open cases across partners, oldest first.
    Result<QList<DiscrepancyCase>> listOpen() const;
    Result<QList<DiscrepancyCase>> listForPartner(qint64 partnerId) const;
    // The cases the filter matches, newest first (the filter applied in SQL).
    Result<QList<DiscrepancyCase>> search(const CaseFilter& filter) const;

private:
    Result<QList<DiscrepancyCase>> select(const QString& where, const QVariant& value) const;
    Result<QList<DiscrepancyCase>> selectWith(const QString& where, const QVariantList& values) const;
};

} // namespace lp
