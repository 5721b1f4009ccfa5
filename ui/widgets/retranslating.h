// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QEvent>

// The one way a window of ours follows a language switch at run time: derive from Retranslating<QDialog>
// (or QWidget, QWizardPage, ...), set every text in retranslateUi(), call it once at the end of the
// constructor. Qt sends QEvent::LanguageChange to every widget when a translator is installed or removed.
namespace lp {

template <typename Base> class Retranslating : public Base
{
public:
    using Base::Base;

protected:
    // Sets every user-visible text of the widget in the current language.
    virtual void retranslateUi() = 0;

    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        Base::changeEvent(event);
    }
};

} // namespace lp
