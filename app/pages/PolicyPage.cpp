// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/PolicyPage.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "widgets/PolicyTextView.h"
#include "widgets/design/Typography.h"

namespace Vigie {

PolicyPage::PolicyPage(const AppContext& context, QWidget* parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_attribution(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_sideBySide(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_print(new QToolButton(this))
    , m_pdf(new QToolButton(this))
    , m_view(new PolicyTextView(context.policy, this))
{
    Typography::apply(m_heading, Typography::Role::PageHeading);
    m_heading->setWordWrap(true);
    m_attribution->setWordWrap(true);
    m_attribution->setForegroundRole(QPalette::PlaceholderText);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("policySearch"));
    m_sideBySide->setCheckable(true);

    connect(m_search, &QLineEdit::textChanged, m_view, &PolicyTextView::search);
    connect(m_view, &PolicyTextView::matchCountChanged, this, &PolicyPage::updateMatchCount);
    connect(m_sideBySide, &QToolButton::toggled, m_view, &PolicyTextView::setSideBySide);
    connect(m_copy, &QToolButton::clicked, this, &PolicyPage::copyText);
    connect(m_print, &QToolButton::clicked, this, &PolicyPage::printText);
    connect(m_pdf, &QToolButton::clicked, this, &PolicyPage::exportPdfInteractively);
    connect(m_view, &PolicyTextView::linkActivated, this, &PolicyPage::linkActivated);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_matches);
    tools->addSpacing(12);
    tools->addWidget(m_sideBySide);
    tools->addWidget(m_copy);
    tools->addWidget(m_print);
    tools->addWidget(m_pdf);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_attribution);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    retranslate();
    updateMatchCount(0);
}

QString PolicyPage::pageTitle()
{
    return tr("Statement");
}

void PolicyPage::retranslate()
{
    m_heading->setText(tr("France's international action against cybercrime"));
    m_attribution->setText(tr("Statement of the French Ministry for Europe and Foreign Affairs (France Diplomatie), "
                              "French original and official English version, as published, typos included. "
                              "Underlined words lead to the data."));
    m_search->setPlaceholderText(tr("Search the text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the text"));
    m_sideBySide->setText(tr("Side by side"));
    m_sideBySide->setToolTip(tr("Show the French and English texts side by side, paragraph by paragraph"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the whole text to the clipboard"));
    m_print->setText(tr("Print…"));
    m_pdf->setText(tr("Export PDF…"));
    updateMatchCount(m_view->matchCount());
    emit titleChanged();
}

void PolicyPage::showFound(Language language, int index, const QString& words)
{
    if (language != languageForLocale(QLocale()))
        m_sideBySide->setChecked(true); // the paragraph found is in the language not shown alone
    m_search->setText(words.simplified());
    // The page highlights a phrase; words found apart are highlighted by the first of them.
    if (m_view->matchCount() == 0 && words.simplified().contains(u' '))
        m_search->setText(words.simplified().section(u' ', 0, 0));
    m_view->showParagraph(language, index);
}

void PolicyPage::updateMatchCount(int count)
{
    m_matches->setText(m_search->text().isEmpty() ? QString() : tr("%Ln match(es)", nullptr, count));
}

void PolicyPage::copyText()
{
    QApplication::clipboard()->setText(m_view->displayedParagraphs().join(u'\n'));
}

void PolicyPage::printText()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_view->print(&printer);
}

QString PolicyPage::exportPdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(m_heading->text());
        m_view->print(&pdf);
    }
    if (!file.commit())
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    return {};
}

void PolicyPage::exportPdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QStringLiteral("vigie-policy.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportPdf(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Export failed"), error);
}

void PolicyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Vigie
