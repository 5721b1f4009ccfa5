// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "audittexts.h"

#include "displaynames.h"
#include "fieldnames.h"
#include "widgets/formhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace lp {
namespace {

struct ActionText
{
    const char* action;
    const char* title;
    const char* sentence; // %1: the record's name or number
};

// A sentence per action the services record.
constexpr ActionText kActions[] = {
    {"case.file", QT_TRANSLATE_NOOP("lp::AuditTexts", "Case filed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "filed case %1")},
    {"case.resolve", QT_TRANSLATE_NOOP("lp::AuditTexts", "Case resolved"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "resolved case %1")},
    {"case.withdraw", QT_TRANSLATE_NOOP("lp::AuditTexts", "Case withdrawn"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "withdrew case %1")},
    {"purchase.correct", QT_TRANSLATE_NOOP("lp::AuditTexts", "KPI record corrected"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "corrected KPI record %1")},
    {"purchase.import", QT_TRANSLATE_NOOP("lp::AuditTexts", "Invoices imported"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "imported the invoice file %1")},
    {"enrollment.draft", QT_TRANSLATE_NOOP("lp::AuditTexts", "Enrollment draft saved"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "saved enrollment draft %1")},
    {"enrollment.submit", QT_TRANSLATE_NOOP("lp::AuditTexts", "Enrollment submitted"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "submitted enrollment %1")},
    {"enrollment.discard", QT_TRANSLATE_NOOP("lp::AuditTexts", "Enrollment draft discarded"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "discarded enrollment draft %1")},
    {"listing.draft", QT_TRANSLATE_NOOP("lp::AuditTexts", "Listing draft saved"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "saved the directory listing draft %1")},
    {"listing.request", QT_TRANSLATE_NOOP("lp::AuditTexts", "Listing requested"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "requested the directory listing %1")},
    {"listing.batchSent", QT_TRANSLATE_NOOP("lp::AuditTexts", "Listing batch sent"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "sent the directory listing %1 in its month's batch")},
    {"listing.withdraw", QT_TRANSLATE_NOOP("lp::AuditTexts", "Listing request withdrawn"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "withdrew the directory listing request %1")},
    {"trainer.add", QT_TRANSLATE_NOOP("lp::AuditTexts", "Trainer added"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "added the trainer %1")},
    {"trainer.update", QT_TRANSLATE_NOOP("lp::AuditTexts", "Trainer changed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "changed the trainer %1")},
    {"trainer.remove", QT_TRANSLATE_NOOP("lp::AuditTexts", "Trainer removed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "removed the trainer %1")},
    {"trainer.import", QT_TRANSLATE_NOOP("lp::AuditTexts", "Trainer imported"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "imported the trainer %1")},
    {"exam.add", QT_TRANSLATE_NOOP("lp::AuditTexts", "Exam pass added"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "added the exam pass %1")},
    {"exam.update", QT_TRANSLATE_NOOP("lp::AuditTexts", "Exam pass changed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "changed the exam pass %1")},
    {"exam.remove", QT_TRANSLATE_NOOP("lp::AuditTexts", "Exam pass removed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "removed the exam pass %1")},
    {"exam.import", QT_TRANSLATE_NOOP("lp::AuditTexts", "Exam pass imported"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "imported the exam pass %1")},
    {"membership.add", QT_TRANSLATE_NOOP("lp::AuditTexts", "Membership added"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "added membership %1")},
    {"membership.remove", QT_TRANSLATE_NOOP("lp::AuditTexts", "Membership removed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "removed membership %1")},
    {"partner.add", QT_TRANSLATE_NOOP("lp::AuditTexts", "Partner added"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "added the partner %1")},
    {"partner.update", QT_TRANSLATE_NOOP("lp::AuditTexts", "Partner profile changed"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "changed the profile of partner %1")},
    {"user.add", QT_TRANSLATE_NOOP("lp::AuditTexts", "Account added"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "added the account %1")},
    {"ruleset.import", QT_TRANSLATE_NOOP("lp::AuditTexts", "Rule set imported"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "imported the rule set %1")},
    {"ruleset.activate", QT_TRANSLATE_NOOP("lp::AuditTexts", "Rule set activated"),
     QT_TRANSLATE_NOOP("lp::AuditTexts", "activated the rule set %1")},
};

const ActionText* find(const QString& action)
{
    for (const ActionText& a : kActions) {
        if (action == QLatin1String(a.action))
            return &a;
    }
    return nullptr;
}

QJsonObject object(const QByteArray& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

// What the sentence names: a KPI record by invoice and line, a case or an enrollment by its
// number, a person, partner or account by name.
QString subject(const AuditEntry& e)
{
    const QJsonObject after = object(e.after);
    const QJsonObject o = after.isEmpty() ? object(e.before) : after;
    if (e.entity == QLatin1String("purchase") && o.contains(QStringLiteral("invoice")))
        return AuditTexts::tr("%1 line %2")
            .arg(o.value(QStringLiteral("invoice")).toString())
            .arg(o.value(QStringLiteral("line")).toInt());
    if (e.entity == QLatin1String("ruleSet") && o.contains(QStringLiteral("programYear")))
        return AuditTexts::tr("%1 (%2)").arg(o.value(QStringLiteral("programYear")).toString(),
                                             e.entityId.left(12));
    for (const char* key : {"name", "displayName"}) {
        const QString name = o.value(QLatin1String(key)).toString();
        if (!name.isEmpty())
            return name;
    }
    return e.entityId;
}

} // namespace

QStringList AuditTexts::actions()
{
    QStringList out;
    for (const ActionText& a : kActions)
        out << QLatin1String(a.action);
    return out;
}

QString AuditTexts::actionTitle(const QString& action)
{
    const ActionText* a = find(action);
    return a ? QCoreApplication::translate("lp::AuditTexts", a->title) : action;
}

QString AuditTexts::sentence(const AuditEntry& e)
{
    if (e.action == QLatin1String("case.resolve")) {
        const QString status = object(e.after).value(QStringLiteral("status")).toString();
        if (status == QLatin1String("corrected"))
            return tr("resolved case %1 as corrected").arg(e.entityId);
        if (status == QLatin1String("rejected"))
            return tr("resolved case %1 as rejected").arg(e.entityId);
    }
    if (e.action == QLatin1String("purchase.correct") && e.before.isEmpty())
        return tr("added KPI record %1").arg(subject(e));
    const ActionText* a = find(e.action);
    if (!a)
        return tr("%1 on %2 %3").arg(e.action, e.entity, e.entityId);
    return QCoreApplication::translate("lp::AuditTexts", a->sentence).arg(subject(e));
}

QString AuditTexts::role(const QString& role)
{
    if (const auto r = fromString<Role>(role))
        return DisplayNames::role(*r);
    if (role == QLatin1String("operator"))
        return tr("command-line operator");
    return role;
}

QString AuditTexts::who(const AuditEntry& e)
{
    return tr("%1 (%2)").arg(e.userName, role(e.role));
}

QString AuditTexts::when(const AuditEntry& e)
{
    const QDateTime local = e.at.toLocalTime();
    return tr("%1, %2").arg(form::longDate(local.date()),
                            QLocale().toString(local.time(), QLocale::ShortFormat));
}

QList<AuditTexts::FieldChange> AuditTexts::fields(const AuditEntry& e)
{
    const QJsonObject before = object(e.before);
    const QJsonObject after = object(e.after);
    QStringList keys = after.keys();
    for (const QString& k : before.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    QList<FieldChange> out;
    for (const QString& key : keys) {
        const QJsonValue b = before.value(key);
        const QJsonValue a = after.value(key);
        FieldChange f{key, FieldNames::label(key), FieldNames::value(key, b), FieldNames::value(key, a),
                      false};
        f.changed = !before.isEmpty() && !after.isEmpty() && b != a;
        out.append(f);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FieldChange& x, const FieldChange& y) { return x.changed && !y.changed; });
    return out;
}

} // namespace lp
