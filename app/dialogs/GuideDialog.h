// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/i18n/Language.h"

class QTextBrowser;

namespace Vigie {

/// Help → Guide (F1): the user guide, in the interface's language, the same text as docs/guide.*.md.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// The guide's Markdown in @p language, as embedded.
    static QString text(Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_browser;
};

} // namespace Vigie
