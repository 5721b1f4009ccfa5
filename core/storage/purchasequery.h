// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/purchase.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lp {

// Which purchases of one partner to read, and which page of them, as plain data: a view of the
// ledger as storage sees it. PurchaseRepository runs it as one statement over the partner's date
// index. What the rows mean (the engine's verdicts) is the service's business: it hands over
// only dates and document types.
struct PurchaseQuery
{
    qint64 partnerId = 0;

    // The filter. Every condition set narrows the rows; a null date or empty text is no condition.
    QDate from; // invoice date, inclusive
    QDate to;
    QString omlpType; // found anywhere in the text, whatever the case ("packaged")
    std::optional<DocumentType> documentType;
    QString competency; // the same

    // A condition on the evidence a rule set accepts: the rows of one of `documentTypes` dated
    // `from` to `to` (inclusive; a null date: open), or with `outside`, every other row.
    struct Evidence
    {
        QList<DocumentType> documentTypes;
        QDate from;
        QDate to;
        bool outside = false;
    };
    std::optional<Evidence> evidence;

    // Where the page starts in the view, newest first (invoice date, then id, descending).
    enum class Start {
        Offset, // the row at `offset` (the rows before it are stepped over)
        After,  // the row after the key: the next page of a page that ended with the key
        Before, // the `limit` rows before the key: the page before one that began with the key
    };
    Start start = Start::Offset;
    qint64 offset = 0;
    QDate keyDate; // the key's invoice date and id (After, Before)
    qint64 keyId = 0;
    int limit = 500;
};

} // namespace lp
