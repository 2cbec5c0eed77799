// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "core/charts/ChartCatalog.h"
#include "core/data/FigureCsv.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"
#include "core/map/MapLocationModel.h"
#include "core/map/MapViewport.h"
#include "core/map/WorldMap.h"
#include "tests/widgets/TextRecorder.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartRenderer.h"
#include "widgets/export/ExportLimits.h"
#include "widgets/map/MapExporter.h"
#include "widgets/map/MapRenderer.h"

using namespace Vigie;
using Vigie::Testing::RecordedText;
using Vigie::Testing::TextRecorder;

/// Every chart and the map, in both languages, over the whole accepted range of sizes, ratios and
/// resolutions: every text inside the page (and inside its clip), none over another, none under 6 pt.
/// Then text scaled once: in every format, the text's pixels grow with the DPI and its physical size stays.
class TestReadableExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextFitsAcrossTheRange_data();
    void everyTextFitsAcrossTheRange();
    void textScalesOnceInEveryFormat_data();
    void textScalesOnceInEveryFormat();
    void labelsAreAllShownAtTheDefaultSize();

private:
    QList<RecordedText> record(const QString& subject, const ExportOptions& options) const;

    std::unique_ptr<ThreatDatabase> m_db;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<ChartCatalog> m_catalog;
    std::unique_ptr<ChartRenderer> m_chartRenderer;
    std::unique_ptr<ChartExporter> m_chartExporter;
    std::unique_ptr<MapRenderer> m_mapRenderer;
    std::unique_ptr<MapExporter> m_mapExporter;
    std::unique_ptr<MapLocationModel> m_locations;
    MapScene m_scene;
    QTemporaryDir m_userFolder;
    std::optional<ChartData> m_userChart; ///< "Your figures by year", from a user database of seven topics
};

namespace {

/// The sizes of the grid at one ratio and resolution: the smallest accepted, the largest, and one between.
QList<QSize> sizesAt(double aspect, int dpi)
{
    const QSize minimum = ExportLimits::minimumPixels(dpi);
    const QSize least =
        ExportLimits::nearestAccepted(aspect >= double(minimum.width()) / minimum.height()
                                          ? QSize(int(std::ceil(minimum.height() * aspect)), minimum.height())
                                          : QSize(minimum.width(), int(std::ceil(minimum.width() / aspect))),
                                      dpi);
    const QSize most = ExportLimits::nearestAccepted(QSize(qRound(100000 * aspect), 100000), dpi);
    const double middle = std::sqrt(double(most.width()) / least.width());
    const QSize between =
        ExportLimits::nearestAccepted(QSize(qRound(least.width() * middle), qRound(least.height() * middle)), dpi);
    return {least, between, most};
}

QString describe(const RecordedText& text)
{
    return QStringLiteral("“%1” at %2,%3 %4×%5")
        .arg(text.text.left(40))
        .arg(text.box.x(), 0, 'f', 0)
        .arg(text.box.y(), 0, 'f', 0)
        .arg(text.box.width(), 0, 'f', 0)
        .arg(text.box.height(), 0, 'f', 0);
}

/// What is wrong with the texts of one drawing, or nothing.
QStringList problems(const QList<RecordedText>& texts, const QRectF& canvas)
{
    QStringList found;
    const double slack = 0.75; // antialiasing and rounding of fractional positions
    for (const RecordedText& text : texts) {
        if (!canvas.adjusted(-slack, -slack, slack, slack).contains(text.box))
            found.append(QStringLiteral("off the page: %1").arg(describe(text)));
        if (!text.clip.isNull() && !text.clip.adjusted(-slack, -slack, slack, slack).contains(text.box))
            found.append(QStringLiteral("cut by its clip: %1").arg(describe(text)));
        if (text.points < ExportLimits::minimumTextPoints - 0.01)
            found.append(QStringLiteral("%1 pt, under the minimum: %2").arg(text.points).arg(describe(text)));
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const QRectF overlap = texts.at(i).box.intersected(texts.at(j).box);
            if (overlap.width() > 1.0 && overlap.height() > 1.0)
                found.append(QStringLiteral("overlap: %1 and %2").arg(describe(texts.at(i)), describe(texts.at(j))));
        }
    }
    return found;
}

/// The height in pixels of the first line of ink from the top: the title's.
int titleInkHeight(const QImage& picture)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    auto inked = [&](int y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 160)
                return true;
        }
        return false;
    };
    int top = 0;
    while (top < image.height() && !inked(top))
        ++top;
    int bottom = top;
    while (bottom < image.height() && inked(bottom))
        ++bottom;
    return bottom - top;
}

} // namespace

