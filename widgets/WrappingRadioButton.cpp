// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WrappingRadioButton.h"

#include <QPainter>
#include <QStyleOptionButton>
#include <QStylePainter>

#include "widgets/design/FocusMark.h"

namespace Vigie {

namespace {
constexpr int textFlags = Qt::TextWordWrap | Qt::TextShowMnemonic | Qt::AlignLeft | Qt::AlignTop;
// Room round the indicator and the text for the focus mark, which rings the whole button.
constexpr int room = int(FocusMark::width) + 1;
}

WrappingRadioButton::WrappingRadioButton(QWidget* parent)
    : QRadioButton(parent)
{
    // A radio button's own policy takes its one-line width as its least; this one may wrap narrower.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrappingRadioButton::indicatorWidth() const
{
    return style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
}

QRect WrappingRadioButton::textRect(int width) const
{
    const int textWidth = std::max(1, width - indicatorWidth() - 2 * room);
    return fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), textFlags, text());
}

QSize WrappingRadioButton::sizeHint() const
{
    // On one line where there is room.
    const QSize line = fontMetrics().size(Qt::TextShowMnemonic, text());
    const int indicator = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, nullptr, this);
    return {indicatorWidth() + line.width() + 2 * room, std::max(indicator, line.height()) + 2 * room};
}

QSize WrappingRadioButton::minimumSizeHint() const
{
    // As narrow as its longest word.
    int word = 0;
    for (const QString& part : text().split(u' ', Qt::SkipEmptyParts))
        word = std::max(word, fontMetrics().horizontalAdvance(part));
    const int width = indicatorWidth() + word + 2 * room;
    return {width, heightForWidth(width)};
}

int WrappingRadioButton::heightForWidth(int width) const
{
    const int indicator = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, nullptr, this);
    return std::max(indicator, textRect(width).height()) + 2 * room;
}

void WrappingRadioButton::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The indicator beside the first line, drawn here in the theme's text and highlight colours: the
    // style's own outline is derived from the window colour, and all but vanishes on a dark one.
    const int indicator = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, nullptr, this);
    const int lineHeight = fontMetrics().height();
    const QRectF ring = QRectF(room, room + std::max(0, (lineHeight - indicator) / 2), indicator, indicator)
                            .adjusted(1, 1, -1, -1);
    QColor outline = palette().color(foregroundRole());
    outline.setAlphaF(isEnabled() ? 0.65 : 0.35);
    painter.setPen(QPen(outline, 1.2));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawEllipse(ring);
    if (isChecked()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(isEnabled() ? QPalette::Highlight : QPalette::Mid));
        painter.drawEllipse(ring.adjusted(ring.width() * 0.27, ring.height() * 0.27, -ring.width() * 0.27,
                                          -ring.height() * 0.27));
    }
    const QRect text = rect().adjusted(room + indicatorWidth(), room, -room, -room);
    painter.setPen(palette().color(foregroundRole())); // in the widget's own colour group (disabled, inactive)
    painter.drawText(text, textFlags, this->text());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect();
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

bool WrappingRadioButton::hitButton(const QPoint& pos) const
{
    return rect().contains(pos);
}

} // namespace Vigie
