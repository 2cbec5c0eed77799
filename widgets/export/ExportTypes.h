// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

#include "core/charts/ChartData.h"
#include "core/i18n/Language.h"

namespace Vigie {

/// The kinds of file an export writes.
enum class ExportFormat
{
    Png,
    Jpeg,
    Pdf,
    Svg,
    Csv, ///< the chart's numbers, as its table shows them
};

/// What an export asks for: format, size in pixels, resolution, language and colours.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize{1600, 900};
    int dpi = 96;
    Language language = Language::English;
    bool dark = false;
};

/// One file of a batch whose subject is known from elsewhere (the map's): with which options, where.
struct ExportFile
{
    ExportOptions options;
    QString path;
};

/// One file of a batch: which chart, with which options, where.
struct ExportJob
{
    ChartData chart;
    ExportOptions options;
    QString path;
};

/// How an export went: nothing on success, else why not.
struct ExportResult
{
    QString error; ///< empty on success, else a message in the interface's language
    bool ok() const { return error.isEmpty(); }
};

} // namespace Vigie