void TestReadableExports::initTestCase()
{
    m_db = ThreatDatabase::openEmbedded();
    QVERIFY(m_db);
    m_translations = std::make_unique<Translations>();
    m_catalog = std::make_unique<ChartCatalog>(*m_db, *m_translations);
    m_chartRenderer = std::make_unique<ChartRenderer>(*m_translations);
    m_chartExporter = std::make_unique<ChartExporter>(*m_chartRenderer);
    m_mapRenderer = std::make_unique<MapRenderer>(*m_translations);
    m_mapExporter = std::make_unique<MapExporter>(*m_mapRenderer);
    // The map at its busiest: a treaty layer, a centre selected (the longest legend), both centres' labels.
    m_locations = std::make_unique<MapLocationModel>();
    m_locations->setCentres(m_db->centres());
    m_locations->setSelectedId(QStringLiteral("wb3c"));
    m_scene.world = WorldMap::loadEmbedded();
    QVERIFY(m_scene.world);
    m_scene.locations = m_locations.get();
    m_scene.layer = MapLayer(MapLayer::Kind::BudapestParties, m_db->treatyStatuses(QStringLiteral("ETS 185")));
    m_scene.setViewport(MapViewport::home());

    // A user's own figures: seven topics over twelve years, the chart keeping six lines.
    const QString userPath = m_userFolder.filePath(QStringLiteral("user.sqlite"));
    QString error;
    {
        auto user = UserDatabase::open(userPath, &error);
        QVERIFY2(user, qPrintable(error));
        QByteArray csv = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                         "source_url,quote,note_en,note_fr\n";
        for (int topic = 0; topic < 7; ++topic) {
            // One name far longer than a legend row: the legend abridges it.
            const QString name = topic == 0
                ? QStringLiteral("Reports to the regional cyber unit about phishing, fraud, "
                                 "ransomware and every other online offence against "
                                 "businesses, hospitals and public bodies of the region")
                : QStringLiteral("Reports to the regional cyber unit %1").arg(topic);
            for (int year = 2013; year <= 2024; ++year)
                csv += QStringLiteral("k%1.%2,\"%4\",%3,count,%2,L,L,high,P,T,,q,,\n")
                           .arg(topic)
                           .arg(year)
                           .arg(120000 - topic * 9000 + (year - 2013) * 3100)
                           .arg(name)
                           .toUtf8();
        }
        const auto imported = FigureCsv::import(csv, *user);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
    }
    const auto view = ThreatDatabase::openFile(userPath, &error);
    QVERIFY2(view, qPrintable(error));
    m_userChart = m_catalog->userFigures(*view);
    QVERIFY(m_userChart);
}

QList<RecordedText> TestReadableExports::record(const QString& subject, const ExportOptions& options) const
{
    TextRecorder recorder(options.pixelSize, options.dpi);
    if (subject.startsWith(MapExporter::id())) { // "map-budapest": the map under a layer
        MapScene scene = m_scene;
        const auto kind = MapLayer::kindFromName(subject.mid(MapExporter::id().size() + 1));
        scene.layer = kind && *kind != MapLayer::Kind::None
            ? MapLayer(*kind, m_db->treatyStatuses(MapLayer::treatyId(*kind)))
            : MapLayer();
        m_mapExporter->paint(recorder, scene, options);
    }
    else if (subject == ChartCatalog::userFiguresId())
        m_chartExporter->paint(recorder, *m_userChart, options);
    else
        m_chartExporter->paint(recorder, *m_catalog->chart(subject), options);
    return recorder.texts();
}

void TestReadableExports::everyTextFitsAcrossTheRange_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("language");
    QStringList maps; // the map under each layer: each legend has its own heading and entries
    for (const MapLayer::Kind kind : MapLayer::allKinds())
        maps.append(MapExporter::id() + u'-' + MapLayer::kindName(kind));
    for (const QString& subject : ChartCatalog::chartIds() + QStringList {ChartCatalog::userFiguresId()} + maps) {
        for (const Language language : {Language::French, Language::English})
            QTest::addRow("%s-%s", qPrintable(subject), qPrintable(languageCode(language))) << subject << int(language);
    }
}

void TestReadableExports::everyTextFitsAcrossTheRange()
{
    QFETCH(QString, subject);
    QFETCH(int, language);
    QStringList failures;
    int drawings = 0;
    for (const int dpi : {72, 96, 150, 300, 600}) {
        for (const double aspect : {1.0 / 3, 3.0 / 4, 1.0, 16.0 / 9, 3.0}) {
            for (const QSize& size : sizesAt(aspect, dpi)) {
                QVERIFY2(ExportLimits::accepts(size, dpi),
                         qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
                ExportOptions options;
                options.pixelSize = size;
                options.dpi = dpi;
                options.language = Language(language);
                const QList<RecordedText> texts = record(subject, options);
                ++drawings;
                if (texts.size() < 3)
                    failures.append(QStringLiteral("%1x%2 at %3 DPI: only %4 texts drawn")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(dpi)
                                        .arg(texts.size()));
                for (const QString& problem : problems(texts, QRectF(QPointF(0, 0), QSizeF(size))))
                    failures.append(QStringLiteral("%1x%2 at %3 DPI: %4")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(dpi)
                                        .arg(problem));
            }
        }
    }
    QCOMPARE(drawings, 75);
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 problems; the first:\n").arg(failures.size())
                        + failures.mid(0, qEnvironmentVariableIsSet("VIGIE_ALL_PROBLEMS") ? 10000 : 12).join(u'\n')));
}

