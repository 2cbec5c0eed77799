// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QTest>

#include "tests/widgets/FailDevice.h"
#include "widgets/export/ExportTypes.h"

// Every picture format written to a disk that fills up, for the tests of each exporter.
namespace FullDisk {

/// Columns "format" (an ExportFormat, as int) and "capacity": each picture format on a disk full at once, and on
/// one full after @p later bytes.
inline void addRows(qint64 later)
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("capacity");
    for (auto [name, format] :
         {std::pair{"png", Vigie::ExportFormat::Png}, std::pair{"jpeg", Vigie::ExportFormat::Jpeg},
          std::pair{"pdf", Vigie::ExportFormat::Pdf}, std::pair{"svg", Vigie::ExportFormat::Svg}}) {
        QTest::addRow("%s, full at once", name) << int(format) << qint64(0);
        QTest::addRow("%s, full after %lld bytes", name, static_cast<long long>(later)) << int(format) << later;
    }
}

/// What @p write says when it exports 600 × 400 pixels in the current row's format to a device full after the
/// row's capacity: empty when it wrongly succeeds.
inline QString errorOfRow(const std::function<Vigie::ExportResult(QIODevice&, const Vigie::ExportOptions&)>& write)
{
    QFETCH(int, format);
    QFETCH(qint64, capacity);
    Vigie::ExportOptions options;
    options.format = Vigie::ExportFormat(format);
    options.pixelSize = QSize(600, 400);
    FailDevice device(capacity);
    device.open(QIODevice::WriteOnly);
    return write(device, options).error;
}

} // namespace FullDisk
