// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetrepository.h"

#include "io/rulesetcodec.h"
#include "io/rulesetlibrary.h"

namespace lp {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, program_year, effective_from, effective_to, json, sha256, provenance,"
                   " source_note, imported_by, imported_at, active FROM rule_sets");

RuleSetRecord recordFrom(const QSqlQuery& q)
{
    RuleSetRecord r;
    r.id = q.value(0).toLongLong();
    r.programYear = q.value(1).toString();
    r.effectiveFrom = Repository::toDate(q.value(2));
    r.effectiveTo = Repository::toDate(q.value(3));
    r.json = q.value(4).toString().toUtf8();
    r.sha256 = q.value(5).toString();
    r.provenance = q.value(6).toString();
    r.sourceNote = q.value(7).toString();
    r.importedBy = q.value(8).toString();
    r.importedAt = Repository::toTimestamp(q.value(9));
    r.active = q.value(10).toInt() != 0;
    return r;
}

} // namespace

Result<QList<RuleSetRecord>> RuleSetRepository::list() const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" ORDER BY effective_from, id"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<RuleSetRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

Result<QList<RuleSetRecord>> RuleSetRepository::active() const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE active = ? ORDER BY effective_from, id"));
    q.addBindValue(1);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<RuleSetRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

Result<std::optional<RuleSetRecord>> RuleSetRepository::findBySha256(const QString& sha256) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<RuleSetRecord>();
    return std::optional<RuleSetRecord>(recordFrom(q));
}

Result<qint64> RuleSetRepository::insert(const RuleSetRecord& r)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO rule_sets (program_year, effective_from, effective_to, json, sha256, provenance,"
        " source_note, imported_by, imported_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
        "id"));
    q.addBindValue(r.programYear);
    q.addBindValue(dateValue(r.effectiveFrom));
    q.addBindValue(dateValue(r.effectiveTo));
    q.addBindValue(QString::fromUtf8(r.json));
    q.addBindValue(r.sha256);
    q.addBindValue(r.provenance);
    q.addBindValue(text(r.sourceNote));
    q.addBindValue(text(r.importedBy));
    q.addBindValue(timestampValue(r.importedAt.isValid() ? r.importedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.active ? 1 : 0);
    return insertReturningId(q);
}

Status RuleSetRepository::activate(qint64 id, const QString& programYear)
{
    // Off first: the partial unique index allows one active set per program year at any time.
    QSqlQuery off =
        prepare(QStringLiteral("UPDATE rule_sets SET active = ? WHERE program_year = ? AND id <> ?"));
    off.addBindValue(0);
    off.addBindValue(programYear);
    off.addBindValue(id);
    if (Status s = m_db.exec(off); !s)
        return s;
    QSqlQuery on = prepare(QStringLiteral("UPDATE rule_sets SET active = ? WHERE id = ?"));
    on.addBindValue(1);
    on.addBindValue(id);
    return execOne(on, QStringLiteral("rule set %1").arg(id));
}

Status RuleSetRepository::seedShipped(Database& db)
{
    RuleSetRepository repo(db);
    auto stored = repo.list();
    if (!stored)
        return stored.error();
    QStringList activeYears;
    for (const RuleSetRecord& r : stored.value()) {
        if (r.active)
            activeYears << r.programYear;
    }
    for (const auto& [name, bytes] : RuleSetLibrary::files()) {
        const QString sha = RuleSetLibrary::sha256(bytes);
        auto found = repo.findBySha256(sha);
        if (!found)
            return found.error();
        if (found->has_value())
            continue;
        auto rules = RuleSetCodec::fromBytes(bytes);
        if (!rules)
            return Error{rules.error().code, name + QLatin1Char(':') + rules.error().path,
                         rules.error().args};
        RuleSetRecord r;
        r.programYear = rules->id;
        r.effectiveFrom = rules->effectiveFrom;
        r.effectiveTo = rules->effectiveTo;
        r.json = bytes;
        r.sha256 = sha;
        r.provenance = QLatin1String(RuleSetRecord::kBuiltin);
        r.sourceNote = rules->source;
        r.importedBy = QStringLiteral("learnpartner");
        r.active = !activeYears.contains(r.programYear);
        if (auto id = repo.insert(r); !id)
            return id.error();
        activeYears << r.programYear;
    }
    return {};
}

} // namespace lp
