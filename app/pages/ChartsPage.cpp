// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/ChartsPage.h"

#include <QEvent>
#include <QCoreApplication>
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

void ChartsPage::retranslate()
{
    const Language language = languageForLocale(QLocale());
    for (int i = 0; i < m_charts.size(); ++i) {
        m_tabs->setTabText(i, m_charts.at(i)->chart().title.text(language));
        m_tabs->setTabToolTip(i, RichText::fromPlain(m_charts.at(i)->chart().summary.text(language)));
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
