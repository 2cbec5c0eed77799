// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PolicyTextView.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "core/i18n/PolicyText.h"
#include "core/i18n/TextFold.h"
#include "widgets/design/Typography.h"

namespace Vigie {

PolicyTextView::PolicyTextView(const PolicyText& text, QWidget* parent)
    : QWidget(parent)
    , m_text(text)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    Typography::apply(m_browser, Typography::Role::Reading);
    m_browser->document()->setDocumentMargin(Spacing::section);
    connect(m_browser, &QTextBrowser::anchorClicked, this,
            [this](const QUrl& url) { emit linkActivated(url.toString()); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    rebuild();
}

QString PolicyTextView::paragraphHtml(Language language, int index) const
{
    QString html;
    for (const PolicySpan& span : m_text.spans(language, index)) {
        // The catalogue is ours, but escape anyway: the text must show as written, never as markup.
        const QString text = span.text.toHtmlEscaped();
        html += span.target.isEmpty() ? text
                                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(span.target.toHtmlEscaped(), text);
    }
    return html;
}

void PolicyTextView::rebuild()
{
    const Language current = languageForLocale(QLocale());
    QString html;
    if (m_sideBySide) {
        html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\">"
                              "<tr><th width=\"50%\" align=\"left\">Français</th>"
                              "<th width=\"50%\" align=\"left\">English</th></tr>");
        for (int i = 0; i < PolicyText::paragraphCount; ++i) {
            html += QStringLiteral("<tr><td valign=\"top\" lang=\"fr\">%1</td><td valign=\"top\" lang=\"en\">%2</td></tr>")
                        .arg(paragraphHtml(Language::French, i), paragraphHtml(Language::English, i));
        }
        html += QStringLiteral("</table>");
    } else {
        for (int i = 0; i < PolicyText::paragraphCount; ++i)
            html += QStringLiteral("<p style=\"margin-bottom: 12px\">%1</p>").arg(paragraphHtml(current, i));
    }
    m_browser->setHtml(html);
    m_browser->setAccessibleName(tr("Policy statement"));
    search(m_search);
}

QStringList PolicyTextView::displayedParagraphs() const
{
    QStringList paragraphs;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next())
        paragraphs.append(block.text());
    return paragraphs;
}

void PolicyTextView::setSideBySide(bool sideBySide)
{
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    rebuild();
}

int PolicyTextView::search(const QString& text)
{
    m_search = text;
    QList<QTextEdit::ExtraSelection> selections;
    // Without case or accents, as every search in Vigie: "securite" finds "sécurité". Each block is folded
    // with a map back to its characters, so that the highlight covers the original letters.
    const QString needle = TextFold::fold(text.trimmed());
    if (!needle.isEmpty()) {
        QTextCharFormat highlight;
        highlight.setBackground(QColor(0xffe066));
        highlight.setForeground(Qt::black);
        QTextDocument* document = m_browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const TextFold::Mapped folded = TextFold::foldMapped(block.text());
            for (qsizetype at = folded.text.indexOf(needle); at >= 0;
                 at = folded.text.indexOf(needle, at + needle.size())) {
                const auto [start, end] = folded.originalRange(at, needle.size());
                QTextCursor cursor(document);
                cursor.setPosition(block.position() + int(start));
                cursor.setPosition(block.position() + int(end), QTextCursor::KeepAnchor);
                selections.append({cursor, highlight});
            }
        }
    }
    m_browser->setExtraSelections(selections);
    QTextCursor current = m_browser->textCursor();
    if (!selections.isEmpty()) {
        m_browser->setTextCursor(selections.first().cursor);
    } else if (current.hasSelection()) {
        current.clearSelection(); // no match, or a cleared search: no highlight left behind
        m_browser->setTextCursor(current);
    }
    m_matchCount = int(selections.size());
    // Always: the page's count must follow a cleared search even when the number stays the same.
    emit matchCountChanged(m_matchCount);
    return m_matchCount;
}

void PolicyTextView::showParagraph(Language language, int index)
{
    // The paragraph's block is the one that reads as its published text (a table cell when side by side).
    const QString wanted = m_text.plain(language, index).simplified();
    QTextCursor target;
    for (const QTextEdit::ExtraSelection& selection : m_browser->extraSelections()) {
        if (selection.cursor.block().text().simplified() == wanted) {
            target = selection.cursor;
            break;
        }
    }
    if (target.isNull()) {
        for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().simplified() == wanted) {
                target = QTextCursor(block);
                break;
            }
        }
    }
    if (target.isNull())
        return;
    m_browser->setTextCursor(target);
    m_browser->ensureCursorVisible();
}

void PolicyTextView::print(QPagedPaintDevice* device) const
{
    m_browser->document()->print(device);
}

void PolicyTextView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Vigie
