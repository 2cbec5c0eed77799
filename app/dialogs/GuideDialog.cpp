// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/GuideDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Vigie {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    m_browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    retranslate();
}

QString GuideDialog::text(Language language)
{
    QFile file(QStringLiteral(":/guide/guide.%1.md").arg(languageCode(language)));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Vigie Guide"));
    m_browser->setAccessibleName(tr("User guide"));
    // The text in the new language, at the same place in it as far as the two run alike.
    const int scrolled = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setMarkdown(text(languageForLocale(QLocale())));
    m_browser->verticalScrollBar()->setValue(scrolled);
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Vigie
