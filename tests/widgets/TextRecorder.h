// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTextItem>

namespace Vigie::Testing {

/// One text as a painter drew it: its box in device pixels, what it says, and its size in points.
struct RecordedText {
    QRectF box;
    QRectF clip; ///< the painter's clip in device pixels, or a null rectangle when it had none
    QString text;
    double points = 0;
};

/// A paint engine that draws nothing and writes down every text: where it lands (the item's advance,
/// ascent and descent through the painter's whole transform), its clip and its size. Layout checks then need
/// no pixels, which keeps a grid of hundreds of exports fast, even under the sanitizers.
class TextRecordingEngine : public QPaintEngine {
public:
    TextRecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    int dpi = 96;
    QList<RecordedText> texts;

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override { }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override { }
    void drawPath(const QPainterPath&) override { }
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
    void drawPolygon(const QPoint*, int, PolygonDrawMode) override { }
    void drawLines(const QLineF*, int) override { }
    void drawLines(const QLine*, int) override { }
    void drawRects(const QRectF*, int) override { }
    void drawRects(const QRect*, int) override { }
    void drawEllipse(const QRectF&) override { }
    void drawPoints(const QPointF*, int) override { }
    void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override { }
    Type type() const override { return QPaintEngine::User; }

    void drawTextItem(const QPointF& p, const QTextItem& item) override
    {
        if (item.text().trimmed().isEmpty())
            return;
        const QTransform t = painter()->combinedTransform();
        const QRectF box(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        RecordedText text;
        text.box = t.mapRect(box);
        if (painter()->hasClipping())
            text.clip = t.mapRect(painter()->clipBoundingRect());
        text.text = item.text();
        // A point-sized font has no pixel size: it reads as 0 pt here, and fails any minimum.
        const double scale = std::sqrt(std::abs(t.determinant()));
        text.points = item.font().pixelSize() > 0 ? item.font().pixelSize() * scale * 72.0 / dpi : 0.0;
        texts.append(text);
    }
};

/// A device of @p pixelSize at @p dpi whose painters record texts only.
class TextRecorder : public QPaintDevice {
public:
    TextRecorder(const QSize& pixelSize, int dpi)
        : m_size(pixelSize)
        , m_dpi(dpi)
    {
        m_engine.dpi = dpi;
    }
    ~TextRecorder() override = default;

    QPaintEngine* paintEngine() const override { return &m_engine; }
    const QList<RecordedText>& texts() const { return m_engine.texts; }
    QRectF canvas() const { return QRectF(QPointF(0, 0), QSizeF(m_size)); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / m_dpi);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / m_dpi);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    int m_dpi;
    mutable TextRecordingEngine m_engine;
};

} // namespace Vigie::Testing
