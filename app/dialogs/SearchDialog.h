// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeView;

namespace Vigie {

struct AppContext;
class EverythingSearch;
class SearchResultsModel;

/// Search everything (Ctrl+K): a field and the places found, grouped by kind. The arrows move through the
/// places while the field keeps the focus; Enter opens the one chosen (the first, if none is), and
/// opened() tells the window where to go.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(const AppContext& context, QWidget* parent = nullptr);
    ~SearchDialog() override;

    QLineEdit* field() const { return m_field; }
    QTreeView* results() const { return m_results; }
    SearchResultsModel* model() const { return m_model; }
    QLabel* status() const { return m_status; }
    /// False while typing pauses or the figures are being searched.
    bool isSearched() const;
    /// Opens the place chosen in the list, or the first one; false when nothing is found.
    bool openChosen();

    /// How long typing must pause before a search: as the Sources list's filter.
    static constexpr int typingPause = 150;

signals:
    /// A place was chosen: its SearchHit::target, and the words that found it, to highlight there.
    void opened(const QString& target, const QString& words);
    /// The search answered (for tests and for the status line).
    void searched();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateStatus();
    void showResults();
    void open(const QModelIndex& index);

    EverythingSearch* m_search;
    SearchResultsModel* m_model;
    QTimer m_typing;
    QLineEdit* m_field;
    QTreeView* m_results;
    QLabel* m_status;
    bool m_openWhenSearched = false; ///< Enter came before the answer
};

} // namespace Vigie
