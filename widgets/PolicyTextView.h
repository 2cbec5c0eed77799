// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/i18n/Language.h"

class QIODevice;
class QPagedPaintDevice;
class QTextBrowser;

namespace Vigie {

class PolicyText;

/// Shows the policy statement, in the current language or in both side by side with the paragraphs
/// aligned. Figures and names in the text are links to the data; search highlights every match.
class PolicyTextView : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyTextView(const PolicyText& text, QWidget* parent = nullptr);

    bool isSideBySide() const { return m_sideBySide; }
    /// The paragraphs as displayed (single-language mode), for copying and checking.
    QStringList displayedParagraphs() const;
    int matchCount() const { return m_matchCount; }
    QTextBrowser* browser() const { return m_browser; }

    /// Prints or writes the text as shown, on pages.
    void print(QPagedPaintDevice* device) const;

public slots:
    void setSideBySide(bool sideBySide);
    /// Highlights every case-insensitive match of @p text; returns how many there are.
    int search(const QString& text);
    /// Scrolls to paragraph @p index (0-based) of @p language, at its first highlighted match if it has one.
    void showParagraph(Language language, int index);

signals:
    /// A figure, topic or place in the text was activated: "figure:KEY", "topic:NAME", "map:CENTRE".
    void linkActivated(const QString& target);
    void matchCountChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QString paragraphHtml(Language language, int index) const;

    const PolicyText& m_text;
    QTextBrowser* m_browser;
    bool m_sideBySide = false;
    QString m_search;
    int m_matchCount = 0;
};

} // namespace Vigie
