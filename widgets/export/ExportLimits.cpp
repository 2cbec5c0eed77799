// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/export/ExportLimits.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace Vigie {

namespace {

constexpr double mmPerInch = 25.4;

int pixelsFor(double mm, int dpi)
{
    // To the nearest pixel, as the export dialog converts millimetres: 120 mm at 300 DPI is 1417 px.
    return int(std::lround(mm / mmPerInch * dpi));
}

QString millimetres(int pixels, int dpi)
{
    return QLocale().toString(pixels * mmPerInch / std::max(1, dpi), 'f', 1);
}

} // namespace

QSize ExportLimits::minimumPixels(int dpi)
{
    return {pixelsFor(minimumWidthMm, dpi), pixelsFor(minimumHeightMm, dpi)};
}

QSize ExportLimits::nearestAccepted(const QSize& size, int dpi)
{
    dpi = std::clamp(dpi, minimumDpi, maximumDpi);
    qint64 w = std::clamp(size.width(), 1, maximumSide);
    qint64 h = std::clamp(size.height(), 1, maximumSide);
    // Too narrow a ratio: the short side grows, as a reader asking for a strip wants its length.
    if (w > maximumAspect * h)
        h = (w + maximumAspect - 1) / maximumAspect;
    else if (h > maximumAspect * w)
        w = (h + maximumAspect - 1) / maximumAspect;
    // Too small to read: each side grows to the minimum. Growing one side only brings the ratio nearer 1:1.
    const QSize least = minimumPixels(dpi);
    w = std::max<qint64>(w, least.width());
    h = std::max<qint64>(h, least.height());
    // Too many pixels: both sides shrink alike, keeping the ratio.
    const double shrink =
        std::min({1.0, double(maximumSide) / double(std::max(w, h)), std::sqrt(double(maximumPixels) / double(w * h))});
    if (shrink < 1.0) {
        w = std::max<qint64>(least.width(), qint64(std::floor(double(w) * shrink)));
        h = std::max<qint64>(least.height(), qint64(std::floor(double(h) * shrink)));
        while (w * h > maximumPixels)
            (w > h ? w : h) -= 1;
        // Rounding down may tip the ratio over the limit by a pixel.
        w = std::min(w, maximumAspect * h);
        h = std::min(h, maximumAspect * w);
    }
    return {int(w), int(h)};
}

bool ExportLimits::accepts(const QSize& size, int dpi)
{
    return dpi >= minimumDpi && dpi <= maximumDpi && nearestAccepted(size, dpi) == size;
}

std::optional<QString> ExportLimits::refusal(const ExportOptions& options, const QList<ExportFormat>& formats)
{
    const bool picture = std::any_of(formats.cbegin(), formats.cend(), [](ExportFormat f) { return f != ExportFormat::Csv; });
    return picture ? refusal(options) : std::nullopt;
}

std::optional<QString> ExportLimits::refusal(const ExportOptions& options)
{
    if (options.dpi < minimumDpi || options.dpi > maximumDpi)
        return tr("The resolution %1 DPI is not valid: it must be between %2 and %3.")
            .arg(options.dpi)
            .arg(minimumDpi)
            .arg(maximumDpi);
    const QSize size = options.pixelSize;
    if (accepts(size, options.dpi))
        return std::nullopt;
    const QSize nearest = nearestAccepted(size, options.dpi);
    const QString asked = tr("%1 × %2 pixels at %3 DPI (%4 × %5 mm)")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(options.dpi)
                              .arg(millimetres(size.width(), options.dpi), millimetres(size.height(), options.dpi));
    return tr("Cannot export at %1: Vigie lays a chart or the map out readably from %2 × %3 mm, with sides at most %4 "
              "times as long as each other, up to %5 megapixels. The nearest size it accepts is %6 × %7 "
              "pixels.")
        .arg(asked)
        .arg(QLocale().toString(minimumWidthMm, 'f', 0), QLocale().toString(minimumHeightMm, 'f', 0))
        .arg(maximumAspect)
        .arg(maximumPixels / 1'000'000)
        .arg(nearest.width())
        .arg(nearest.height());
}

} // namespace Vigie
