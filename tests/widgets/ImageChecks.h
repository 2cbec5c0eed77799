// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QSet>

// Helpers for tests that decode rendered images.
namespace ImageChecks {

/// Number of distinct colours in a sample grid: a blank or single-colour image has 1.
inline int distinctColours(const QImage& image, int step = 7)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

/// Share of sampled pixels that differ from the top-left (background) pixel.
inline double inkRatio(const QImage& image, int step = 3)
{
    const QRgb background = image.pixel(0, 0);
    int ink = 0;
    int total = 0;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            ++total;
            if (image.pixel(x, y) != background)
                ++ink;
        }
    }
    return total ? double(ink) / total : 0;
}

} // namespace ImageChecks
