// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QList>
#include <QString>

namespace lp {

// One bad row of an imported file: the file line, the column, what is wrong, the value.
struct RowError
{
    int row = 0;
    QString column;
    QString code;
    QString value;

    bool operator==(const RowError&) const = default;
};

// What an all-or-nothing import did, or (with errors) why it wrote nothing.
struct ImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<RowError> errors; // non-empty: the file was refused and nothing was written
    int unlistedErrors = 0; // problems past the listing limit, counted only
    int badRows = 0;        // the rows with at least one problem (a row may have several)

    bool ok() const { return errors.isEmpty(); }
    int problems() const { return int(errors.size()) + unlistedErrors; }
};

} // namespace lp
