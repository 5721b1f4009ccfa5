#include "peopleservice.h"

#include "io/csvreader.h"
#include "security/authorizer.h"
#include "storage/exampassrepository.h"
#include "storage/trainerrepository.h"

#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <string_view>

namespace lp {
namespace {

QJsonObject toJson(const Trainer& t)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("mctId"), t.mctId},
            {QStringLiteral("validFrom"), t.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("validTo"), t.validTo.toString(Qt::ISODate)}};
}

QJsonObject toJson(const ExamPass& e)
{
    return {{QStringLiteral("person"), e.person},
            {QStringLiteral("exam"), e.exam},
            {QStringLiteral("passedOn"), e.passedOn.toString(Qt::ISODate)},
            {QStringLiteral("competency"), e.competency}};
}

// Accepts the two date forms of the CSV formats: YYYY-MM-DD and DD/MM/YYYY.
QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    return d;
}

// Reads a CSV file whose columns are found by name (case-insensitive, any order, extra
// columns ignored) and hands each row over as name -> trimmed text.
Status readTable(QIODevice& csv, const QStringList& required, const QStringList& optional,
                 const std::function<void(int line, const QHash<QString, QString>& row)>& onRow)
{
    QHash<QString, int> at;
    std::optional<Error> missing;
    auto read = CsvReader::read(
        csv,
        [&](int line, const QStringList& fields) {
            QHash<QString, QString> row;
            for (auto it = at.cbegin(); it != at.cend(); ++it)
                row.insert(it.key(), fields.value(it.value()).trimmed());
            onRow(line, row);
            return true;
        },
        {},
        [&](const QStringList& header) {
            for (int i = 0; i < header.size(); ++i) {
                for (const QString& name : required + optional) {
                    if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
                        at.insert(name, i);
                }
            }
            for (const QString& name : required) {
                if (!at.contains(name)) {
                    missing = Error{QStringLiteral("CSV_MISSING_COLUMN"), name, {name}};
                    return false;
                }
            }
            return true;
        });
    if (missing)
        return *missing;
    if (!read)
        return read.error();
    return {};
}

RowError rowError(int line, const Error& e, const QHash<QString, QString>& row)
{
    return {line, e.path, e.code, row.value(e.path)};
}

} // namespace

Status PeopleService::validate(const Trainer& t)
{
    if (t.name.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("name"), {}};
    if (t.mctId.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("mctId"), {}};
    if (!t.validTo.isValid())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("validTo"), {}};
    if (t.validFrom.isValid() && t.validFrom > t.validTo)
        return Error{QStringLiteral("DATE_ORDER"),
                     QStringLiteral("validTo"),
                     {t.validFrom.toString(Qt::ISODate), t.validTo.toString(Qt::ISODate)}};
    return {};
}

Status PeopleService::validate(const ExamPass& e, const QDate& today)
{
    static const QRegularExpression examCode(QStringLiteral("^[A-Z]{2,3}-[0-9]{3}[A-Z]?$"));
    if (e.person.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("person"), {}};
    if (e.exam.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("exam"), {}};
    if (!examCode.match(e.exam).hasMatch())
        return Error{QStringLiteral("EXAM_CODE_INVALID"), QStringLiteral("exam"), {e.exam}};
    if (!e.passedOn.isValid())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("passedOn"), {}};
    if (e.passedOn > today)
        return Error{
            QStringLiteral("DATE_IN_FUTURE"), QStringLiteral("passedOn"), {e.passedOn.toString(Qt::ISODate)}};
    if (e.competency.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("competency"), {}};
    return {};
}

bool PeopleService::expiresSoon(const Trainer& t, const QDate& today)
{
    return t.validTo >= today && today.daysTo(t.validTo) <= kExpiryWarningDays;
}

Result<QList<Trainer>> PeopleService::trainers(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return TrainerRepository(m_db).list(partnerId);
}

Result<Trainer> PeopleService::addTrainer(const Session& session, qint64 partnerId, Trainer t)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s.error();
    t.name = t.name.trimmed();
    t.mctId = t.mctId.trimmed();
    if (Status s = validate(t); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        TrainerRepository repo(m_db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        if (std::any_of(all->cbegin(), all->cend(), [&](const Trainer& x) { return x.mctId == t.mctId; }))
            return Error{QStringLiteral("DUPLICATE"), QStringLiteral("mctId"), {t.mctId}};
        auto id = repo.insert(partnerId, t);
        if (!id)
            return id.error();
        t.id = id.value();
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("trainer.add"),
                                QStringLiteral("trainer"), QString::number(t.id), partnerId, {}, toJson(t));
    });
    if (!s)
        return s.error();
    return t;
}

