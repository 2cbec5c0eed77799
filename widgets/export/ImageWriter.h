// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <future>
#include <optional>

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "widgets/export/ExportTypes.h"

class QIODevice;
class QPaintDevice;

namespace Vigie {

/// Something that paints itself, whole, at any size and scale: a chart with its footer, a map page.
class PaintedImage {
public:
    virtual ~PaintedImage() = default;

    /// Begins its own painter on @p device and paints @p pixelSize device pixels, drawn at 96 DPI and scaled
    /// by @p scale; the drawing chooses its own logical size from the two.
    virtual void paint(QPaintDevice& device, const QSize& pixelSize, double scale) const = 0;
    /// The pixel format of its PNG and JPEG pictures.
    virtual QImage::Format imageFormat() const = 0;
    /// What a picture is filled with before the drawing paints on it.
    virtual QColor background() const = 0;
    /// The title of a PDF or SVG file.
    virtual QString title() const = 0;
    /// The description of an SVG file.
    virtual QString description() const = 0;
};

/// Turns a PaintedImage into PNG, JPEG, PDF or SVG. Files are written atomically (QSaveFile): a failed
/// export leaves no partial file, and an existing file stays as it was. Write errors are never ignored,
/// even where QPdfWriter and QSvgGenerator would ignore them.
class ImageWriter {
    Q_DECLARE_TR_FUNCTIONS(Vigie::ImageWriter)

public:
    /// Paints @p drawing on any @p device at @p options' size and resolution, as every format does: laid out
    /// in logical pixels for the physical size asked, and scaled once to the resolution.
    static void paint(const PaintedImage& drawing, QPaintDevice& device, const ExportOptions& options);
    /// The picture of @p drawing at @p options' size and resolution, in the drawing's pixel format.
    static QImage renderImage(const PaintedImage& drawing, const ExportOptions& options);
    /// Writes @p drawing in @p options' format to an open device; @p name is the name used in messages.
    static ExportResult write(const PaintedImage& drawing, QIODevice& target, const QString& name,
                              const ExportOptions& options);
    /// Writes @p drawing to @p path through QSaveFile. Refuses anything that exists and is not a regular
    /// file (a folder, a device): replacing /dev/full with a PNG is not an export.
    static ExportResult writeFile(const PaintedImage& drawing, const QString& path, const ExportOptions& options);
    /// As writeFile, but a PNG or JPEG picture of up to backgroundPixels is only drawn here (a drawing may
    /// need the GUI thread) and is encoded and saved on another thread: a batch then draws its next picture
    /// while this one is compressed, which is most of the work. Other files are written before it returns.
    static std::future<ExportResult> writeFileInBackground(const PaintedImage& drawing, const QString& path,
                                                           const ExportOptions& options);
    static constexpr qint64 backgroundPixels = 16'000'000;

    /// Writes @p bytes to an open device; @p name is the name used in messages.
    static ExportResult writeBytes(const QByteArray& bytes, QIODevice& target, const QString& name);
    /// Saves @p bytes to @p path with the same guarantees as writeFile: atomic, regular files only.
    static ExportResult saveBytes(const QByteArray& bytes, const QString& path);

private:
    /// Why @p options cannot be written at all (no typeface, no size), or nothing.
    static std::optional<ExportResult> refusal(const QString& name, const ExportOptions& options);
    /// Encodes @p image as a PNG or JPEG into @p target; any thread.
    static ExportResult encode(QImage image, QIODevice& target, const QString& name, const ExportOptions& options);
    /// Opens @p path through QSaveFile, has @p write fill it, and commits only when it succeeded.
    static ExportResult save(const QString& path, const std::function<ExportResult(QIODevice&)>& write);
};

} // namespace Vigie
