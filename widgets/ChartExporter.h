// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>
#include <optional>

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QString>

#include "core/charts/ChartData.h"
#include "widgets/export/ExportTypes.h"

class QPaintDevice;

namespace Vigie {

class ChartRenderer;

/// Writes charts to PNG, JPEG, PDF and SVG through the same ChartRenderer as the screen, and their numbers to
/// CSV. Files are written atomically by ImageWriter: a failed export leaves no partial file, and an existing
/// file stays as it was.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(Vigie::ChartExporter)

public:
    explicit ChartExporter(const ChartRenderer& renderer);

    /// Paints on any device, as every file format is painted: for layout checks that need no pixels.
    void paint(QPaintDevice& device, const ChartData& chart, const ExportOptions& options) const;
    QImage renderImage(const ChartData& chart, const ExportOptions& options) const;
    /// Writes to @p path through QSaveFile. Refuses anything that exists and is not a regular file (a
    /// folder, a device): replacing /dev/full with a PNG is not an export.
    ExportResult exportToFile(const ChartData& chart, const QString& path, const ExportOptions& options) const;
    /// As exportToFile, a picture's encoding and saving left to another thread (ImageWriter::writeFileInBackground).
    std::future<ExportResult> exportToFileInBackground(const ChartData& chart, const QString& path,
                                                       const ExportOptions& options) const;
    /// Writes to an open device; @p name is the name used in messages.
    ExportResult exportToDevice(const ChartData& chart, QIODevice& target, const QString& name,
                                const ExportOptions& options) const;

    /// Checks size and DPI against ExportLimits; returns a message in the interface's language that names the
    /// nearest accepted size, or nothing when they are fine.
    static std::optional<QString> validate(const ExportOptions& options);

    static QString suffix(ExportFormat format);
    /// "offences-by-year-fr.png": the name every batch export gives a file.
    static QString fileName(const QString& chartId, Language language, ExportFormat format);
    /// Every chart × language × format, with @p base's size, resolution and colours, into @p folder.
    /// Every language × format of the subject @p id ("map", a chart's id), with @p base's size, resolution and
    /// colours, into @p folder: the file names every batch export gives.
    static QList<ExportFile> planFiles(const QString& id, const QList<Language>& languages,
                                       const QList<ExportFormat>& formats, const ExportOptions& base,
                                       const QString& folder);
    static QList<ExportJob> plan(const QList<ChartData>& charts, const QList<Language>& languages,
                                 const QList<ExportFormat>& formats, const ExportOptions& base, const QString& folder);
    static std::optional<ExportFormat> formatFromName(const QString& name); ///< "png", "jpg", "jpeg", "pdf", "svg"

private:
    /// The chart's table as CSV, in @p language.
    QByteArray csv(const ChartData& chart, Language language) const;

    const ChartRenderer& m_renderer;
};

} // namespace Vigie
