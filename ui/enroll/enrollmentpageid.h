// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

namespace lp {

// The pages of the enrollment wizard, as QWizard ids: the one list both the wizard and the pages'
// nextId() use. Not the page classes' names (TrainersPage serves two ids), so no name means two things.
enum class EnrollmentPageId : int {
    Start,
    ActionPackTrainers,
    ActionPackSubscription,
    ActionPackProfile,
    Competency,
    Commitment,
    Trainers,
    Exams,
    Kpi,
    Offer,
    Summary,
};

} // namespace lp