Result<Trainer> PeopleService::updateTrainer(const Session& session, qint64 partnerId, const Trainer& t)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s.error();
    if (Status s = validate(t); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        TrainerRepository repo(m_db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        const auto before =
            std::find_if(all->cbegin(), all->cend(), [&](const Trainer& x) { return x.id == t.id; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {t.mctId}};
        if (std::any_of(all->cbegin(), all->cend(),
                        [&](const Trainer& x) { return x.mctId == t.mctId && x.id != t.id; }))
            return Error{QStringLiteral("DUPLICATE"), QStringLiteral("mctId"), {t.mctId}};
        if (Status u = repo.update(partnerId, t); !u)
            return u;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("trainer.update"),
                                QStringLiteral("trainer"), QString::number(t.id), partnerId, toJson(*before),
                                toJson(t));
    });
    if (!s)
        return s.error();
    return t;
}

Status PeopleService::removeTrainer(const Session& session, qint64 partnerId, qint64 trainerId)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        TrainerRepository repo(m_db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        const auto before =
            std::find_if(all->cbegin(), all->cend(), [&](const Trainer& x) { return x.id == trainerId; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(trainerId)}};
        if (Status r = repo.remove(partnerId, trainerId); !r)
            return r;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("trainer.remove"),
                                QStringLiteral("trainer"), QString::number(trainerId), partnerId,
                                toJson(*before), {});
    });
}

Result<QList<ExamPass>> PeopleService::examPasses(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return ExamPassRepository(m_db).list(partnerId);
}

Result<ExamPass> PeopleService::addExamPass(const Session& session, qint64 partnerId, ExamPass e,
                                            const QDate& today)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s.error();
    e.person = e.person.trimmed();
    e.exam = e.exam.trimmed().toUpper();
    e.competency = e.competency.trimmed();
    if (Status s = validate(e, today); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        auto id = ExamPassRepository(m_db).insert(partnerId, e);
        if (!id)
            return id.error();
        e.id = id.value();
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("exam.add"), QStringLiteral("exam"),
                                QString::number(e.id), partnerId, {}, toJson(e));
    });
    if (!s)
        return s.error();
    return e;
}

Result<ExamPass> PeopleService::updateExamPass(const Session& session, qint64 partnerId, const ExamPass& e,
                                               const QDate& today)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s.error();
    if (Status s = validate(e, today); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        ExamPassRepository repo(m_db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        const auto before =
            std::find_if(all->cbegin(), all->cend(), [&](const ExamPass& x) { return x.id == e.id; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {e.exam}};
        if (Status u = repo.update(partnerId, e); !u)
            return u;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("exam.update"),
                                QStringLiteral("exam"), QString::number(e.id), partnerId, toJson(*before),
                                toJson(e));
    });
    if (!s)
        return s.error();
    return e;
}

Status PeopleService::removeExamPass(const Session& session, qint64 partnerId, qint64 passId)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        ExamPassRepository repo(m_db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        const auto before =
            std::find_if(all->cbegin(), all->cend(), [&](const ExamPass& x) { return x.id == passId; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(passId)}};
        if (Status r = repo.remove(partnerId, passId); !r)
            return r;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("exam.remove"),
                                QStringLiteral("exam"), QString::number(passId), partnerId, toJson(*before),
                                {});
    });
}

