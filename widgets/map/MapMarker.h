// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

namespace Vigie {

/// A centre's marker as a focusable button laid over the map, so that keyboard and screen-reader users reach
/// the centres in the tab order. The renderer draws the marker itself; this widget only draws a focus ring.
class MapMarker : public QAbstractButton
{
    Q_OBJECT

public:
    MapMarker(const QString& centreId, QWidget* parent = nullptr);

    QString centreId() const { return m_centreId; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_centreId;
};

} // namespace Vigie
