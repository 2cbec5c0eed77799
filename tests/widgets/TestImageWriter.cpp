// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the one writer behind every picture export: each format written and decoded back, atomic files,
// targets that are not regular files, and write errors that the encoders would ignore.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "tests/widgets/FailDevice.h"
#include "tests/widgets/FullDisk.h"
#include "tests/widgets/ImageChecks.h"
#include "widgets/export/ImageWriter.h"

using namespace Vigie;

namespace {

const QColor paper(250, 245, 230);
const QColor ink(200, 30, 40);
const QByteArray previousContent("previous content");

/// A picture easy to check once decoded: paper, with the top-left quarter of the logical page in ink.
class Quarter : public PaintedImage
{
public:
    explicit Quarter(QImage::Format format = QImage::Format_RGB32)
        : m_format(format)
    {
    }

    void paint(QPaintDevice& device, const QSize& pixelSize, double scale) const override
    {
        QPainter painter(&device);
        painter.scale(scale, scale);
        const QSizeF logicalSize = QSizeF(pixelSize) / scale;
        painter.fillRect(QRectF(QPointF(0, 0), logicalSize / 2), ink);
        painter.drawText(QRectF(QPointF(0, 0), logicalSize), Qt::AlignCenter, QStringLiteral("Quarter text"));
    }
    QImage::Format imageFormat() const override { return m_format; }
    QColor background() const override { return paper; }
    QString title() const override { return QStringLiteral("Quarter title"); }
    QString description() const override { return QStringLiteral("Quarter description"); }

private:
    QImage::Format m_format;
};

bool near(QRgb a, QColor b, int tolerance)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
        && qAbs(qBlue(a) - b.blue()) <= tolerance;
}

ExportOptions optionsFor(ExportFormat format, QSize pixelSize = QSize(600, 400), int dpi = 96)
{
    ExportOptions options;
    options.format = format;
    options.pixelSize = pixelSize;
    options.dpi = dpi;
    return options;
}

} // namespace

/// ImageWriter on a drawing of its own, with no chart or map behind it.
class TestImageWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void renderImageKeepsTheDrawingsFormat_data();
    void renderImageKeepsTheDrawingsFormat();
    void raster_data();
    void raster();
    void pdfHasOnePageOfTheRequestedSize();
    void svgHasSizeTitleAndText();
    void csvIsNotAPicture();
    void failedExportLeavesTheExistingFile_data();
    void failedExportLeavesTheExistingFile();
    void successReplacesTheExistingFile();
    void notARegularFileIsRefused_data();
    void notARegularFileIsRefused();
    void symbolicLinksAreRefused();
    void fullDeviceFailsEveryFormat_data();
    void fullDeviceFailsEveryFormat();
    void bytesAreSavedAtomically();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QByteArray exported(const QString& name, const ExportOptions& options) const;
    QString previousFile(const QString& name) const;
    static QByteArray contents(const QString& file);
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImageWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

/// The bytes of a Quarter written to the file @p name; nothing, with a warning saying why, when it failed.
QByteArray TestImageWriter::exported(const QString& name, const ExportOptions& options) const
{
    const ExportResult result = ImageWriter::writeFile(Quarter(), path(name), options);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error));
        return {};
    }
    return contents(path(name));
}

/// Makes the file @p name, holding previousContent, and returns its path.
QString TestImageWriter::previousFile(const QString& name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(previousContent) != previousContent.size())
        qWarning("cannot make %s", qPrintable(file.fileName()));
    return file.fileName();
}

QByteArray TestImageWriter::contents(const QString& file)
{
    QFile read(file);
    return read.open(QIODevice::ReadOnly) ? read.readAll() : QByteArray();
}

void TestImageWriter::renderImageKeepsTheDrawingsFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("RGB32") << int(QImage::Format_RGB32);
    QTest::newRow("ARGB32 premultiplied") << int(QImage::Format_ARGB32_Premultiplied);
}

