// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "peopleservice.h"

#include "domain/bounds.h"
#include "io/csvreader.h"
#include "io/invoicecsvreader.h"
#include "security/authorizer.h"
#include "storage/exampassrepository.h"
#include "storage/trainerrepository.h"

#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace lp {
namespace {

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
                 const std::function<void(int line, QHash<QString, QString> row)>& onRow)
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
            QStringList absent;
            for (const QString& name : required) {
                if (!at.contains(name))
                    absent.append(name);
            }
            if (absent.isEmpty())
                return true;
            missing = missingColumns(absent, header, required + optional);
            return false;
        });
    if (missing)
        return *missing;
    if (!read)
        return read.error();
    return {};
}

RowError rowError(int line, const Error& e, const QHash<QString, QString>& row)
{
    return {line, e.path, e.code, bounds::quoted(row.value(e.path))};
}

// The problems of a row's text fields (too long, a control character): every one, with its column.
QList<RowError> textErrors(int line, const QStringList& columns, const QHash<QString, QString>& row)
{
    QList<RowError> out;
    for (const QString& column : columns) {
        const QString text = row.value(column);
        if (text.size() > bounds::kMaxTextLength)
            out.append({line, column, QStringLiteral("TEXT_TOO_LONG"), bounds::quoted(text)});
        else if (bounds::controlCharacterAt(text) >= 0)
            out.append({line, column, QStringLiteral("CONTROL_CHARACTER"), bounds::quoted(text)});
    }
    return out;
}

Status checkManage(const Session& session, qint64 partnerId)
{
    return Authorizer::check(session, Permission::ManagePeople, partnerId);
}

// What tells a trainer from an exam pass on the one path both take through the service.
struct TrainerKind
{
    using Record = Trainer;
    using Repository = TrainerRepository;
    // The audit entity, and the first word of its actions ("trainer.add").
    static constexpr const char* kEntity = "trainer";
    // The field no two records of a partner share (nullptr: none).
    static constexpr const char* kUniqueField = "mctId";

    // The CSV columns, in the order of an export.
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("mctId"), QStringLiteral("validFrom"),
                QStringLiteral("validTo")};
    }
    static QStringList optionalColumns() { return {QStringLiteral("validFrom")}; }
    static QStringList dateColumns() { return {QStringLiteral("validFrom"), QStringLiteral("validTo")}; }
    static Trainer fromRow(const QHash<QString, QString>& row)
    {
        Trainer t;
        t.name = row.value(QStringLiteral("name"));
        t.mctId = row.value(QStringLiteral("mctId"));
        t.validFrom = parseDate(row.value(QStringLiteral("validFrom")));
        t.validTo = parseDate(row.value(QStringLiteral("validTo")));
        return t;
    }
    static QStringList toRow(const Trainer& t)
    {
        return {t.name, t.mctId, t.validFrom.toString(Qt::ISODate), t.validTo.toString(Qt::ISODate)};
    }
    static QJsonObject toJson(const Trainer& t)
    {
        return {{QStringLiteral("name"), t.name},
                {QStringLiteral("mctId"), t.mctId},
                {QStringLiteral("validFrom"), t.validFrom.toString(Qt::ISODate)},
                {QStringLiteral("validTo"), t.validTo.toString(Qt::ISODate)}};
    }
    // What an added record is cleaned of before it is validated.
    static void normalize(Trainer& t)
    {
        t.name = t.name.trimmed();
        t.mctId = t.mctId.trimmed();
    }
    static Status validate(const Trainer& t, const QDate&) { return PeopleService::validate(t); }
    // An imported row with the key of a record on file is that record.
    static QString key(const Trainer& t) { return t.mctId; }
    // How an error names the record.
    static QString name(const Trainer& t) { return t.mctId; }
};

struct ExamPassKind
{
    using Record = ExamPass;
    using Repository = ExamPassRepository;
    static constexpr const char* kEntity = "exam";
    static constexpr const char* kUniqueField = nullptr;

