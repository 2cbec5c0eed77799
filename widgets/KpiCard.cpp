// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KpiCard.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "widgets/Sparkline.h"
#include "widgets/design/Card.h"
#include "widgets/design/FocusMark.h"
#include "widgets/design/Typography.h"

namespace Vigie {

KpiCard::KpiCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_source(new QLabel(this))
    , m_trend(new Sparkline(this))
{
    setObjectName(QStringLiteral("kpiCard"));
    setFrameShape(QFrame::NoFrame); // drawn in paintEvent, as a card of the theme
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never shorter than its wrapped texts

    Typography::apply(m_value, Typography::Role::Figure);
    Typography::apply(m_change, Typography::Role::Lead);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_change->setWordWrap(true);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_title, m_value, m_change, m_source})
        label->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_trend);
    layout->addWidget(m_source);
    layout->addStretch(); // a card taller than its texts (a row shares one height) grows at the bottom
}

void KpiCard::setKpi(const Kpi& kpi)
{
    m_kpi = kpi;
    retranslate();
}

int KpiCard::titleHeightFor(int width) const
{
    // Measured from the text itself, not the label, whose answer depends on the minimum height given it.
    const QMargins margins = layout()->contentsMargins() + contentsMargins();
    const int textWidth = std::max(1, width - margins.left() - margins.right() - 2 * frameWidth());
    const QRect text = m_title->fontMetrics().boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap,
                                                           m_title->text());
    return text.height() + m_title->contentsMargins().top() + m_title->contentsMargins().bottom();
}

size_t KpiCard::textsKey() const
{
    size_t key = 0;
    for (const QLabel* label : {m_title, m_value, m_change, m_source})
        key = qHashMulti(key, label->text(), label->font().key());
    return key;
}

void KpiCard::setTitleHeight(int height)
{
    if (m_title->minimumHeight() != height) // an unchanged height asks for no new layout
        m_title->setMinimumHeight(height);
}

int KpiCard::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

QString KpiCard::titleText() const
{
    return m_title->text();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::sourceText() const
{
    return m_source->text();
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
    // A value with a caveat (low confidence, or a note) keeps its mark here as everywhere; the tooltip says why.
    m_value->setText(FigureText::markedValue(figure, lang));
    if (m_kpi.change && m_kpi.change->number) {
        QString change = m_kpi.changeCaption.text(lang).arg(format.signedPercent(*m_kpi.change->number));
        if (FigureText::hasCaveat(*m_kpi.change))
            change += FigureText::caveatMark();
        m_change->setText(change);
    } else {
        m_change->clear();
    }
    m_change->setVisible(m_kpi.change.has_value());
    const CitationFormat citation(lang);
    m_source->setText(tr("Source: %1").arg(citation.brief(figure.source)));
    m_trend->setPoints(m_kpi.trend);
    m_trend->setAccessibleName(m_kpi.trendLabel.text(lang));
    m_trend->setToolTip(m_kpi.trendLabel.text(lang));

    // The tooltip carries the exact words of the source: data, so escaped before it becomes rich text.
    auto describe = [&](const Figure& f) {
        QString text = QStringLiteral("<b>%1</b><br/>%2<br/>«&nbsp;%3&nbsp;»<br/>%4")
                           .arg(f.label.text(lang).toHtmlEscaped(),
                                tr("Source: %1").arg(citation.full(f.source)).toHtmlEscaped(),
                                f.quote.toHtmlEscaped(), confidenceText(f.confidence).toHtmlEscaped());
        if (!f.note.text(lang).isEmpty())
            text += QStringLiteral("<br/><small>%1 %2</small>")
                        .arg(FigureText::caveatMark(), f.note.text(lang).toHtmlEscaped());
        return text;
    };
    QString tip = describe(figure);
    if (m_kpi.change)
        tip += QStringLiteral("<hr/>") + describe(*m_kpi.change);
    setToolTip(tip);
    setAccessibleName(m_title->text());
    // The figure, its change and its source, then what Enter does, as a click does.
    QStringList said{m_value->text()};
    if (!m_change->text().isEmpty())
        said.append(m_change->text());
    said.append(m_source->text());
    said.append(tr("Enter shows it on the Sources page"));
    setAccessibleDescription(said.join(QStringLiteral(". ")) + u'.');
}

void KpiCard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    Card::paint(painter, rect(), palette(), FocusMark::shows(*this));
}

void KpiCard::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    update(); // the focus mark
}

void KpiCard::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
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

void KpiCard::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy &Citation"), this, [this] { emit citationRequested(m_kpi.figure.key); });
    if (m_kpi.change)
        menu.addAction(tr("Copy Citation of “%1”").arg(m_change->text()), this,
                       [this] { emit citationRequested(m_kpi.change->key); });
    menu.addAction(tr("Show in Sources"), this, [this] { emit sourceRequested(m_kpi.figure.key); });
    menu.exec(event->globalPos());
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