void TestImageWriter::renderImageKeepsTheDrawingsFormat()
{
    QFETCH(int, format);
    const ExportOptions options = optionsFor(ExportFormat::Png, QSize(800, 500), 192);
    const QImage image = ImageWriter::renderImage(Quarter(QImage::Format(format)), options);
    QCOMPARE(image.format(), QImage::Format(format));
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), 192);
    // The quarter is drawn at the logical size and scaled: 400 × 250 device pixels at any DPI.
    QCOMPARE(QColor(image.pixel(10, 10)), ink);
    QCOMPARE(QColor(image.pixel(390, 200)), ink);
    QCOMPARE(QColor(image.pixel(410, 10)), paper);
    QCOMPARE(QColor(image.pixel(790, 490)), paper);
}

void TestImageWriter::raster_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("imageFormat");
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<int>("tolerance");
    for (auto [name, imageFormat] : {std::pair{"RGB32", QImage::Format_RGB32},
                                     std::pair{"ARGB32 premultiplied", QImage::Format_ARGB32_Premultiplied}}) {
        QTest::addRow("png, %s", name) << int(ExportFormat::Png) << int(imageFormat) << QByteArray("png") << 0;
        QTest::addRow("jpeg, %s", name) << int(ExportFormat::Jpeg) << int(imageFormat) << QByteArray("jpeg") << 8;
    }
}

void TestImageWriter::raster()
{
    QFETCH(int, format);
    QFETCH(int, imageFormat);
    QFETCH(QByteArray, decoder);
    QFETCH(int, tolerance);
    const QString file = path(QStringLiteral("quarter.") + QString::fromLatin1(decoder));
    const ExportResult result = ImageWriter::writeFile(Quarter(QImage::Format(imageFormat)), file,
                                                       optionsFor(ExportFormat(format), QSize(600, 400), 150));
    QVERIFY2(result.ok(), qPrintable(result.error));

    QImageReader reader(file);
    QCOMPARE(reader.format(), decoder);
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(600, 400));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
    QVERIFY(near(image.pixel(20, 20), ink, tolerance));
    QVERIFY(near(image.pixel(580, 380), paper, tolerance));
    if (decoder == "jpeg")
        QVERIFY(!image.hasAlphaChannel());
    QCOMPARE(entries(), QStringList{QFileInfo(file).fileName()}); // no temporary file left beside it
}

void TestImageWriter::pdfHasOnePageOfTheRequestedSize()
{
    const QByteArray bytes
        = exported(QStringLiteral("quarter.pdf"), optionsFor(ExportFormat::Pdf, QSize(1600, 900), 200));
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(ImageChecks::pdfPageCount(bytes), 1);
    // 1600 px at 200 DPI = 8 in = 576 pt; 900 px = 4.5 in = 324 pt; no margins.
    QCOMPARE(ImageChecks::pdfPageSize(bytes), QSize(576, 324));
}

void TestImageWriter::svgHasSizeTitleAndText()
{
    QXmlStreamReader xml(exported(QStringLiteral("quarter.svg"), optionsFor(ExportFormat::Svg, QSize(1000, 600))));
    QString viewBox;
    QStringList titles;
    QStringList descriptions;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        else if (xml.name() == QLatin1String("title"))
            titles.append(xml.readElementText());
        else if (xml.name() == QLatin1String("desc"))
            descriptions.append(xml.readElementText());
        else if (xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, QStringLiteral("0 0 1000 600"));
    QCOMPARE(titles, QStringList{QStringLiteral("Quarter title")});
    QCOMPARE(descriptions, QStringList{QStringLiteral("Quarter description")});
    QVERIFY2(text.contains(QStringLiteral("Quarter text")), qPrintable(text));
}

void TestImageWriter::csvIsNotAPicture()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result
        = ImageWriter::write(Quarter(), buffer, QStringLiteral("quarter.csv"), optionsFor(ExportFormat::Csv));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("quarter.csv")), qPrintable(result.error));
    QVERIFY(buffer.data().isEmpty());
}

void TestImageWriter::failedExportLeavesTheExistingFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    // Both fail once the file is open: the writer has to cancel, not commit.
    QTest::newRow("csv") << int(ExportFormat::Csv) << QSize(600, 400);
    QTest::newRow("empty size") << int(ExportFormat::Png) << QSize(0, 0);
}