    static QStringList columns()
    {
        return {QStringLiteral("person"), QStringLiteral("exam"), QStringLiteral("passedOn"),
                QStringLiteral("competency")};
    }
    static QStringList optionalColumns() { return {}; }
    static QStringList dateColumns() { return {QStringLiteral("passedOn")}; }
    static ExamPass fromRow(const QHash<QString, QString>& row)
    {
        ExamPass e;
        e.person = row.value(QStringLiteral("person"));
        e.exam = row.value(QStringLiteral("exam")).toUpper();
        e.competency = row.value(QStringLiteral("competency"));
        e.passedOn = parseDate(row.value(QStringLiteral("passedOn")));
        return e;
    }
    static QStringList toRow(const ExamPass& e)
    {
        return {e.person, e.exam, e.passedOn.toString(Qt::ISODate), e.competency};
    }
    static QJsonObject toJson(const ExamPass& e)
    {
        return {{QStringLiteral("person"), e.person},
                {QStringLiteral("exam"), e.exam},
                {QStringLiteral("passedOn"), e.passedOn.toString(Qt::ISODate)},
                {QStringLiteral("competency"), e.competency}};
    }
    static void normalize(ExamPass& e)
    {
        e.person = e.person.trimmed();
        e.exam = e.exam.trimmed().toUpper();
        e.competency = e.competency.trimmed();
    }
    static Status validate(const ExamPass& e, const QDate& today)
    {
        return PeopleService::validate(e, today);
    }
    static QString key(const ExamPass& e) { return e.person + QChar(0) + e.exam + QChar(0) + e.competency; }
    static QString name(const ExamPass& e) { return e.exam; }
};

template <typename Kind>
Status audit(Database& db, const Actor& actor, const char* action, qint64 id, qint64 partnerId,
             const QJsonObject& before, const QJsonObject& after)
{
    const QString entity = QLatin1String(Kind::kEntity);
    return AuditLog::record(db, actor, entity + QLatin1Char('.') + QLatin1String(action), entity,
                            QString::number(id), partnerId, before, after);
}

// DUPLICATE when another record than `self` has the unique field of `r`.
template <typename Kind>
Status unique(const QList<typename Kind::Record>& all, const typename Kind::Record& r, qint64 self)
{
    if constexpr (Kind::kUniqueField != nullptr) {
        if (std::any_of(all.cbegin(), all.cend(),
                        [&](const auto& x) { return Kind::key(x) == Kind::key(r) && x.id != self; }))
            return Error{QStringLiteral("DUPLICATE"), QLatin1String(Kind::kUniqueField), {Kind::key(r)}};
    }
    return {};
}

template <typename Kind>
Result<QList<typename Kind::Record>> listRecords(Database& db, const Session& session, qint64 partnerId)
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return typename Kind::Repository(db).list(partnerId);
}

template <typename Kind>
Result<typename Kind::Record> addRecord(Database& db, const Session& session, qint64 partnerId,
                                        typename Kind::Record r, const QDate& today)
{
    if (Status s = checkManage(session, partnerId); !s)
        return s.error();
    Kind::normalize(r);
    if (Status s = Kind::validate(r, today); !s)
        return s.error();
    Status s = db.transaction([&]() -> Status {
        typename Kind::Repository repo(db);
        if constexpr (Kind::kUniqueField != nullptr) {
            auto all = repo.list(partnerId);
            if (!all)
                return all.error();
            if (Status u = unique<Kind>(*all, r, 0); !u)
                return u;
        }
        auto id = repo.insert(partnerId, r);
        if (!id)
            return id.error();
        r.id = id.value();
        return audit<Kind>(db, Actor::of(session), "add", r.id, partnerId, {}, Kind::toJson(r));
    });
    if (!s)
        return s.error();
    return r;
}

