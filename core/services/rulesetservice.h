// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/rulesetrecord.h"
#include "rules/ruleset.h"
#include "security/session.h"
#include "storage/database.h"

#include <QList>

namespace lp {

// The rule sets the organisation administers (docs/rules-admin.md): the stored program years,
// import (validated first; a refused file writes nothing), activation, and what activating a
// candidate would change. Every service takes the set in force from here, so the engine is
// always given a set from the database, never from the binary.
class RuleSetService
{
public:
    explicit RuleSetService(Database& db) : m_db(db) {}

    // The active sets, by effective date, as the engine takes them (sha256 and provenance set).
    static Result<QList<RuleSet>> activeSets(Database& db);
    // The active set in force on `date`; NO_RULE_SET when none is.
    static Result<RuleSet> inForce(Database& db, const QDate& date);
    // A stored file as the engine reads it (parsed once per SHA-256, then shared).
    static Result<RuleSet> parse(const RuleSetRecord& record);

    // Every stored set: everyone signed in reads them.
    Result<QList<RuleSetRecord>> list(const Session& session) const;
    Result<QList<RuleSetRecord>> list() const;
    // A program year or a SHA-256 (8 hex digits at least). For a program year, `prefer` says which
    // of its sets: the active one (else the newest), or the newest stored (activate names it so).
    enum class Prefer { Active, Newest };
    Result<RuleSetRecord> find(const QString& key, Prefer prefer = Prefer::Active) const;
    // The stored set with this SHA-256 (an enrollment reopened shows the set it was decided under).
    Result<RuleSet> bySha256(const QString& sha256) const;

    // The validator's problems with `bytes` against the active sets; empty when it may be imported.
    Result<QList<Error>> validate(const QByteArray& bytes) const;
    // Stores the file (inactive) with its audit entry; RULESET_INVALID with `problems` filled
    // when the validator refuses it, RULESET_ALREADY_STORED for a file stored before: nothing
    // written then.
    Result<RuleSetRecord> importSet(const Session& session, const QByteArray& bytes,
                                    const QString& sourceNote, QList<Error>* problems = nullptr);
    Result<RuleSetRecord> importSet(const Actor& actor, const QByteArray& bytes, const QString& sourceNote,
                                    QList<Error>* problems = nullptr,
                                    const QString& provenance = QLatin1String(RuleSetRecord::kImported));
    // Makes the set `key` (find()) the active one of its program year, audited; RULESET_OVERLAP
    // when its dates overlap an active set of another year.
    Result<RuleSetRecord> activate(const Session& session, const QString& key);
    Result<RuleSetRecord> activate(const Actor& actor, const QString& key);

    // Before activating: each partner's decision per path under the set in force and under the
    // candidate, on `date` (the candidate's first day when it is not in force yet on `date`).
    struct PreviewRow
    {
        QString mpnId;
        QString partnerName;
        QString competency; // empty: the Action Pack
        QString current;    // the best tier eligible: "gold", "silver", "actionPack" or "" (none)
        QString candidate;
        bool changed() const { return current != candidate; }
    };
    struct Preview
    {
        QDate date;
        QString currentRuleSet; // the program year in force on `date` (empty: none)
        QString candidateRuleSet;
        QList<PreviewRow> rows;
    };
    Result<Preview> preview(const Session& session, const RuleSet& candidate, const QDate& today) const;

private:
    Database& m_db;
};

} // namespace lp
