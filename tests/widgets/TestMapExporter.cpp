// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "core/i18n/Translations.h"
#include "tests/MapFixtures.h"
#include "tests/widgets/FullDisk.h"
#include "widgets/map/MapExporter.h"
#include "widgets/map/MapRenderer.h"

using namespace Vigie;

/// Map exports, decoded back: PNG size and content, SVG that parses and carries the attribution, PDF header,
/// atomic failure, targets that are not regular files, full disks.
class TestMapExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void png_data();
    void png();
    void hoverIsNotExported();
    void svg();
    void pdf();
    void invalidOptionsLeaveNoFile();
    void csvIsRefused();
    void notARegularFileIsRefused_data();
    void notARegularFileIsRefused();
    void fullDiskFailsEveryFormat_data();
    void fullDiskFailsEveryFormat();

private:
    MapScene scene() const;

    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MapRenderer> m_renderer;
    std::unique_ptr<MapExporter> m_exporter;
    std::shared_ptr<const WorldMap> m_world;
    std::unique_ptr<MapLocationModel> m_locations = Fixtures::locations(QStringLiteral("wb3c"));
    QTemporaryDir m_dir;
};

void TestMapExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_translations = std::make_unique<Translations>();
    m_renderer = std::make_unique<MapRenderer>(*m_translations);
    m_exporter = std::make_unique<MapExporter>(*m_renderer);
    m_world = WorldMap::loadEmbedded();
    QVERIFY(m_world);
}

MapScene TestMapExporter::scene() const
{
    MapScene s;
    s.world = m_world;
    s.locations = m_locations.get();
    s.layer = MapLayer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    return s;
}

void TestMapExporter::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("screen") << QSize(1200, 700) << 96;
    QTest::newRow("print") << QSize(2400, 1400) << 300;
}

void TestMapExporter::png()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.pixelSize = size;
    options.dpi = dpi;
    const QString path = m_dir.filePath(QStringLiteral("map-%1.png").arg(dpi));
    const ExportResult result = m_exporter->exportToFile(scene(), path, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY(colours.contains(MapStyle::light().ocean.rgb()));
    QVERIFY(colours.contains(MapStyle::light().party.rgb()));
}

void TestMapExporter::hoverIsNotExported()
{
    ExportOptions options;
    options.pixelSize = QSize(800, 500);
    MapScene hovered = scene();
    hovered.hoveredIso3 = QStringLiteral("BRA");
    // The first drawing of a label may rasterise its glyphs differently from later ones (glyph cache):
    // warm the cache up before comparing pixels.
    m_exporter->renderImage(hovered, options);
    QCOMPARE(m_exporter->renderImage(hovered, options), m_exporter->renderImage(scene(), options));
    // The same scene on screen does draw the hover outline: the comparison above can fail.
    QImage screen(800, 500, QImage::Format_ARGB32_Premultiplied);
    QImage screenHover(800, 500, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter a(&screen);
        m_renderer->paintMap(a, screen.rect(), scene(), Language::English, MapStyle::light());
        QPainter b(&screenHover);
        m_renderer->paintMap(b, screenHover.rect(), hovered, Language::English, MapStyle::light());
    }
    auto hoverPixels = [](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += image.pixel(x, y) == MapStyle::light().hover.rgb() ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(hoverPixels(screen), 0);
    QVERIFY(hoverPixels(screenHover) > 50);
}

void TestMapExporter::svg()
{
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(1000, 600);
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    const ExportResult result = m_exporter->exportToFile(scene(), path, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(QStringLiteral("Made with Natural Earth")));
    QVERIFY(text.contains(QStringLiteral("WB3C")));
}

void TestMapExporter::pdf()
{
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pixelSize = QSize(1600, 900);
    options.dpi = 150;
    options.language = Language::French;
    const QString path = m_dir.filePath(QStringLiteral("map.pdf"));
    const ExportResult result = m_exporter->exportToFile(scene(), path, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY(data.contains("%%EOF"));
    QVERIFY(data.size() > 20000);
}

void TestMapExporter::invalidOptionsLeaveNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.png"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    ExportOptions options;
    options.pixelSize = QSize(4, 4);
    QVERIFY(!m_exporter->exportToFile(scene(), path, options).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    options.pixelSize = QSize(800, 400);
    QVERIFY(!m_exporter->exportToFile(scene(), m_dir.filePath(QStringLiteral("no/such/dir/map.png")), options).ok());
}

void TestMapExporter::csvIsRefused()
{
    ExportOptions options;
    options.format = ExportFormat::Csv;
    const QString path = m_dir.filePath(QStringLiteral("map.csv"));
    const ExportResult result = m_exporter->exportToFile(scene(), path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("CSV")), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestMapExporter::notARegularFileIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("a folder") << QString();
    QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
}

void TestMapExporter::notARegularFileIsRefused()
{
    QFETCH(QString, target);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    if (target.isEmpty())
        target = folder.path();
    else if (!QFileInfo::exists(target))
        QSKIP("no such device on this system");
    ExportOptions options;
    options.pixelSize = QSize(600, 400);
    const ExportResult result = m_exporter->exportToFile(scene(), target, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("regular file")), qPrintable(result.error));
    QVERIFY(!QFileInfo(target).isFile());
    QVERIFY(QDir(folder.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestMapExporter::fullDiskFailsEveryFormat_data()
{
    FullDisk::addRows(2048);
}

void TestMapExporter::fullDiskFailsEveryFormat()
{
    const QString error = FullDisk::errorOfRow([&](QIODevice& device, const ExportOptions& options) {
        return m_exporter->exportToDevice(scene(), device, QStringLiteral("full.bin"), options);
    });
    QVERIFY2(error.contains(QStringLiteral("No space left")), qPrintable(error));
}

QTEST_MAIN(TestMapExporter)
#include "TestMapExporter.moc"