template <typename Kind>
Result<typename Kind::Record> updateRecord(Database& db, const Session& session, qint64 partnerId,
                                           const typename Kind::Record& r, const QDate& today)
{
    if (Status s = checkManage(session, partnerId); !s)
        return s.error();
    if (Status s = Kind::validate(r, today); !s)
        return s.error();
    Status s = db.transaction([&]() -> Status {
        typename Kind::Repository repo(db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        const auto before =
            std::find_if(all->cbegin(), all->cend(), [&](const auto& x) { return x.id == r.id; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {Kind::name(r)}};
        if (Status u = unique<Kind>(*all, r, r.id); !u)
            return u;
        if (Status u = repo.update(partnerId, r); !u)
            return u;
        return audit<Kind>(db, Actor::of(session), "update", r.id, partnerId, Kind::toJson(*before),
                           Kind::toJson(r));
    });
    if (!s)
        return s.error();
    return r;
}

template <typename Kind>
Status removeRecord(Database& db, const Session& session, qint64 partnerId, qint64 id)
{
    if (Status s = checkManage(session, partnerId); !s)
        return s;
    return db.transaction([&]() -> Status {
        typename Kind::Repository repo(db);
        auto all = repo.list(partnerId);
        if (!all)
            return all.error();
        const auto before =
            std::find_if(all->cbegin(), all->cend(), [&](const auto& x) { return x.id == id; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(id)}};
        if (Status r = repo.remove(partnerId, id); !r)
            return r;
        return audit<Kind>(db, Actor::of(session), "remove", id, partnerId, Kind::toJson(*before), {});
    });
}

// Reads every row first: one bad row refuses the whole file, and nothing is written.
template <typename Kind>
Result<ImportSummary> importRecords(Database& db, const Session& session, qint64 partnerId, QIODevice& csv,
                                    const QDate& today)
{
    using Record = typename Kind::Record;
    if (Status s = checkManage(session, partnerId); !s)
        return s.error();
    ImportSummary summary;
    QList<Record> incoming;
    QHash<QString, int> lineOfKey;
    const QStringList optional = Kind::optionalColumns();
    QStringList required;
    for (const QString& column : Kind::columns()) {
        if (!optional.contains(column))
            required.append(column);
    }
    Status read = readTable(csv, required, optional, [&](int line, QHash<QString, QString> row) {
        if (const QList<RowError> bad = textErrors(line, Kind::columns(), row); !bad.isEmpty()) {
            summary.errors.append(bad);
            ++summary.badRows;
            return;
        }
        for (auto it = row.begin(); it != row.end(); ++it)
            it.value() = CsvWriter::unneutralised(it.value()); // our own export read back as stored
        for (const QString& column : Kind::dateColumns()) {
            const QString text = row.value(column);
            if (!text.isEmpty() && !parseDate(text).isValid()) {
                summary.errors.append({line, column, QStringLiteral("INVALID_DATE"), bounds::quoted(text)});
                ++summary.badRows;
                return;
            }
        }
        const Record r = Kind::fromRow(row);
        if (Status s = Kind::validate(r, today); !s) {
            summary.errors.append(rowError(line, s.error(), row));
            ++summary.badRows;
            return;
        }
        if constexpr (Kind::kUniqueField != nullptr) {
            if (lineOfKey.contains(Kind::key(r))) {
                summary.errors.append({line, QLatin1String(Kind::kUniqueField), QStringLiteral("DUPLICATE"),
                                       bounds::quoted(Kind::key(r))});
                ++summary.badRows;
                return;
            }
            lineOfKey.insert(Kind::key(r), line);
        }
        incoming.append(r);
    });
    if (!read)
        return read.error();
    if (!summary.ok())
        return summary;

    Status s = db.transaction([&]() -> Status {
        typename Kind::Repository repo(db);
        auto existing = repo.list(partnerId);
        if (!existing)
            return existing.error();
        QHash<QString, Record> known;
        for (const Record& r : existing.value())
            known.insert(Kind::key(r), r);
        const Actor actor = Actor::of(session);
        for (Record r : incoming) {
            const auto found = known.constFind(Kind::key(r));
            if (found == known.cend()) {
                auto id = repo.insert(partnerId, r);
                if (!id)
                    return id.error();
                r.id = id.value();
                known.insert(Kind::key(r), r);
                ++summary.added;
                if (Status a = audit<Kind>(db, actor, "import", r.id, partnerId, {}, Kind::toJson(r)); !a)
                    return a;
                continue;
            }
            r.id = found->id;
            if (r == *found) {
                ++summary.unchanged;
                continue;
            }
            if (Status u = repo.update(partnerId, r); !u)
                return u;
            ++summary.updated;
            if (Status a =
                    audit<Kind>(db, actor, "import", r.id, partnerId, Kind::toJson(*found), Kind::toJson(r));
                !a)
                return a;
            known.insert(Kind::key(r), r);
        }
        return {};
    });
    if (!s)
        return s.error();
    return summary;
}

template <typename Kind>
Result<QByteArray> exportRecords(Database& db, const Session& session, qint64 partnerId)
{
    auto list = listRecords<Kind>(db, session, partnerId);
    if (!list)
        return list.error();
    QByteArray out = CsvWriter::exportRow(Kind::columns());
    for (const auto& r : list.value())
        out += CsvWriter::exportRow(Kind::toRow(r));
    return out;
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
    return listRecords<TrainerKind>(m_db, session, partnerId);
}

Result<Trainer> PeopleService::addTrainer(const Session& session, qint64 partnerId, Trainer t)
{
    return addRecord<TrainerKind>(m_db, session, partnerId, std::move(t), {});
}

Result<Trainer> PeopleService::updateTrainer(const Session& session, qint64 partnerId, const Trainer& t)
{
    return updateRecord<TrainerKind>(m_db, session, partnerId, t, {});
}

Status PeopleService::removeTrainer(const Session& session, qint64 partnerId, qint64 trainerId)
{
    return removeRecord<TrainerKind>(m_db, session, partnerId, trainerId);
}

Result<QList<ExamPass>> PeopleService::examPasses(const Session& session, qint64 partnerId) const
{
    return listRecords<ExamPassKind>(m_db, session, partnerId);
}

Result<ExamPass> PeopleService::addExamPass(const Session& session, qint64 partnerId, ExamPass e,
                                            const QDate& today)
{
    return addRecord<ExamPassKind>(m_db, session, partnerId, std::move(e), today);
}

Result<ExamPass> PeopleService::updateExamPass(const Session& session, qint64 partnerId, const ExamPass& e,
                                               const QDate& today)
{
    return updateRecord<ExamPassKind>(m_db, session, partnerId, e, today);
}

Status PeopleService::removeExamPass(const Session& session, qint64 partnerId, qint64 passId)
{
    return removeRecord<ExamPassKind>(m_db, session, partnerId, passId);
}

Result<ImportSummary> PeopleService::importTrainers(const Session& session, qint64 partnerId, QIODevice& csv)
{
    return importRecords<TrainerKind>(m_db, session, partnerId, csv, {});
}

Result<ImportSummary> PeopleService::importExamPasses(const Session& session, qint64 partnerId,
                                                      QIODevice& csv, const QDate& today)
{
    return importRecords<ExamPassKind>(m_db, session, partnerId, csv, today);
}

Result<QByteArray> PeopleService::exportTrainers(const Session& session, qint64 partnerId) const
{
    return exportRecords<TrainerKind>(m_db, session, partnerId);
}

Result<QByteArray> PeopleService::exportExamPasses(const Session& session, qint64 partnerId) const
{
    return exportRecords<ExamPassKind>(m_db, session, partnerId);
}

} // namespace lp
