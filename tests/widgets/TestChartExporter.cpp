// SPDX-License-Identifier: GPL-3.0-or-later
// Tests chart exports decoded back from real files: size, resolution, format, ink, language, footer,
// and that a failed export leaves nothing behind.

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/Translations.h"
#include "tests/widgets/FullDisk.h"
#include "tests/widgets/ImageChecks.h"
#include "widgets/ChartExporter.h"
#include "widgets/export/ExportLimits.h"
#include "widgets/ChartRenderer.h"

using namespace Vigie;

class TestChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pngAtRequestedSizeAndDpi();
    void jpegDecodes();
    void pdfHasOnePageOfTheRequestedSize();
    void svgKeepsTextAndSize();
    void csvHasTheTableNumbers();
    void languagesDiffer();
    void footerNamesSourcesAndDataDate();
    void unwritablePathLeavesNoFile_data();
    void unwritablePathLeavesNoFile();
    void deviceIsNeverReplaced();
    void fullDiskFailsEveryFormat_data();
    void fullDiskFailsEveryFormat();
    void existingFileSurvivesAFailedExport();
    void invalidOptionsAreRefused_data();
    void invalidOptionsAreRefused();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<ThreatDatabase> m_db;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<ChartCatalog> m_catalog;
    std::unique_ptr<ChartRenderer> m_renderer;
    std::unique_ptr<ChartExporter> m_exporter;
    std::unique_ptr<QTemporaryDir> m_dir;
    ChartData m_chart;
};

void TestChartExporter::initTestCase()
{
    m_db = ThreatDatabase::openEmbedded();
    QVERIFY(m_db);
    m_translations = std::make_unique<Translations>();
    m_catalog = std::make_unique<ChartCatalog>(*m_db, *m_translations);
    m_renderer = std::make_unique<ChartRenderer>(*m_translations);
    m_exporter = std::make_unique<ChartExporter>(*m_renderer);
    const auto chart = m_catalog->chart(QStringLiteral("offences-by-year"));
    QVERIFY(chart);
    m_chart = *chart;
}

void TestChartExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestChartExporter::pngAtRequestedSizeAndDpi()
{
    ExportOptions options;
    options.pixelSize = QSize(1800, 1050); // 152 × 89 mm
    options.dpi = 300;
    const QString file = path(QStringLiteral("chart.png"));
    const ExportResult result = m_exporter->exportToFile(m_chart, file, options);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QImageReader reader(file);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1800, 1050));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    QVERIFY(ImageChecks::distinctColours(image) > 5);
    const double ink = ImageChecks::inkRatio(image);
    QVERIFY2(ink > 0.01 && ink < 0.6, qPrintable(QString::number(ink)));
}

void TestChartExporter::jpegDecodes()
{
    ExportOptions options;
    options.format = ExportFormat::Jpeg;
    options.pixelSize = QSize(800, 450);
    options.dpi = 150;
    const QString file = path(QStringLiteral("chart.jpg"));
    QVERIFY(m_exporter->exportToFile(m_chart, file, options).ok());
    QImageReader reader(file);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(800, 450));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
    QVERIFY(ImageChecks::distinctColours(image) > 5);
}

void TestChartExporter::pdfHasOnePageOfTheRequestedSize()
{
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pixelSize = QSize(1600, 900);
    options.dpi = 200;
    const QString file = path(QStringLiteral("chart.pdf"));
    QVERIFY(m_exporter->exportToFile(m_chart, file, options).ok());
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(ImageChecks::pdfPageCount(bytes), 1);
    // 1600 px at 200 DPI = 8 in = 576 pt; 900 px = 4.5 in = 324 pt.
    QCOMPARE(ImageChecks::pdfPageSize(bytes), QSize(576, 324));
    QVERIFY(bytes.size() > 5000);
}

void TestChartExporter::svgKeepsTextAndSize()
{
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(1000, 600);
    options.language = Language::French;
    const QString file = path(QStringLiteral("chart.svg"));
    QVERIFY(m_exporter->exportToFile(m_chart, file, options).ok());
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&svg));
    const QDomElement root = doc.documentElement();
    QCOMPARE(root.tagName(), QStringLiteral("svg"));
    QCOMPARE(root.attribute(QStringLiteral("viewBox")), QStringLiteral("0 0 1000 600"));
    QString allText;
    const QDomNodeList texts = doc.elementsByTagName(QStringLiteral("text"));
    for (int i = 0; i < texts.size(); ++i)
        allText += texts.at(i).toElement().text() + u'\n';
    QVERIFY(allText.contains(QStringLiteral("Atteintes numériques enregistrées en France")));
    QVERIFY(allText.contains(QStringLiteral("Rupture de série")));
    QVERIFY2(allText.contains(QStringLiteral("278\u202F770")), qPrintable(allText));
}

