// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

// What every GUI test shares: driving modal dialogs, which block in exec().

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace lp::test {

// Runs `step` on the modal dialog of type T as soon as it is shown.
template <typename T> void whenDialogShows(std::function<void(T*)> step)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [step, attempt] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            step(dialog);
            return;
        }
        QTimer::singleShot(20, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

// Clicks the accept button of the dialog's button box.
inline void accept(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
}

} // namespace lp::test
