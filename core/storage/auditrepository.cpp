// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "auditrepository.h"

#include "auditanchor.h"

#include <QCryptographicHash>

namespace lp {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, at, user_name, role, action, entity, entity_id, partner_id,"
                   " before_json, after_json, prev_hash, hash FROM audit_log");

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = Repository::toTimestamp(q.value(1));
    e.userName = q.value(2).toString();
    e.role = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toString();
    e.partnerId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    e.before = q.value(8).toString().toUtf8();
    e.after = q.value(9).toString().toUtf8();
    e.prevHash = q.value(10).toString().toLatin1();
    e.hash = q.value(11).toString().toLatin1();
    return e;
}

void addField(QCryptographicHash& h, const QByteArray& field)
{
    // Length-prefixed, so no two different entries serialise to the same bytes.
    h.addData(QByteArray::number(field.size()) + ':');
    h.addData(field);
}

} // namespace

QByteArray AuditRepository::computeHash(const AuditEntry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, e.prevHash);
    addField(h, QByteArray::number(e.id));
    addField(h, e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    addField(h, e.userName.toUtf8());
    addField(h, e.role.toUtf8());
    addField(h, e.action.toUtf8());
    addField(h, e.entity.toUtf8());
    addField(h, e.entityId.toUtf8());
    addField(h, QByteArray::number(e.partnerId));
    addField(h, e.before);
    addField(h, e.after);
    return h.result().toHex();
}

Result<AuditEntry> AuditRepository::append(AuditEntry e)
{
    // Joins the caller's transaction (the change being recorded), or makes its own.
    Status s = m_db.transaction([&]() -> Status {
        auto appended = appendInTransaction(e);
        if (!appended)
            return appended.error();
        e = appended.value();
        return {};
    });
    if (!s)
        return s.error();
    return e;
}

