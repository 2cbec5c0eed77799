// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QWidget>

class QStackedLayout;

namespace Vigie {

class Page;

/// The window's pages, one in front at a time, each built the first time it is shown or asked for: start-up
/// then builds only the page in front. Until then an empty placeholder holds its place, and its title comes
/// from its class, so that the navigation can name it. A page built late is built in the current language.
class PageStack : public QWidget
{
    Q_OBJECT

public:
    using Title = std::function<QString()>;
    using Builder = std::function<Page*(QWidget* parent)>;

    explicit PageStack(QWidget* parent = nullptr);

    /// Adds a page that @p build makes when it is first needed; @p title names it meanwhile. Returns its index.
    int addPage(Title title, Builder build);
    int count() const { return int(m_entries.size()); }
    QString title(int index) const;

    /// The page at @p index, built now if it was not yet.
    Page* page(int index);
    /// The page at @p index if it is built, else nullptr.
    Page* builtPage(int index) const;
    /// Every page, built now if they were not yet.
    QList<Page*> pages();

    /// Brings the page at @p index to the front, building it first if need be.
    void showPage(int index);
    Page* currentPage() const;

signals:
    /// The page at @p index was just built.
    void pageBuilt(int index, Vigie::Page* page);

private:
    struct Entry
    {
        Title title;
        Builder build;
        Page* page = nullptr;
    };

    QStackedLayout* m_layout;
    QList<Entry> m_entries;
};

} // namespace Vigie
