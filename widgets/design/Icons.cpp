// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Icons.h"

#include <memory>

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Vigie::Icons {

namespace {

/// Draws the SVG in one colour per mode, at the size asked for, when first asked: a window on one screen
/// draws each icon once or twice, rather than at every scale factor ahead of time (which cost start-up a
/// sixth of its time).
class TintedIconEngine : public QIconEngine
{
public:
    TintedIconEngine(const QString& path, const QPalette& palette)
        : m_path(path)
        , m_normal(palette.color(QPalette::WindowText))
        , m_selected(palette.color(QPalette::HighlightedText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
    {
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        const QSize pixels = (QSizeF(size) * scale).toSize(); // from Qt 6.8, the size is asked before scaling
#else
        const QSize pixels = size; // up to Qt 6.7, in device pixels already multiplied by the scale
#endif
        return pixmapOf(pixels, mode, scale);
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmapOf((QSizeF(rect.size()) * ratio).toSize(), mode, ratio));
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new TintedIconEngine(*this); }
    QString key() const override { return QStringLiteral("VigieTinted"); }
    bool isNull() override { return m_path.isEmpty(); }

private:
    /// The icon drawn at @p pixels device pixels, for a screen of @p scale.
    QPixmap pixmapOf(const QSize& pixels, QIcon::Mode mode, qreal scale)
    {
        const QString key
            = QStringLiteral("%1x%2@%3:%4").arg(pixels.width()).arg(pixels.height()).arg(scale).arg(int(mode));
        if (const auto found = m_cache.constFind(key); found != m_cache.cend())
            return *found;
        QPixmap pixmap = draw(pixels, colourFor(mode));
        pixmap.setDevicePixelRatio(scale);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QColor colourFor(QIcon::Mode mode) const
    {
        switch (mode) {
        case QIcon::Selected:
            return m_selected;
        case QIcon::Disabled:
            return m_disabled;
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return m_normal;
    }

    QPixmap draw(const QSize& pixels, const QColor& colour) const
    {
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        if (!m_svg) // parsed when first drawn, once for every size and mode
            m_svg = std::make_shared<QSvgRenderer>(m_path);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        m_svg->render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        // Keep the drawing's shape, in the theme's colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        return pixmap;
    }

    QString m_path;
    QColor m_normal;
    QColor m_selected;
    QColor m_disabled;
    mutable std::shared_ptr<QSvgRenderer> m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon tinted(const QString& name, const QPalette& palette)
{
    const QString path = QStringLiteral(":/navigation/%1.svg").arg(name);
    if (!QFile::exists(path)) // an embedded resource: there, or left out of the build
        return {};
    return QIcon(new TintedIconEngine(path, palette));
}

} // namespace Vigie::Icons