void TestReadableExports::textScalesOnceInEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(ExportFormat::Png);
    QTest::newRow("jpeg") << int(ExportFormat::Jpeg);
    QTest::newRow("pdf") << int(ExportFormat::Pdf);
    QTest::newRow("svg") << int(ExportFormat::Svg);
}

void TestReadableExports::textScalesOnceInEveryFormat()
{
    QFETCH(int, format);
    const ChartData chart = *m_catalog->chart(QStringLiteral("offences-by-year"));
    QTemporaryDir dir;
    QMap<int, int> heights;
    for (const int dpi : {96, 150, 300}) {
        // The same physical size, 160 × 90 mm, at each resolution.
        ExportOptions options;
        options.format = ExportFormat(format);
        options.dpi = dpi;
        options.pixelSize = QSize(qRound(160 / 25.4 * dpi), qRound(90 / 25.4 * dpi));
        const QString path =
            dir.filePath(QStringLiteral("chart-%1.%2").arg(dpi).arg(ChartExporter::suffix(options.format)));
        QVERIFY(m_chartExporter->exportToFile(chart, path, options).ok());
        QImage picture;
        if (options.format == ExportFormat::Pdf) {
            const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
            QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is needed: scripts/test installs it");
            QProcess raster;
            raster.start(pdftoppm,
                         {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                          QStringLiteral("-singlefile"), path, dir.filePath(QStringLiteral("page-%1").arg(dpi))});
            QVERIFY(raster.waitForFinished(60000));
            QCOMPARE(raster.exitCode(), 0);
            picture.load(dir.filePath(QStringLiteral("page-%1.png").arg(dpi)));
        } else if (options.format == ExportFormat::Svg) {
            QSvgRenderer svg(path);
            QVERIFY(svg.isValid());
            picture = QImage(options.pixelSize, QImage::Format_RGB32);
            picture.fill(Qt::white);
            QPainter painter(&picture);
            svg.render(&painter);
        } else {
            picture.load(path);
        }
        // A PDF page is a whole number of points, which pdftoppm rounds to pixels its own way: within 1 %.
        QVERIFY2(std::abs(picture.width() - options.pixelSize.width()) <= 1 + options.pixelSize.width() / 100,
                 qPrintable(QStringLiteral("%1 px wide, not %2").arg(picture.width()).arg(options.pixelSize.width())));
        QVERIFY(std::abs(picture.height() - options.pixelSize.height()) <= 1 + options.pixelSize.height() / 100);
        heights.insert(dpi, titleInkHeight(picture));
    }
    // Pixels grow with the DPI; millimetres stay.
    for (const int dpi : {150, 300}) {
        const double ratio = double(heights.value(dpi)) / heights.value(96);
        const double expected = dpi / 96.0;
        QVERIFY2(std::abs(ratio / expected - 1) < 0.12,
                 qPrintable(QStringLiteral("title %1 px at 96 DPI, %2 px at %3 DPI: %4 times, not %5")
                                .arg(heights.value(96))
                                .arg(heights.value(dpi))
                                .arg(dpi)
                                .arg(ratio)
                                .arg(expected)));
    }
    // And it is a title's height: about 4 mm (17 px at 96 DPI, caps and descenders), not a page's.
    const double millimetres = heights.value(300) * 25.4 / 300;
    QVERIFY2(millimetres > 2.5 && millimetres < 6, qPrintable(QString::number(millimetres)));
}

void TestReadableExports::labelsAreAllShownAtTheDefaultSize()
{
    // At the window's Export All default, every label shows in full or abridged: none dropped.
    for (const QString& id : ChartCatalog::chartIds()) {
        for (const Language language : {Language::French, Language::English}) {
            const ChartData chart = *m_catalog->chart(id);
            int expected = 0;
            for (const ChartSegment& segment : chart.segments)
                expected += int(segment.points.size());
            expected += int(chart.breaks.size() + chart.milestones.size());
            ExportOptions options;
            options.pixelSize = QSize(1600, 900);
            options.dpi = 150;
            options.language = language;
            const QList<RecordedText> texts = record(id, options);
            QSet<QString> drawn;
            for (const RecordedText& text : texts)
                drawn.insert(text.text);
            int shown = 0;
            for (const ChartSegment& segment : chart.segments) {
                for (const ChartPoint& point : segment.points) {
                    const QString label = chart.kind == ChartKind::Timeline
                        ? point.detail.text(language)
                        : NumberFormat(language).value(point.y, chart.unit) + (point.caveat ? QStringLiteral("*") : QString());
                    const bool found = std::any_of(drawn.begin(), drawn.end(), [&](const QString& text) {
                        return text == label || (text.endsWith(u'…') && label.startsWith(text.chopped(1)));
                    });
                    shown += found ? 1 : 0;
                    if (!found)
                        qWarning("%s (%s): “%s” is not shown", qPrintable(id), qPrintable(languageCode(language)),
                                 qPrintable(label));
                }
            }
            QCOMPARE(shown, expected - int(chart.breaks.size() + chart.milestones.size()));
        }
    }
}

QTEST_MAIN(TestReadableExports)
#include "TestReadableExports.moc"
