// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QLabel;

namespace Vigie {

/// An honest "not yet" page for a part of Vigie that a later version fills in.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    /// Both texts are untranslated source strings in the "Vigie::PlaceholderPage" context.
    PlaceholderPage(const char* title, const char* message, QWidget* parent = nullptr);

    QString title() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const char* m_title;
    const char* m_message;
    QLabel* m_label;
};

} // namespace Vigie
