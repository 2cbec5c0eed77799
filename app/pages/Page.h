// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QImage>
#include <QSize>
#include <QWidget>

namespace Vigie {

class ChartView;
struct ExportOptions;

/// A page of the main window. The window asks it for its title and, through the export interface, has it
/// export what it shows: the window knows no page's kind.
class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /// The chart in front, or nullptr when the page has none.
    virtual ChartView* activeChart() const { return nullptr; }
    /// The page's own search or filter field, which Edit → Find in Page (Ctrl+F) moves to; nullptr if none.
    virtual QWidget* searchField() const { return nullptr; }

    /// What File → Export would write: the file name's stem ("offences-by-year", "map"), the export dialog's
    /// title, and the size on screen ("as on screen" in the dialog).
    struct Exportable {
        QString name;
        QString dialogTitle;
        QSize screenSize;
    };
    /// Nothing when the page has nothing to export now.
    virtual std::optional<Exportable> exportable() const { return std::nullopt; }
    /// Writes what the page shows to @p path; returns a translated error, or an empty string on success.
    virtual QString exportTo(const QString& path, const ExportOptions& options) const;
    /// What the page shows as an image, for the clipboard; null when it has nothing to show.
    virtual QImage exportImage(const ExportOptions& options) const;

signals:
    /// The page's title changed (after a language switch).
    void titleChanged();
    /// What the page can export changed (a chart drawn after the first frame): File → Export follows.
    void exportableChanged();
    /// One of the page's own buttons or menus asked for File → Export, or for a copy.
    void exportRequested();
    void copyRequested();
    /// Copy citation, from a card, a chart point or a Sources row: the key of the figure to cite.
    void citationRequested(const QString& figureKey);
    /// Copy citation of what is no stored figure (a state's treaty status on the map): the text to copy.
    void citationTextRequested(const QString& text);
};

} // namespace Vigie
