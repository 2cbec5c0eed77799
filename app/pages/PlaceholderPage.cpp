// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Vigie {

PlaceholderPage::PlaceholderPage(const char* title, const char* message, QWidget* parent)
    : Page(parent)
    , m_title(title)
    , m_message(message)
    , m_label(new QLabel(this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    retranslate();
}

QString PlaceholderPage::title() const
{
    return QCoreApplication::translate("Vigie::PlaceholderPage", m_title);
}

void PlaceholderPage::retranslate()
{
    m_label->setText(QCoreApplication::translate("Vigie::PlaceholderPage", m_message));
    emit titleChanged();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Vigie
