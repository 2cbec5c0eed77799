// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/SourcesPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
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
#include "core/models/SourcesModel.h"

namespace Vigie {

SourcesPage::SourcesPage(const AppContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_model(new SourcesModel(context.translations, this))
    , m_proxy(new SourcesFilterModel(this))
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_topic(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_open(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SourcesModel::SortRole); // values as numbers: 8 %, 68 %, 70 %, 707

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SourcesModel::FigureColumn, QHeaderView::Stretch);
    // The other columns start narrow, so that the figure's label keeps room in a small window; each can be
    // widened, and its whole text is in the details below.
    const int character = m_table->fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : {std::pair {SourcesModel::ValueColumn, 11}, {SourcesModel::UnitColumn, 14},
                                             {SourcesModel::PeriodColumn, 10}, {SourcesModel::SourceColumn, 16},
                                             {SourcesModel::ConfidenceColumn, 10}})
        m_table->horizontalHeader()->resizeSection(column, characters * character);
    m_table->setWordWrap(false);
    // Copy citation, from a row's context menu or Ctrl+Shift+C... on the Sources page, the row's figure.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        const Figure* f = index.isValid() ? m_model->figure(m_proxy->mapToSource(index).row()) : nullptr;
        if (!f)
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy &Citation"), this, [this, key = f->key] { emit citationRequested(key); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    m_details->setOpenLinks(false);
    m_open->setEnabled(false);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setTopic(index > 0 ? m_topics.value(index - 1) : QString());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesPage::updateDetails);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_proxy->mapToSource(m_table->currentIndex()).row();
        if (const Figure* f = m_model->figure(row))
            openSourceUrl(f->source.link());
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { openSourceUrl(url.toString()); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_topic, 1);
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
    reload();
    connect(&m_context.userData, &UserData::figuresChanged, this, &SourcesPage::reload);
}

void SourcesPage::reload()
{
    const QList<Figure> figures = m_context.database.figures() + m_context.userData.figures();
    m_model->setFigures(figures);
    // In order of first use; a set says which are in already (a million figures may hold many topics).
    m_topics.clear();
    QSet<QString> seen;
    for (const Figure& f : std::as_const(figures)) {
        if (!seen.contains(f.topic)) {
            seen.insert(f.topic);
            m_topics.append(f.topic);
        }
    }
    retranslate();
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
    return m_proxy->rowCount();
}

QString SourcesPage::selectedKey() const
{
    return m_table->currentIndex().data(SourcesModel::KeyRole).toString();
}

bool SourcesPage::showFigure(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        m_topic->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void SourcesPage::showTopic(const QString& topic)
{
    m_filter->clear();
    m_topic->setCurrentIndex(int(m_topics.indexOf(topic)) + 1);
}

void SourcesPage::updateCount()
{
    m_count->setText(tr("%Ln figure(s)", nullptr, m_proxy->rowCount()));
}

void SourcesPage::updateDetails()
{
    const Language language = languageForLocale(QLocale());
    const Figure* f = m_model->figure(m_proxy->mapToSource(m_table->currentIndex()).row());
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
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> — %3</p>")
                       .arg(f->label.text(language).toHtmlEscaped(), value.toHtmlEscaped(),
                            FigureText::period(*f, language).toHtmlEscaped());
    // The one citation, as every page and export gives it; then what stands behind it.
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Source:").toHtmlEscaped(), CitationFormat(language).full(f->source).toHtmlEscaped());
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
                .arg(tr("The source's own words:").toHtmlEscaped(), f->quote.toHtmlEscaped());
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
    m_table->setAccessibleName(tr("Figures and their sources"));
    m_open->setText(tr("&Open the source in the browser"));
    const int current = m_topic->currentIndex();
    m_topic->blockSignals(true);
    m_topic->clear();
    m_topic->addItem(tr("All topics"));
    for (const QString& topic : std::as_const(m_topics))
        m_topic->addItem(m_model->topicName(topic));
    m_topic->setCurrentIndex(std::max(0, current));
    m_topic->blockSignals(false);
    updateCount();
    updateDetails();
    emit titleChanged();
}

void SourcesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Vigie
