// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/ChartsPage.h"

#include <QEvent>
#include <QCoreApplication>
#include <QHash>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/RichText.h"
#include "widgets/ChartView.h"

namespace Vigie {

ChartsPage::ChartsPage(const AppContext& context, QWidget* parent)
    : ChartPage(context.exporter, parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    for (const QString& id : ChartCatalog::chartIds()) {
        const auto chart = context.catalog.chart(id);
        if (!chart)
            continue; // the catalogue lists it, but this database lacks its data: leave it out
        auto* view = new ChartView(context.renderer, m_tabs);
        view->setChart(*chart);
        connectChart(view);
        m_charts.append(view);
        m_tabs->addTab(view, QString());
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    reloadUserFigures();
    retranslate();
    connect(&m_context.userData, &UserData::figuresChanged, this, &ChartsPage::reloadUserFigures);
}

void ChartsPage::reloadUserFigures()
{
    std::optional<ChartData> chart;
    if (const ThreatDatabase* user = m_context.userData.reader())
        chart = m_context.catalog.userFigures(*user);
    if (!chart) {
        if (m_userChart) {
            m_charts.removeOne(m_userChart);
            delete m_userChart; // QTabWidget drops the tab of a deleted page
            m_userChart = nullptr;
        }
        return;
    }
    if (!m_userChart) {
        m_userChart = new ChartView(m_context.renderer, m_tabs);
        connectChart(m_userChart);
        m_charts.append(m_userChart);
        m_tabs->addTab(m_userChart, QString());
    }
    m_userChart->setChart(*chart);
    retranslate();
}

QString ChartsPage::pageTitle()
{
    return tr("Charts");
}

ChartView* ChartsPage::activeChart() const
{
    return qobject_cast<ChartView*>(m_tabs->currentWidget());
}

bool ChartsPage::showChart(const QString& id)
{
    for (ChartView* view : m_charts) {
        if (view->chart().id == id) {
            m_tabs->setCurrentWidget(view);
            return true;
        }
    }
    return false;
}

bool ChartsPage::showPoint(const QString& figureKey)
{
    for (ChartView* view : std::as_const(m_charts)) {
        if (view->showPoint(figureKey)) {
            m_tabs->setCurrentWidget(view);
            view->focusChart(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QString ChartsPage::tabTitle(const QString& chartId)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("offences-by-year"), QT_TR_NOOP("Offences")},
        {QStringLiteral("offences-by-category-2023"), QT_TR_NOOP("By category")},
        {QStringLiteral("anssi-ransomware"), QT_TR_NOOP("Ransomware")},
        {QStringLiteral("health-incidents"), QT_TR_NOOP("Health")},
        {QStringLiteral("budapest-parties"), QT_TR_NOOP("Budapest")},
        {QStringLiteral("events-timeline"), QT_TR_NOOP("Timeline")},
        {ChartCatalog::userFiguresId(), QT_TR_NOOP("Your figures")},
    };
    const char* title = titles.value(chartId);
    return title ? tr(title) : QString();
}

void ChartsPage::retranslate()
{
    const Language language = languageForLocale(QLocale());
    for (int i = 0; i < m_charts.size(); ++i) {
        const ChartData& chart = m_charts.at(i)->chart();
        const QString tab = tabTitle(chart.id);
        m_tabs->setTabText(i, tab.isEmpty() ? chart.title.text(language) : tab);
        // The full title first, then what the chart says.
        m_tabs->setTabToolTip(i, QStringLiteral("<b>%1</b><br>%2").arg(RichText::fromPlain(chart.title.text(language)),
                                                                    RichText::fromPlain(chart.summary.text(language))));
    }
    m_tabs->setAccessibleName(tr("Charts"));
    // QTabBar names its scroll buttons once, at creation, and never again: name them in Qt's own catalogue.
    if (QTabBar* bar = m_tabs->tabBar()) {
        const QList<QToolButton*> buttons = bar->findChildren<QToolButton*>();
        // Held in variables so that lupdate leaves Qt's messages to Qt's catalogue.
        const char* const qtContext = "QTabBar";
        const char* const names[] = {"Scroll Left", "Scroll Right"};
        for (qsizetype i = 0; i < std::min<qsizetype>(buttons.size(), 2); ++i)
            buttons.at(i)->setAccessibleName(QCoreApplication::translate(qtContext, names[i]));
    }
    emit titleChanged();
}

void ChartsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPage::changeEvent(event);
}

} // namespace Vigie
