// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KpiCard.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include "core/i18n/NumberFormat.h"

namespace Vigie {

KpiCard::KpiCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never shorter than its wrapped texts
    setMinimumWidth(200);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont changeFont = m_change->font();
    changeFont.setPointSizeF(changeFont.pointSizeF() * 1.2);
    m_change->setFont(changeFont);
    m_title->setWordWrap(true);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_title, m_value, m_change, m_source})
        label->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_source);
}

void KpiCard::setKpi(const Kpi& kpi)
{
    m_kpi = kpi;
    retranslate();
}

QString KpiCard::titleText() const
{
    return m_title->text();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

QString KpiCard::confidenceText(Confidence confidence) const
{
    switch (confidence) {
    case Confidence::High:
        return tr("high confidence: read in the publisher's own record");
    case Confidence::Medium:
        return tr("medium confidence: read in a reputable secondary source");
    case Confidence::Low:
        return tr("low confidence: derived, single unofficial source, or contradicted");
    }
    return {};
}

void KpiCard::retranslate()
{
    const Language lang = languageForLocale(QLocale());
    const NumberFormat format(lang);
    const Figure& figure = m_kpi.figure;
    m_title->setText(m_kpi.period.isEmpty() ? m_kpi.title.text(lang)
                                            : QStringLiteral("%1, %2").arg(m_kpi.title.text(lang), m_kpi.period.text(lang)));
    m_value->setText(figure.number ? format.value(*figure.number, figure.unit) : figure.value);
    if (m_kpi.change && m_kpi.change->number)
        m_change->setText(m_kpi.changeCaption.text(lang).arg(format.signedPercent(*m_kpi.change->number)));
    else
        m_change->clear();
    m_change->setVisible(m_kpi.change.has_value());
    m_source->setText(tr("Source: %1").arg(figure.source.shortName.text(lang)));

    // The tooltip carries the exact words of the source: data, so escaped before it becomes rich text.
    auto describe = [&](const Figure& f) {
        QString text = QStringLiteral("<b>%1</b><br/>%2 — <i>%3</i><br/>«&nbsp;%4&nbsp;»<br/>%5")
                           .arg(f.label.text(lang).toHtmlEscaped(), f.source.publisher.toHtmlEscaped(),
                                f.source.title.toHtmlEscaped(), f.quote.toHtmlEscaped(),
                                confidenceText(f.confidence).toHtmlEscaped());
        if (!f.note.text(lang).isEmpty())
            text += QStringLiteral("<br/><small>%1</small>").arg(f.note.text(lang).toHtmlEscaped());
        return text;
    };
    QString tip = describe(figure);
    if (m_kpi.change)
        tip += QStringLiteral("<hr/>") + describe(*m_kpi.change);
    setToolTip(tip);
    setAccessibleName(m_title->text());
    setAccessibleDescription(QStringLiteral("%1. %2. %3").arg(m_value->text(), m_change->text(), m_source->text()));
}

void KpiCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit sourceRequested(m_kpi.figure.key);
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit sourceRequested(m_kpi.figure.key);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Vigie