void TestImageWriter::failedExportLeavesTheExistingFile()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    const QString file = previousFile(QStringLiteral("keep.png"));
    QVERIFY(!ImageWriter::writeFile(Quarter(), file, optionsFor(ExportFormat(format), size)).ok());
    QCOMPARE(contents(file), previousContent);

    // And a new file is not left half-made.
    const QString fresh = path(QStringLiteral("fresh.png"));
    QVERIFY(!ImageWriter::writeFile(Quarter(), fresh, optionsFor(ExportFormat(format), size)).ok());
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(entries(), QStringList{QStringLiteral("keep.png")});
}

void TestImageWriter::successReplacesTheExistingFile()
{
    const QString file = previousFile(QStringLiteral("replace.png"));
    const ExportResult result = ImageWriter::writeFile(Quarter(), file, optionsFor(ExportFormat::Png));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QCOMPARE(image.size(), QSize(600, 400));
    QCOMPARE(entries(), QStringList{QStringLiteral("replace.png")});
}

void TestImageWriter::notARegularFileIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("bytes");
    for (bool bytes : {false, true}) {
        const char* how = bytes ? "bytes" : "picture";
        QTest::addRow("folder, %s", how) << QString() << bytes;
        QTest::addRow("/dev/full, %s", how) << QStringLiteral("/dev/full") << bytes;
    }
}

void TestImageWriter::notARegularFileIsRefused()
{
    QFETCH(QString, target);
    QFETCH(bool, bytes);
    if (target.isEmpty())
        target = m_dir->path();
    else if (!QFileInfo::exists(target))
        QSKIP("no such device on this system");

    const ExportResult result = bytes ? ImageWriter::saveBytes("a,b\n", target)
                                      : ImageWriter::writeFile(Quarter(), target, optionsFor(ExportFormat::Png));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("regular file")), qPrintable(result.error));
    QVERIFY2(result.error.contains(target), qPrintable(result.error));
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo(target).isFile());
    QVERIFY(entries().isEmpty());
}

void TestImageWriter::symbolicLinksAreRefused()
{
    // A link at the target's name, to a file outside the folder, and one that dangles: neither is followed.
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString victim = outside.filePath(QStringLiteral("victim.png"));
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep");
    file.close();
    const QString link = m_dir->filePath(QStringLiteral("chart.png"));
    const QString dangling = m_dir->filePath(QStringLiteral("new.png"));
    QVERIFY(QFile::link(victim, link));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("none.png")), dangling));
    for (const QString& target : {link, dangling}) {
        const ExportResult result = ImageWriter::writeFile(Quarter(), target, optionsFor(ExportFormat::Png));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("symbolic link")), qPrintable(result.error));
        QVERIFY(!ImageWriter::saveBytes("a,b\n", target).ok());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep"));
    QVERIFY(!QFileInfo::exists(outside.filePath(QStringLiteral("none.png"))));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestImageWriter::fullDeviceFailsEveryFormat_data()
{
    FullDisk::addRows(64); // past every format's first bytes, before its end
}

void TestImageWriter::fullDeviceFailsEveryFormat()
{
    const QString error = FullDisk::errorOfRow([](QIODevice& device, const ExportOptions& options) {
        return ImageWriter::write(Quarter(), device, QStringLiteral("full.bin"), options);
    });
    QVERIFY2(error.contains(QStringLiteral("full.bin")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("No space left")), qPrintable(error));
}

void TestImageWriter::bytesAreSavedAtomically()
{
    const QByteArray bytes("\"Year\",\"Value\"\n2023,278770\n");
    const QString file = path(QStringLiteral("table.csv"));
    const ExportResult saved = ImageWriter::saveBytes(bytes, file);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(contents(file), bytes);
    QCOMPARE(entries(), QStringList{QStringLiteral("table.csv")});

    FailDevice full(8);
    QVERIFY(full.open(QIODevice::WriteOnly));
    const ExportResult failed = ImageWriter::writeBytes(bytes, full, QStringLiteral("table.csv"));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.contains(QStringLiteral("No space left")), qPrintable(failed.error));

    QVERIFY(!ImageWriter::saveBytes(bytes, path(QStringLiteral("no/such/folder/table.csv"))).ok());
    QCOMPARE(entries(), QStringList{QStringLiteral("table.csv")});
}

QTEST_MAIN(TestImageWriter)
#include "TestImageWriter.moc"