void TestChartExporter::csvHasTheTableNumbers()
{
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.language = Language::French;
    const QString file = path(QStringLiteral("chart.csv"));
    QVERIFY(m_exporter->exportToFile(m_chart, file, options).ok());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_chart.pointCount() + 1);
    QCOMPARE(lines.first(), QStringLiteral("\"Année\",\"Valeur\",\"Série\",\"Statut\",\"Source\""));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("\"2023\",278770,")));
    QVERIFY(lines.last().contains(QStringLiteral("Provisoire")));
}

void TestChartExporter::languagesDiffer()
{
    ExportOptions options;
    options.pixelSize = QSize(900, 500);
    options.language = Language::English;
    const QImage english = m_exporter->renderImage(m_chart, options);
    options.language = Language::French;
    const QImage french = m_exporter->renderImage(m_chart, options);
    QCOMPARE(english.size(), french.size());
    QVERIFY(english != french);
}

void TestChartExporter::footerNamesSourcesAndDataDate()
{
    const QString english = m_renderer->footer(m_chart, Language::English);
    QCOMPARE(english,
             QStringLiteral("Digital offences recorded in France — Sources: COMCYBER-MI, 2024, via KultureGeek; "
                            "Ministry of the Interior, 2025; SSMSI, 2026, via Boursorama (AFP) — data as of 12 March "
                            "2026"));
    const QString french = m_renderer->footer(m_chart, Language::French);
    QVERIFY2(french.startsWith(QStringLiteral("Atteintes numériques enregistrées en France — Sources\u00A0: "
                                              "COMCYBER-MI, 2024, via KultureGeek\u00A0; ")),
             qPrintable(french));
    // The date of the data, not the period it covers.
    QVERIFY2(french.endsWith(QStringLiteral("données au 12 mars 2026")), qPrintable(french));
}

void TestChartExporter::unwritablePathLeavesNoFile_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/chart.png");
    QTest::newRow("inside a file") << QStringLiteral("plain-file/chart.png");
    QTest::newRow("a folder") << QStringLiteral(".");
    QTest::newRow("300-character name") << QString(296, u'x') + QStringLiteral(".png");
}

void TestChartExporter::unwritablePathLeavesNoFile()
{
    QFETCH(QString, target);
    QFile plain(path(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();

    const QString file = target == QLatin1String(".") ? m_dir->path() : path(target);
    ExportOptions options;
    options.pixelSize = QSize(600, 400);
    const ExportResult result = m_exporter->exportToFile(m_chart, file, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(file), qPrintable(result.error));
    // Nothing but the plain file we made.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("plain-file")});
}

void TestChartExporter::deviceIsNeverReplaced()
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        QSKIP("no /dev/full on this system");
    ExportOptions options;
    options.pixelSize = QSize(600, 400);
    const ExportResult result = m_exporter->exportToFile(m_chart, QStringLiteral("/dev/full"), options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("regular file")), qPrintable(result.error));
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestChartExporter::fullDiskFailsEveryFormat_data()
{
    FullDisk::addRows(2048);
}

void TestChartExporter::fullDiskFailsEveryFormat()
{
    const QString error = FullDisk::errorOfRow([&](QIODevice& device, const ExportOptions& options) {
        return m_exporter->exportToDevice(m_chart, device, QStringLiteral("full.bin"), options);
    });
    QVERIFY2(error.contains(QStringLiteral("No space left")), qPrintable(error));
}

void TestChartExporter::existingFileSurvivesAFailedExport()
{
    const QString file = path(QStringLiteral("keep.png"));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous content");
    existing.close();

    ExportOptions options;
    options.pixelSize = QSize(0, 0); // refused before anything is written
    QVERIFY(!m_exporter->exportToFile(m_chart, file, options).ok());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous content"));
}

void TestChartExporter::invalidOptionsAreRefused_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("0x0") << QSize(0, 0) << 96;
    QTest::newRow("huge") << QSize(99999, 99999) << 96;
    QTest::newRow("dpi 0") << QSize(800, 600) << 0;
    QTest::newRow("dpi 5000") << QSize(800, 600) << 5000;
}

void TestChartExporter::invalidOptionsAreRefused()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    ExportOptions options;
    options.pixelSize = size;
    options.dpi = dpi;
    const auto error = ChartExporter::validate(options);
    QVERIFY(error);
    QVERIFY(!error->isEmpty());
    QVERIFY(!m_exporter->exportToFile(m_chart, path(QStringLiteral("x.png")), options).ok());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.png"))));
    // A size matters only to pictures: a table alone takes any, a batch with one picture does not.
    QVERIFY(!ExportLimits::refusal(options, {ExportFormat::Csv}));
    QVERIFY(ExportLimits::refusal(options, {ExportFormat::Csv, ExportFormat::Pdf}));
    options.format = ExportFormat::Csv;
    QVERIFY(!ChartExporter::validate(options));
    QVERIFY(m_exporter->exportToFile(m_chart, path(QStringLiteral("x.csv")), options).ok());
}

QTEST_MAIN(TestChartExporter)
#include "TestChartExporter.moc"