Result<ImportSummary> PeopleService::importTrainers(const Session& session, qint64 partnerId, QIODevice& csv)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s.error();
    ImportSummary summary;
    QList<Trainer> incoming;
    QHash<QString, int> lineOfMct;
    const QStringList required{QStringLiteral("name"), QStringLiteral("mctId"), QStringLiteral("validTo")};
    Status read = readTable(
        csv, required, {QStringLiteral("validFrom")}, [&](int line, const QHash<QString, QString>& row) {
            Trainer t;
            t.name = row.value(QStringLiteral("name"));
            t.mctId = row.value(QStringLiteral("mctId"));
            for (const char* column : {"validFrom", "validTo"}) {
                const QString text = row.value(QLatin1String(column));
                const QDate d = parseDate(text);
                if (!text.isEmpty() && !d.isValid()) {
                    summary.errors.append(
                        {line, QLatin1String(column), QStringLiteral("INVALID_DATE"), text});
                    return;
                }
                (column == std::string_view("validFrom") ? t.validFrom : t.validTo) = d;
            }
            if (Status s = validate(t); !s) {
                summary.errors.append(rowError(line, s.error(), row));
                return;
            }
            if (lineOfMct.contains(t.mctId)) {
                summary.errors.append({line, QStringLiteral("mctId"), QStringLiteral("DUPLICATE"), t.mctId});
                return;
            }
            lineOfMct.insert(t.mctId, line);
            incoming.append(t);
        });
    if (!read)
        return read.error();
    if (!summary.ok())
        return summary;

    Status s = m_db.transaction([&]() -> Status {
        TrainerRepository repo(m_db);
        auto existing = repo.list(partnerId);
        if (!existing)
            return existing.error();
        QHash<QString, Trainer> byMct;
        for (const Trainer& t : existing.value())
            byMct.insert(t.mctId, t);
        const Actor actor = Actor::of(session);
        for (Trainer t : incoming) {
            const auto known = byMct.constFind(t.mctId);
            if (known == byMct.cend()) {
                auto id = repo.insert(partnerId, t);
                if (!id)
                    return id.error();
                t.id = id.value();
                ++summary.added;
                if (Status a = AuditLog::record(m_db, actor, QStringLiteral("trainer.import"),
                                                QStringLiteral("trainer"), QString::number(t.id), partnerId,
                                                {}, toJson(t));
                    !a)
                    return a;
                continue;
            }
            t.id = known->id;
            if (t == *known) {
                ++summary.unchanged;
                continue;
            }
            if (Status u = repo.update(partnerId, t); !u)
                return u;
            ++summary.updated;
            if (Status a =
                    AuditLog::record(m_db, actor, QStringLiteral("trainer.import"), QStringLiteral("trainer"),
                                     QString::number(t.id), partnerId, toJson(*known), toJson(t));
                !a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    return summary;
}

Result<ImportSummary> PeopleService::importExamPasses(const Session& session, qint64 partnerId,
                                                      QIODevice& csv, const QDate& today)
{
    if (Status s = Authorizer::check(session, Permission::ManagePeople, partnerId); !s)
        return s.error();
    ImportSummary summary;
    QList<ExamPass> incoming;
    const QStringList required{QStringLiteral("person"), QStringLiteral("exam"), QStringLiteral("passedOn"),
                               QStringLiteral("competency")};
    Status read = readTable(csv, required, {}, [&](int line, const QHash<QString, QString>& row) {
        ExamPass e;
        e.person = row.value(QStringLiteral("person"));
        e.exam = row.value(QStringLiteral("exam")).toUpper();
        e.competency = row.value(QStringLiteral("competency"));
        const QString date = row.value(QStringLiteral("passedOn"));
        e.passedOn = parseDate(date);
        if (!date.isEmpty() && !e.passedOn.isValid()) {
            summary.errors.append({line, QStringLiteral("passedOn"), QStringLiteral("INVALID_DATE"), date});
            return;
        }
        if (Status s = validate(e, today); !s) {
            summary.errors.append(rowError(line, s.error(), row));
            return;
        }
        incoming.append(e);
    });
    if (!read)
        return read.error();
    if (!summary.ok())
        return summary;

    auto key = [](const ExamPass& e) { return e.person + QChar(0) + e.exam + QChar(0) + e.competency; };
    Status s = m_db.transaction([&]() -> Status {
        ExamPassRepository repo(m_db);
        auto existing = repo.list(partnerId);
        if (!existing)
            return existing.error();
        QHash<QString, ExamPass> known;
        for (const ExamPass& e : existing.value())
            known.insert(key(e), e);
        const Actor actor = Actor::of(session);
        for (ExamPass e : incoming) {
            const auto found = known.constFind(key(e));
            if (found != known.cend()) {
                e.id = found->id;
                if (e == *found) {
                    ++summary.unchanged;
                    continue;
                }
                if (Status u = repo.update(partnerId, e); !u)
                    return u;
                ++summary.updated;
                if (Status a =
                        AuditLog::record(m_db, actor, QStringLiteral("exam.import"), QStringLiteral("exam"),
                                         QString::number(e.id), partnerId, toJson(*found), toJson(e));
                    !a)
                    return a;
                known.insert(key(e), e);
                continue;
            }
            auto id = repo.insert(partnerId, e);
            if (!id)
                return id.error();
            e.id = id.value();
            known.insert(key(e), e);
            ++summary.added;
            if (Status a =
                    AuditLog::record(m_db, actor, QStringLiteral("exam.import"), QStringLiteral("exam"),
                                     QString::number(e.id), partnerId, {}, toJson(e));
                !a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    return summary;
}

Result<QByteArray> PeopleService::exportTrainers(const Session& session, qint64 partnerId) const
{
    auto list = trainers(session, partnerId);
    if (!list)
        return list.error();
    QByteArray out = CsvWriter::row({QStringLiteral("name"), QStringLiteral("mctId"),
                                     QStringLiteral("validFrom"), QStringLiteral("validTo")});
    for (const Trainer& t : list.value())
        out += CsvWriter::row(
            {t.name, t.mctId, t.validFrom.toString(Qt::ISODate), t.validTo.toString(Qt::ISODate)});
    return out;
}

Result<QByteArray> PeopleService::exportExamPasses(const Session& session, qint64 partnerId) const
{
    auto list = examPasses(session, partnerId);
    if (!list)
        return list.error();
    QByteArray out = CsvWriter::row({QStringLiteral("person"), QStringLiteral("exam"),
                                     QStringLiteral("passedOn"), QStringLiteral("competency")});
    for (const ExamPass& e : list.value())
        out += CsvWriter::row({e.person, e.exam, e.passedOn.toString(Qt::ISODate), e.competency});
    return out;
}

} // namespace lp