Result<AuditEntry> AuditRepository::appendInTransaction(AuditEntry e)
{
    if (m_db.isPostgres()) {
        // Serialise appenders so two transactions cannot both chain onto the same entry.
        if (Status s = m_db.exec(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")); !s)
            return s.error();
    }
    QSqlQuery last = prepare(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (Status s = m_db.exec(last); !s)
        return s.error();
    qint64 lastId = 0;
    e.prevHash = QByteArray(64, '0');
    if (last.next()) {
        lastId = last.value(0).toLongLong();
        e.prevHash = last.value(1).toString().toLatin1();
    }
    e.id = lastId + 1;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    // Millisecond precision is what we store, so the hash is computed on that.
    e.at = QDateTime::fromString(e.at.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    e.hash = computeHash(e);

    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_name, role, action, entity, entity_id,"
                               " partner_id, before_json, after_json, prev_hash, hash)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.id);
    q.addBindValue(timestampValue(e.at));
    q.addBindValue(e.userName);
    q.addBindValue(e.role);
    q.addBindValue(e.action);
    q.addBindValue(e.entity);
    q.addBindValue(e.entityId);
    q.addBindValue(idValue(e.partnerId));
    q.addBindValue(text(QString::fromUtf8(e.before)));
    q.addBindValue(text(QString::fromUtf8(e.after)));
    q.addBindValue(QString::fromLatin1(e.prevHash));
    q.addBindValue(QString::fromLatin1(e.hash));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    // The head of the chain is kept apart too, so removing the newest entries shows.
    QSqlQuery head = prepare(QStringLiteral("INSERT INTO lp_meta (key, value) VALUES ('audit_head', ?)"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(QStringLiteral("%1:%2").arg(e.id).arg(QString::fromLatin1(e.hash)));
    if (Status s = m_db.exec(head); !s)
        return s.error();
    return e;
}

Result<QList<AuditEntry>> AuditRepository::list(qint64 partnerId, int limit) const
{
    QSqlQuery q = prepare(kColumns + (partnerId > 0 ? QStringLiteral(" WHERE partner_id = ?") : QString()) +
                          QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (partnerId > 0)
        q.addBindValue(partnerId);
    q.addBindValue(limit);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<AuditRepository::Head> AuditRepository::head() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id, hash, (SELECT count(*) FROM audit_log) FROM audit_log"
                                         " ORDER BY id DESC LIMIT 1"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    Head h;
    if (q.next()) {
        h.id = q.value(0).toLongLong();
        h.hash = q.value(1).toString();
        h.entries = q.value(2).toLongLong();
    }
    return h;
}

Result<QList<AuditEntry>> AuditRepository::search(const AuditFilter& f) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const char* condition, const QVariant& value) {
        where << QLatin1String(condition);
        values << value;
    };
    if (!f.userName.isEmpty())
        add("user_name = ?", f.userName);
    if (!f.action.isEmpty())
        add("action = ?", f.action);
    if (f.partnerId > 0)
        add("partner_id = ?", f.partnerId);
    if (f.from.isValid())
        add("at >= ?", timestampValue(f.from.startOfDay()));
    if (f.to.isValid())
        add("at < ?", timestampValue(f.to.addDays(1).startOfDay()));
    QSqlQuery q = prepare(
        kColumns +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))) +
        QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(f.limit);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<QList<AuditPerson>> AuditRepository::people() const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT DISTINCT user_name, role FROM audit_log ORDER BY user_name, role"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<AuditPerson> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<AuditRepository::Verification> AuditRepository::verify() const
{
    auto anchor = AuditAnchor::newest(m_db.location());
    if (!anchor)
        return anchor.error();
    QSqlQuery q = prepare(kColumns + QStringLiteral(" ORDER BY id"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    Verification v;
    QByteArray anchoredHash; // the trail's hash of the anchored entry, once read
    QByteArray prev(64, '0');
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++v.entries;
        QString problem;
        if (e.id != expectedId)
            problem = QStringLiteral("AUDIT_ENTRY_MISSING");
        else if (e.prevHash != prev)
            problem = QStringLiteral("AUDIT_ENTRY_OUT_OF_ORDER");
        else if (computeHash(e) != e.hash)
            problem = QStringLiteral("AUDIT_ENTRY_CHANGED");
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBadId = expectedId;
            v.problem = Error{problem, {}, {QString::number(expectedId)}};
            return v;
        }
        prev = e.hash;
        if (anchor->has_value() && e.id == (*anchor)->auditId)
            anchoredHash = e.hash;
        ++expectedId;
    }
    QSqlQuery head = prepare(QStringLiteral("SELECT value FROM lp_meta WHERE key = 'audit_head'"));
    if (Status s = m_db.exec(head); !s)
        return s.error();
    const QString expectedHead = head.next() ? head.value(0).toString() : QString();
    const QString actualHead =
        v.entries == 0 ? QString()
                       : QStringLiteral("%1:%2").arg(expectedId - 1).arg(QString::fromLatin1(prev));
    if (expectedHead != actualHead) {
        v.intact = false;
        v.firstBadId = expectedId;
        v.problem = Error{QStringLiteral("AUDIT_ENTRIES_REMOVED"), {}, {QString::number(expectedId - 1)}};
        return v;
    }
    if (anchor->has_value()) {
        const AuditAnchor& a = **anchor;
        v.anchoredId = a.auditId;
        const QStringList args{QString::number(expectedId - 1), QString::number(a.auditId),
                               a.at.toUTC().toString(Qt::ISODate), a.backup};
        if (expectedId - 1 < a.auditId) {
            v.intact = false;
            v.firstBadId = expectedId;
            v.problem = Error{QStringLiteral("AUDIT_TRUNCATED"), {}, args};
        } else if (a.auditId > 0 && anchoredHash != a.auditHash.toLatin1()) {
            v.intact = false;
            v.firstBadId = a.auditId;
            v.problem = Error{QStringLiteral("AUDIT_ANCHOR_MISMATCH"), {}, args};
        }
    }
    return v;
}

} // namespace lp
