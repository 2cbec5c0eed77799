// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSize>

// Helpers for tests that decode rendered images and documents.
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

/// Number of pages in a PDF file's bytes.
inline int pdfPageCount(const QByteArray& pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "));
}

/// The first page's size in whole points (1600 px at 200 DPI: 576 pt), from its MediaBox; empty when it has none.
inline QSize pdfPageSize(const QByteArray& pdf)
{
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return {};
    return QSize(qRound(match.captured(1).toDouble()), qRound(match.captured(2).toDouble()));
}

} // namespace ImageChecks
