// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/SourcesPage.h"

#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/RichText.h"
#include "core/i18n/TextFold.h"
#include "core/models/SourcesModel.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/design/Typography.h"

namespace Vigie {

SourcesPage::SourcesPage(const AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_model(new SourcesModel(context.translations, context.database, context.userData, this))
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_topicLabel(new QLabel(this))
    , m_topic(new QComboBox(this))
    , m_yoursOnly(new QCheckBox(this))
    , m_badge(new BadgeDelegate(SourcesModel::YoursRole, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_open(new QPushButton(this))
{
    Typography::apply(m_heading, Typography::Role::PageHeading);
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    // The topic box asks for a few characters' width, not its longest topic's: the row holds at 800 pixels;
    // its list shows every name whole.
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(12);
    // The user's figures carry a badge in the Figure column, beside "(your data)" in the Source column.
    m_table->setItemDelegateForColumn(SourcesModel::FigureColumn, m_badge);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The figure's label and its source share what the window has beyond the narrow columns, so that a
    // wide window shows the whole citation.
    m_table->horizontalHeader()->setSectionResizeMode(SourcesModel::FigureColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourcesModel::SourceColumn, QHeaderView::Stretch);
    // The other columns start narrow, so that the figure's label keeps room in a small window; each can be
    // widened, and its whole text is in the details below.
    const int character = m_table->fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : {std::pair {SourcesModel::ValueColumn, 11}, {SourcesModel::UnitColumn, 14},
                                             {SourcesModel::PeriodColumn, 10}, {SourcesModel::SourceColumn, 16},
                                             {SourcesModel::ConfidenceColumn, 10}})
        m_table->horizontalHeader()->resizeSection(column, characters * character);
    fitHeaders();
    m_table->setWordWrap(false);
    // Copy citation, from a row's context menu or Ctrl+Shift+C... on the Sources page, the row's figure.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        const std::optional<Figure> f = index.isValid() ? m_model->figure(index.row()) : std::nullopt;
        if (!f)
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy &Citation"), this, [this, key = f->key] { emit citationRequested(key); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    m_details->setOpenLinks(false);
    m_open->setEnabled(false);

    // A keystroke only restarts the wait: the list is asked for once typing pauses, and computed off the
    // window's thread (SourcesModel), so that a million figures never hold the window.
    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPause);
    connect(&m_typing, &QTimer::timeout, this, &SourcesPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_topic, &QComboBox::currentIndexChanged, this, &SourcesPage::applyFilter);
    connect(m_yoursOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setOrigin(only ? FigureOrder::Origin::Yours : FigureOrder::Origin::All);
        if (!m_model->isListed())
            m_searching.start();
    });
    // "Searching…" only when a list takes long enough to be noticed.
    m_searching.setSingleShot(true);
    m_searching.setInterval(500);
    connect(&m_searching, &QTimer::timeout, this, &SourcesPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_keepKey.isEmpty())
            m_keepKey = selectedKey();
    });
    connect(m_model, &SourcesModel::listed, this, &SourcesPage::showList);
    connect(m_model, &SourcesModel::topicsListed, this, [this] {
        if (m_model->topics() != m_topics) {
            m_topics = m_model->topics();
            updateTopics();
        }
        if (m_model->isListed())
            emit listShown();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesPage::updateDetails);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const std::optional<Figure> f = m_model->figure(m_table->currentIndex().row()))
            openSourceUrl(f->source.link());
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { openSourceUrl(url.toString()); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    // A label, not only an accessible name: on Linux a combo box is read by its current item, and by the
    // label that names it.
    m_topicLabel->setBuddy(m_topic);
    filters->addWidget(m_topicLabel);
    filters->addWidget(m_topic, 1);
    filters->addWidget(m_yoursOnly);
    filters->addWidget(m_count);
    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addWidget(m_open, 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    retranslate();
    connect(&m_context.userData, &UserData::figuresChanged, this, &SourcesPage::reload);
}

void SourcesPage::reload()
{
    m_keepKey = selectedKey();
    m_model->reload();
    m_searching.start();
}

void SourcesPage::applyFilter()
{
    m_typing.stop();
    const int index = m_topic->currentIndex();
    m_model->setFilter(m_filter->text(), index > 0 ? m_topics.value(index - 1) : QString());
    if (!m_model->isListed())
        m_searching.start();
}

void SourcesPage::showList()
{
    m_searching.stop();
    // The figure that was selected stays selected, wherever the new order puts it.
    const int row = m_keepKey.isEmpty() ? -1 : m_model->rowOf(m_keepKey);
    if (row < 0 && std::exchange(m_showKeptAnyway, false) && !m_keepKey.isEmpty()) {
        showFigure(std::exchange(m_keepKey, QString()));
        return;
    }
    m_showKeptAnyway = false;
    m_keepKey.clear();
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    updateCount();
    updateDetails();
    emit listShown();
}

bool SourcesPage::isListed() const
{
    return m_model->isListed() && m_model->areTopicsListed() && !m_typing.isActive();
}

QString SourcesPage::pageTitle()
{
    return tr("Sources");
}

bool SourcesPage::openSourceUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // Only the web: a data file must not be able to launch a program or open a local file.
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return false;
    return QDesktopServices::openUrl(parsed);
}

