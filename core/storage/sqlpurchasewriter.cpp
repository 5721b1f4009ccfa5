// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "sqlpurchasewriter.h"

#include "repository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lp {

SqlPurchaseWriter::SqlPurchaseWriter(Database& db, qint64 partnerId, Report report)
    : PurchaseWriter(partnerId, std::move(report)), m_db(db), m_insert(db.connection()),
      m_existing(db.connection())
{
    m_existing.setForwardOnly(true);
}

Result<std::unique_ptr<PurchaseWriter>> SqlPurchaseWriter::open(Database& db, qint64 partnerId, Report report)
{
    // On PostgreSQL, PurchaseWriter::open() took the partner's import lock already.
    std::unique_ptr<SqlPurchaseWriter> writer(new SqlPurchaseWriter(db, partnerId, std::move(report)));
    for (auto [query, sql] : {std::pair{&writer->m_insert, insertStatement()},
                              std::pair{&writer->m_existing, existingStatement()}}) {
        if (!query->prepare(sql))
            return Error{QStringLiteral("DB_QUERY_FAILED"), {}, {query->lastError().text().trimmed()}};
    }
    return std::unique_ptr<PurchaseWriter>(std::move(writer));
}

Status SqlPurchaseWriter::write(int line, const Purchase& p)
{
    return settle(line, p, m_refused ? compare(p) : add(p));
}

Status SqlPurchaseWriter::refuse()
{
    m_refused = true; // nothing is held back: every row given is reported already
    return {};
}

Status SqlPurchaseWriter::finish()
{
    return {};
}

Result<PurchaseWriter::Outcome> SqlPurchaseWriter::add(const Purchase& p)
{
    m_insert.bindValue(0, m_partnerId);
    m_insert.bindValue(1, p.invoice);
    m_insert.bindValue(2, p.line);
    m_insert.bindValue(3, toString(p.documentType));
    m_insert.bindValue(4, Repository::dateValue(p.invoiceDate));
    m_insert.bindValue(5, p.omlpType);
    m_insert.bindValue(6, p.units);
    m_insert.bindValue(7, p.kpiValue);
    m_insert.bindValue(8, p.revenueCents);
    m_insert.bindValue(9, Repository::text(p.currency));
    m_insert.bindValue(10, Repository::text(p.competency));
    if (Status s = m_db.exec(m_insert); !s)
        return s.error();
    if (m_insert.numRowsAffected() == 1)
        return Outcome::Added;
    return compare(p); // already stored, earlier or on an earlier line of this file
}

Result<PurchaseWriter::Outcome> SqlPurchaseWriter::compare(const Purchase& p)
{
    m_existing.bindValue(0, m_partnerId);
    m_existing.bindValue(1, p.invoice);
    m_existing.bindValue(2, p.line);
    if (Status s = m_db.exec(m_existing); !s)
        return s.error();
    if (!m_existing.next())
        return Outcome::Absent;
    const bool same =
        m_existing.value(0).toString() == toString(p.documentType) &&
        Repository::toDate(m_existing.value(1)) == p.invoiceDate &&
        m_existing.value(2).toString() == p.omlpType && m_existing.value(3).toInt() == p.units &&
        sameKpiValue(m_existing.value(4).toDouble(), p.kpiValue) &&
        m_existing.value(5).toLongLong() == p.revenueCents && m_existing.value(6).toString() == p.currency &&
        m_existing.value(7).toString() == p.competency;
    m_existing.finish();
    return same ? Outcome::Same : Outcome::Conflict;
}

} // namespace lp
