// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRadioButton>

namespace Vigie {

/// A radio button whose text wraps onto as many lines as its width needs, instead of being cut: a long
/// treaty name in French stays whole in a narrow side panel.
class WrappingRadioButton : public QRadioButton
{
    Q_OBJECT

public:
    explicit WrappingRadioButton(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool hitButton(const QPoint& pos) const override;

private:
    int indicatorWidth() const; ///< the indicator and the space after it
    QRect textRect(int width) const;
};

} // namespace Vigie
