// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/SearchDialog.h"

#include <utility>

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/models/SearchResultsModel.h"
#include "core/search/EverythingSearch.h"

namespace Vigie {

SearchDialog::SearchDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_search(new EverythingSearch(context.translations, context.database, context.userData, context.policy, this))
    , m_model(new SearchResultsModel(context.translations, this))
    , m_field(new QLineEdit(this))
    , m_results(new QTreeView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    m_field->setObjectName(QStringLiteral("searchEverythingField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setUniformRowHeights(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPause);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        m_openWhenSearched = false;
        m_typing.start();
        updateStatus();
    });
    connect(&m_typing, &QTimer::timeout, this, [this] { m_search->search(m_field->text()); });
    connect(m_search, &EverythingSearch::found, this, &SearchDialog::showResults);
    connect(m_results, &QTreeView::activated, this, &SearchDialog::open);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    setMinimumSize(480, 320);
    resize(720, 480);
    retranslate();
}

SearchDialog::~SearchDialog() = default;

bool SearchDialog::isSearched() const
{
    return !m_typing.isActive() && !m_search->isSearching();
}

void SearchDialog::showResults()
{
    m_model->setResults(m_search->results());
    m_results->expandAll();
    m_results->header()->resizeSection(0, m_results->viewport()->width() * 3 / 5);
    // The first place is chosen, so that Enter opens it at once.
    const QModelIndex first = m_model->firstHit();
    if (first.isValid())
        m_results->setCurrentIndex(first);
    updateStatus();
    emit searched();
    if (std::exchange(m_openWhenSearched, false) && isSearched())
        openChosen();
}

void SearchDialog::updateStatus()
{
    const SearchResults& results = m_model->results();
    if (m_field->text().trimmed().isEmpty())
        m_status->setText(tr("Figures, sources, the statement, the centres, the events and your own figures, "
                             "without case or accents. ↑ and ↓ choose, Enter opens."));
    else if (!isSearched())
        m_status->setText(tr("Searching…"));
    else if (results.groups.isEmpty())
        m_status->setText(tr("Nothing found for “%1”.").arg(results.query.trimmed()));
    else
        m_status->setText(tr("%Ln place(s) found. ↑ and ↓ choose, Enter opens.", nullptr, int(results.total())));
    if (!results.problem.isEmpty() && isSearched())
        m_status->setText(m_status->text() + u' ' + results.problem);
}

bool SearchDialog::openChosen()
{
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid() || index.data(SearchResultsModel::TargetRole).toString().isEmpty())
        index = m_model->firstHit();
    if (!index.isValid())
        return false;
    open(index);
    return true;
}

void SearchDialog::open(const QModelIndex& index)
{
    const QString target = index.siblingAtColumn(0).data(SearchResultsModel::TargetRole).toString();
    if (target.isEmpty())
        return; // a kind's heading
    accept();
    emit opened(target, m_model->results().query);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The field keeps the focus: the arrows choose a place, Enter opens it.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const QModelIndex next = m_model->nextHit(m_results->currentIndex(), key->key() == Qt::Key_Down ? 1 : -1);
            if (next.isValid()) {
                m_results->setCurrentIndex(next);
                m_results->scrollTo(next);
            }
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_typing.isActive()) { // what was typed last is searched first
                m_typing.stop();
                m_openWhenSearched = true; // before: a blank search answers at once
                m_search->search(m_field->text());
                return true;
            }
            if (isSearched())
                openChosen();
            else
                m_openWhenSearched = true; // the figures are still being searched: open once they are
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_field->setFocus();
    m_field->selectAll();
}

void SearchDialog::retranslate()
{
    setWindowTitle(tr("Search Everything"));
    m_field->setPlaceholderText(tr("Search figures, sources, the statement, centres, events…"));
    m_field->setAccessibleName(tr("Search everything"));
    m_results->setAccessibleName(tr("Places found"));
    m_model->setLanguage(languageForLocale(QLocale()));
    m_results->expandAll();
    updateStatus();
}

void SearchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Vigie
