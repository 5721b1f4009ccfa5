// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "purchasewriter.h"

#include <QSqlQuery>

namespace lp {

// The import's rows through Qt SQL, one by one: on a connection whose library is not the one we
// link (a SQLite or PostgreSQL plugin built against another copy). Added: an INSERT that skips a stored
// (invoice, line); when it added nothing, the stored row is read and compared.
class SqlPurchaseWriter : public PurchaseWriter
{
public:
    static Result<std::unique_ptr<PurchaseWriter>> open(Database& db, qint64 partnerId, Report report);

    Status write(int line, const Purchase& purchase) override;
    Status refuse() override;
    Status finish() override;

private:
    SqlPurchaseWriter(Database& db, qint64 partnerId, Report report);
    Result<Outcome> add(const Purchase& p);
    Result<Outcome> compare(const Purchase& p);

    Database& m_db;
    QSqlQuery m_insert;
    QSqlQuery m_existing;
};

} // namespace lp
