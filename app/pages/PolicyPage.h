// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit> // complete: searchField() returns one

#include "app/pages/Page.h"
#include "core/i18n/Language.h"

class QLabel;
class QToolButton;

namespace Vigie {

struct AppContext;
class PolicyTextView;

/// The policy statement as published, with search, a side-by-side mode, copy, print and PDF export.
class PolicyPage : public Page
{
    Q_OBJECT

public:
    explicit PolicyPage(const AppContext& context, QWidget* parent = nullptr);

    /// The page's name in the navigation, known before the page is built.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    PolicyTextView* view() const { return m_view; }
    QLineEdit* searchField() const override { return m_search; }
    /// Highlights @p words in the text and shows paragraph @p index of @p language (0-based), beside the
    /// other language if the interface speaks it: where Search Everything found them.
    void showFound(Language language, int index, const QString& words);
    QLabel* matchLabel() const { return m_matches; }

    /// Writes the text as shown to a PDF file; returns an error message, or an empty string.
    QString exportPdf(const QString& path) const;

public slots:
    void copyText();
    void printText();
    void exportPdfInteractively();

signals:
    void linkActivated(const QString& target);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateMatchCount(int count);

    QLabel* m_heading;
    QLabel* m_attribution;
    QLineEdit* m_search;
    QLabel* m_matches;
    QToolButton* m_sideBySide;
    QToolButton* m_copy;
    QToolButton* m_print;
    QToolButton* m_pdf;
    PolicyTextView* m_view;
};

} // namespace Vigie
