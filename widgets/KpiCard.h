// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include "core/charts/Kpi.h"

class QLabel;

namespace Vigie {
class Sparkline;
}

namespace Vigie {

/// A headline figure: its title, value, change and source. Hovering shows the source's exact words;
/// clicking asks for the figure in the sources view.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(QWidget* parent = nullptr);

    void setKpi(const Kpi& kpi);
    const Kpi& kpi() const { return m_kpi; }

    QString valueText() const;
    QString changeText() const;
    QString titleText() const;
    QString sourceText() const; ///< "Source: …", the short citation
    const Sparkline* trendLine() const { return m_trend; }

    /// The height the title takes at a card width of @p width, and the height it is given (KpiGrid gives the
    /// cards of a row one title height, so that their figures align).
    int titleHeightFor(int width) const;
    /// A key that changes whenever the card's texts or fonts do, and so may its least width.
    size_t textsKey() const;
    void setTitleHeight(int height);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void sourceRequested(const QString& figureKey);
    /// Copy citation, from the card's context menu: the key of the figure to cite.
    void citationRequested(const QString& figureKey);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void retranslate();
    QString confidenceText(Confidence confidence) const;

    Kpi m_kpi;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
    QLabel* m_source;
    Sparkline* m_trend;
};

} // namespace Vigie
