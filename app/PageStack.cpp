// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PageStack.h"

#include <QStackedLayout>

#include "app/pages/Page.h"

namespace Vigie {

PageStack::PageStack(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QStackedLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

int PageStack::addPage(Title title, Builder build)
{
    m_entries.append({std::move(title), std::move(build)});
    m_layout->addWidget(new QWidget(this));
    return count() - 1;
}

QString PageStack::title(int index) const
{
    const Page* built = builtPage(index);
    return built ? built->title() : m_entries.at(index).title();
}

Page* PageStack::builtPage(int index) const
{
    return index >= 0 && index < count() ? m_entries.at(index).page : nullptr;
}

Page* PageStack::page(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    Entry& entry = m_entries[index];
    if (entry.page)
        return entry.page;
    Page* page = entry.build(this);
    entry.page = page;
    // The page takes its placeholder's index; the placeholder goes, without the page behind coming forward.
    QWidget* placeholder = m_layout->widget(index);
    const bool inFront = m_layout->currentIndex() == index;
    m_layout->insertWidget(index, page);
    if (inFront)
        m_layout->setCurrentIndex(index);
    m_layout->removeWidget(placeholder);
    delete placeholder;
    emit pageBuilt(index, page);
    return page;
}

QList<Page*> PageStack::pages()
{
    QList<Page*> all;
    for (int i = 0; i < count(); ++i)
        all.append(page(i));
    return all;
}

void PageStack::showPage(int index)
{
    if (page(index))
        m_layout->setCurrentIndex(index);
}

Page* PageStack::currentPage() const
{
    return qobject_cast<Page*>(m_layout->currentWidget());
}

} // namespace Vigie