int SourcesPage::visibleCount() const
{
    return m_model->rowCount();
}

QString SourcesPage::selectedKey() const
{
    return m_table->currentIndex().data(SourcesModel::KeyRole).toString();
}

bool SourcesPage::showFigure(const QString& key)
{
    if (!m_model->holds(key))
        return false;
    const int row = m_model->rowOf(key);
    if (row >= 0 && m_model->isListed()) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return true;
    }
    // Hidden by the filters (or not listed yet): every figure is listed again, and this one selected then.
    m_keepKey = key;
    m_yoursOnly->blockSignals(true);
    m_yoursOnly->setChecked(false);
    m_yoursOnly->blockSignals(false);
    m_model->setOrigin(FigureOrder::Origin::All);
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_topic->blockSignals(true);
    m_topic->setCurrentIndex(0);
    m_topic->blockSignals(false);
    applyFilter();
    return true;
}

void SourcesPage::showFound(const QString& key, const QString& words)
{
    if (!m_model->holds(key))
        return;
    m_keepKey = key;
    m_showKeptAnyway = true;
    m_yoursOnly->blockSignals(true); // what was found may be Vigie's
    m_yoursOnly->setChecked(false);
    m_yoursOnly->blockSignals(false);
    m_model->setOrigin(FigureOrder::Origin::All);
    m_filter->blockSignals(true);
    m_filter->setText(words.simplified());
    m_filter->blockSignals(false);
    m_topic->blockSignals(true);
    m_topic->setCurrentIndex(0);
    m_topic->blockSignals(false);
    applyFilter();
    if (m_model->isListed()) // the same filter as before: no new list comes
        showList();
}

void SourcesPage::showTopic(const QString& topic)
{
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_topic->setCurrentIndex(int(m_topics.indexOf(topic)) + 1);
    applyFilter();
}

void SourcesPage::updateCount()
{
    if (!m_model->isListed() && !m_searching.isActive()) {
        m_count->setText(tr("Searching…"));
        return;
    }
    const QString problem = m_model->problem();
    // How many are the user's, when some are listed among Vigie's.
    QString count = tr("%Ln figure(s)", nullptr, m_model->rowCount());
    if (m_model->yoursCount() > 0 && m_model->yoursCount() < m_model->rowCount())
        count = tr("%Ln figure(s), %1 of them yours", nullptr, m_model->rowCount())
                    .arg(NumberFormat(languageForLocale(QLocale())).integer(double(m_model->yoursCount())));
    m_count->setText(problem.isEmpty() ? count : tr("%1 — %2").arg(count, problem));
}

