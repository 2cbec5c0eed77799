// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/export/ImageWriter.h"

#include <system_error>

#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "widgets/Typeface.h"

namespace Vigie {

namespace {

constexpr double screenDpi = 96.0; ///< the resolution at which drawings lay themselves out
constexpr int jpegQuality = 92;

/// Passes writes through to a device and remembers any that fails: QPdfWriter and QSvgGenerator ignore
/// write errors, so a full disk would otherwise pass for a finished export.
class CheckedWriter : public QIODevice {
public:
    explicit CheckedWriter(QIODevice& target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_failed)
            return -1;
        if (m_target.write(data, length) != length) {
            m_failed = true;
            return -1;
        }
        return length;
    }

private:
    QIODevice& m_target;
    bool m_failed = false;
};

QString cannotWrite(const QString& name, const QString& reason)
{
    return ImageWriter::tr("Cannot write “%1”: %2").arg(name, reason);
}

} // namespace

void ImageWriter::paint(const PaintedImage& drawing, QPaintDevice& device, const ExportOptions& options)
{
    drawing.paint(device, options.pixelSize, options.dpi / screenDpi);
}

QImage ImageWriter::renderImage(const PaintedImage& drawing, const ExportOptions& options)
{
    QImage image(options.pixelSize, drawing.imageFormat());
    image.fill(drawing.background());
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    paint(drawing, image, options);
    return image;
}

std::optional<ExportResult> ImageWriter::refusal(const QString& name, const ExportOptions& options)
{
    // Without its typeface a drawing's every letter is an empty box: better no file than that one.
    if (!Typeface::ensureLoaded())
        return ExportResult {tr("Cannot write “%1”: the typeface Vigie draws its text with is missing from this "
                                "build, so every letter would be an empty box.")
                                 .arg(name)};
    if (options.pixelSize.isEmpty() || options.dpi <= 0)
        return ExportResult {tr("Cannot write “%1”: %2 × %3 pixels at %4 DPI is not a size to export.")
                                 .arg(name)
                                 .arg(options.pixelSize.width())
                                 .arg(options.pixelSize.height())
                                 .arg(options.dpi)};
    return std::nullopt;
}

ExportResult ImageWriter::encode(QImage image, QIODevice& target, const QString& name, const ExportOptions& options)
{
    CheckedWriter device(target);
    const bool jpeg = options.format == ExportFormat::Jpeg;
    if (jpeg && image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_RGB32); // JPEG has no alpha channel
    QImageWriter writer(&device, jpeg ? "jpeg" : "png");
    if (jpeg)
        writer.setQuality(jpegQuality);
    const bool written = writer.write(image);
    const QString encoderError = writer.errorString(); // why QImageWriter failed, when the device did not
    device.close();
    if (!written || device.failed())
        return {cannotWrite(name, device.failed() ? target.errorString() : encoderError)};
    return {};
}

std::future<ExportResult> ImageWriter::writeFileInBackground(const PaintedImage& drawing, const QString& path,
                                                             const ExportOptions& options)
{
    const bool picture = options.format == ExportFormat::Png || options.format == ExportFormat::Jpeg;
    const std::optional<ExportResult> refused = refusal(path, options);
    // Vector files draw as they write, and very large pictures would be two in memory at once: those are
    // written here and now.
    if (refused || !picture || qint64(options.pixelSize.width()) * options.pixelSize.height() > backgroundPixels) {
        std::promise<ExportResult> done;
        done.set_value(refused ? *refused : writeFile(drawing, path, options));
        return done.get_future();
    }
    QImage image = renderImage(drawing, options);
    auto encodeAndSave = [image = std::move(image), path, options] {
        return save(path, [&](QIODevice& file) { return encode(image, file, path, options); });
    };
    try {
        return std::async(std::launch::async, encodeAndSave);
    } catch (const std::system_error&) { // no thread to be had: here and now, then
        std::promise<ExportResult> done;
        done.set_value(encodeAndSave());
        return done.get_future();
    }
}

ExportResult ImageWriter::write(const PaintedImage& drawing, QIODevice& target, const QString& name,
                                const ExportOptions& options)
{
    if (const auto refused = refusal(name, options))
        return *refused;
    if (options.format == ExportFormat::Png || options.format == ExportFormat::Jpeg)
        return encode(renderImage(drawing, options), target, name, options);
    CheckedWriter device(target);
    switch (options.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg:
        break; // encoded above
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&device);
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(options.pixelSize) / options.dpi, QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(drawing.title());
        pdf.setCreator(QStringLiteral("Vigie " VIGIE_VERSION));
        paint(drawing, pdf, options);
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(options.pixelSize);
        svg.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
        svg.setResolution(options.dpi);
        svg.setTitle(drawing.title());
        svg.setDescription(drawing.description());
        paint(drawing, svg, options);
        break;
    }
    case ExportFormat::Csv:
        return {tr("Cannot write “%1”: a picture has no table of numbers to save as CSV.").arg(name)};
    }
    device.close(); // the generators write their last bytes when their painter ends; this flushes nothing more
    if (device.failed())
        return {cannotWrite(name, target.errorString())};
    return {};
}

ExportResult ImageWriter::writeFile(const PaintedImage& drawing, const QString& path, const ExportOptions& options)
{
    return save(path, [&](QIODevice& file) { return write(drawing, file, path, options); });
}

ExportResult ImageWriter::writeBytes(const QByteArray& bytes, QIODevice& target, const QString& name)
{
    if (target.write(bytes) != bytes.size())
        return {cannotWrite(name, target.errorString())};
    return {};
}

ExportResult ImageWriter::saveBytes(const QByteArray& bytes, const QString& path)
{
    return save(path, [&](QIODevice& file) { return writeBytes(bytes, file, path); });
}

ExportResult ImageWriter::save(const QString& path, const std::function<ExportResult(QIODevice&)>& write)
{
    const QFileInfo info(path);
    // QSaveFile writes through a symbolic link to its target, wherever that is, even when the link dangles:
    // an export never follows one out of the folder the user chose.
    if (info.isSymLink())
        return {tr("Cannot write “%1”: it is a symbolic link, and Vigie does not write through links.").arg(path)};
    if (info.exists() && !info.isFile())
        return {tr("Cannot write “%1”: it is not a regular file.").arg(path)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {cannotWrite(path, file.errorString())};
    ExportResult result = write(file);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return {cannotWrite(path, file.errorString())};
    return {};
}

} // namespace Vigie