void SourcesPage::updateDetails()
{
    const Language language = languageForLocale(QLocale());
    const std::optional<Figure> f = m_model->figure(m_table->currentIndex().row());
    m_open->setEnabled(f && QUrl(f->source.link()).scheme().startsWith(QLatin1String("http")));
    if (!f) {
        m_details->setPlainText(tr("Select a figure to read its source."));
        return;
    }
    // Everything from the data is escaped: a label or a quote shows as written, never as markup.
    const NumberFormat format(language);
    QString value = FigureText::markedValue(*f, language);
    if (const QString unit = FigureText::unit(*f, language); !unit.isEmpty())
        value += u' ' + unit;
    // The filter's words are highlighted where they are found: the label, the source and the quote.
    const QStringList words = TextFold::words(m_filter->text());
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> — %3</p>")
                       .arg(RichText::highlighted(f->label.text(language), words), value.toHtmlEscaped(),
                            FigureText::period(*f, language).toHtmlEscaped());
    // The one citation, as every page and export gives it; then what stands behind it.
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Source:").toHtmlEscaped(), RichText::highlighted(CitationFormat(language).full(f->source), words));
    QStringList standing;
    if (f->source.restsOnWeak())
        standing.append(tr("Weak source: a forum, a content farm, a machine translation, an automated site or a "
                           "personal blog. Check it before citing it."));
    if (!f->source.accessed.isEmpty())
        standing.append(tr("Read on %1.").arg(format.period(f->source.accessed)));
    if (!standing.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(standing.join(u' ').toHtmlEscaped());
    if (const QString link = f->source.link(); link.startsWith(QLatin1String("http")))
        html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(link.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><blockquote>%2</blockquote>")
                .arg(tr("The source's own words:").toHtmlEscaped(), RichText::highlighted(f->quote, words));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Confidence:").toHtmlEscaped(), m_model->confidenceName(f->confidence).toHtmlEscaped());
    const QString note = f->note.text(language).isEmpty() ? f->note.english : f->note.text(language);
    if (!note.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Note:").toHtmlEscaped(), note.toHtmlEscaped());
    m_details->setHtml(html);
}

void SourcesPage::retranslate()
{
    m_model->setLanguage(languageForLocale(QLocale()));
    m_heading->setText(tr("Every figure and its source"));
    m_filter->setPlaceholderText(tr("Filter by words: figure, publisher, quote…"));
    m_filter->setAccessibleName(tr("Filter the figures"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topicLabel->setText(tr("&Topic:"));
    m_yoursOnly->setText(tr("Only &yours"));
    m_yoursOnly->setToolTip(tr("List only the figures you imported"));
    m_badge->setText(tr("yours", "the badge of a figure the user imported"));
    m_table->viewport()->update();
    m_details->setAccessibleName(tr("Figure details"));
    m_table->setAccessibleName(tr("Figures and their sources"));
    fitHeaders();
    m_open->setText(tr("&Open the source in the browser"));
    updateTopics();
    updateCount();
    updateDetails();
    emit titleChanged();
}

void SourcesPage::fitHeaders()
{
    // A narrow column is never narrower than its heading, in the language shown ("Confidence", "Confiance").
    QHeaderView* header = m_table->horizontalHeader();
    for (const int column : {SourcesModel::ValueColumn, SourcesModel::UnitColumn, SourcesModel::PeriodColumn,
                             SourcesModel::ConfidenceColumn}) {
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

void SourcesPage::updateTopics()
{
    // The list keeps its topic across a new list of topics or a language change.
    const QString current = m_topic->currentIndex() > 0 ? m_shownTopics.value(m_topic->currentIndex() - 1) : QString();
    m_shownTopics = m_topics;
    m_topic->blockSignals(true);
    m_topic->clear();
    m_topic->addItem(tr("All topics"));
    for (const QString& topic : std::as_const(m_topics))
        m_topic->addItem(m_model->topicName(topic));
    m_topic->setCurrentIndex(current.isEmpty() ? 0 : int(m_topics.indexOf(current)) + 1);
    m_topic->blockSignals(false);
}

void SourcesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Vigie
