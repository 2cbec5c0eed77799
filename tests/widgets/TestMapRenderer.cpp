// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

#include "core/i18n/Translations.h"
#include "core/map/EqualEarth.h"
#include "tests/MapFixtures.h"
#include "widgets/map/MapRenderer.h"

using namespace Vigie;

/// The map's shared drawing code: colours by layer and highlight, painted pixels, texts in both languages.
class TestMapRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void layerColours_data();
    void layerColours();
    void highlightsWithoutLayer();
    void paintedPixels();
    void texts_data();
    void texts();
    void legend();
    void legendNamesExactlyWhatIsDrawn();
    void countryTipGivesStatusDatesAndSource();
    void statusesDifferBeyondColour();

private:
    QImage render(const MapScene& scene, const QSize& size) const;
    QRgb pixelAt(const QImage& image, const MapScene& scene, double lon, double lat) const;

    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MapRenderer> m_renderer;
    std::shared_ptr<const WorldMap> m_world;
};

void TestMapRenderer::initTestCase()
{
    m_translations = std::make_unique<Translations>();
    m_renderer = std::make_unique<MapRenderer>(*m_translations);
    m_world = WorldMap::loadEmbedded();
    QVERIFY(m_world);
}

QImage TestMapRenderer::render(const MapScene& scene, const QSize& size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    m_renderer->paintMap(painter, QRectF(QPointF(), size), scene, Language::English, MapStyle::light(), false);
    return image;
}

QRgb TestMapRenderer::pixelAt(const QImage& image, const MapScene& scene, double lon, double lat) const
{
    const QPointF p = MapRenderer::transform(image.rect(), scene).map(EqualEarth::project(lon, lat));
    return image.pixel(p.toPoint());
}

void TestMapRenderer::layerColours_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<QColor>("colour");
    const MapStyle style = MapStyle::light();
    QTest::newRow("France, a Budapest party") << "FRA" << style.party;
    QTest::newRow("Senegal, a Budapest party") << "SEN" << style.party;
    QTest::newRow("Ireland signed only") << "IRL" << style.signatory;
    QTest::newRow("Russia, outside") << "RUS" << style.outside;
    QTest::newRow("New Zealand, not yet in force") << "NZL" << style.ratified;
    QTest::newRow("Brazil, not listed: not signed") << "BRA" << style.outside;
}

void TestMapRenderer::layerColours()
{
    QFETCH(QString, iso3);
    QFETCH(QColor, colour);
    MapScene scene;
    scene.world = m_world;
    scene.layer = MapLayer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    QCOMPARE(MapRenderer::fill(scene, MapStyle::light(), iso3), colour);
}

void TestMapRenderer::highlightsWithoutLayer()
{
    const MapStyle style = MapStyle::light();
    MapScene scene;
    scene.world = m_world;
    const auto locations = Fixtures::locations();
    scene.locations = locations.get();
    QCOMPARE(MapRenderer::fill(scene, style, QStringLiteral("FRA")), style.france);
    QCOMPARE(MapRenderer::fill(scene, style, QStringLiteral("SVN")), style.land);
    locations->setSelectedId(QStringLiteral("wb3c"));
    QCOMPARE(MapRenderer::fill(scene, style, QStringLiteral("FRA")), style.france); // France wins over partner
    QCOMPARE(MapRenderer::fill(scene, style, QStringLiteral("SVN")), style.partner);
    QCOMPARE(MapRenderer::fill(scene, style, QStringLiteral("ALB")), style.beneficiary);
    QCOMPARE(MapRenderer::fill(scene, style, QStringLiteral("SEN")), style.land);
}

void TestMapRenderer::paintedPixels()
{
    const MapStyle style = MapStyle::light();
    MapScene scene;
    scene.world = m_world;
    scene.zoom = 4;
    scene.centre = EqualEarth::project(5, 40);
    QImage plain = render(scene, QSize(1200, 700));
    QCOMPARE(QColor(pixelAt(plain, scene, 2.3522, 46.5)), style.france);
    QCOMPARE(QColor(pixelAt(plain, scene, -3.7, 40.4)), style.land); // Madrid
    QCOMPARE(QColor(pixelAt(plain, scene, -20, 40)), style.ocean);

    scene.layer = MapLayer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    QImage layered = render(scene, QSize(1200, 700));
    QCOMPARE(QColor(pixelAt(layered, scene, 2.3522, 46.5)), style.party);
    QCOMPARE(QColor(pixelAt(layered, scene, -8.0, 53.0)), style.signatory); // Ireland
    QCOMPARE(QColor(pixelAt(layered, scene, -3.7, 40.4)), style.outside); // Spain, absent from the list
}

void TestMapRenderer::texts_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("attribution");
    QTest::addColumn<QString>("layer");
    QTest::newRow("English") << Language::English << "Made with Natural Earth"
                             << "Budapest Convention parties";
    QTest::newRow("French") << Language::French << "Made with Natural Earth"
                            << "Parties à la Convention de Budapest";
}

void TestMapRenderer::texts()
{
    QFETCH(Language, language);
    QFETCH(QString, attribution);
    QFETCH(QString, layer);
    MapScene scene;
    const auto locations = Fixtures::locations();
    scene.locations = locations.get();
    scene.layer = MapLayer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    const QString footer = m_renderer->footer(scene, language);
    QVERIFY2(footer.endsWith(attribution), qPrintable(footer));
    QVERIFY(footer.contains(language == Language::French ? QStringLiteral("1er septembre 2025")
                                                         : QStringLiteral("1 September 2025")));
    QVERIFY(footer.contains(QStringLiteral("Ministère de l'Europe")));
    QCOMPARE(m_renderer->layerName(MapLayer::Kind::BudapestParties, language), layer);
    QVERIFY(m_renderer->title(scene, language).endsWith(layer));
    QCOMPARE(m_renderer->markerLabel(scene.centres().at(1), language),
             language == Language::French ? QStringLiteral("C3BO — Podgorica") : QStringLiteral("WB3C — Podgorica"));
}

void TestMapRenderer::legend()
{
    const MapStyle style = MapStyle::light();
    MapScene scene;
    const auto locations = Fixtures::locations();
    scene.locations = locations.get();
    QCOMPARE(m_renderer->legend(scene, Language::English, style).size(), 1);
    locations->setSelectedId(QStringLiteral("envr"));
    scene.layer = MapLayer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    const auto entries = m_renderer->legend(scene, Language::English, style);
    // In force, not yet in force, signed, not signed; France, ENVR's partner (Senegal), and no "served": ENVR
    // serves no state of its own, and the legend names only what is lit.
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries.at(0).colour, style.party);
    QCOMPARE(entries.at(1).colour, style.ratified);
    QVERIFY(entries.at(4).outline); // highlights become outlines under a layer
    QCOMPARE(entries.at(5).colour, style.partner);
    // WB3C serves the Western Balkans: both its partners and the states it serves are lit and named.
    locations->setSelectedId(QStringLiteral("wb3c"));
    const auto wb3c = m_renderer->legend(scene, Language::English, style);
    QCOMPARE(wb3c.size(), 7);
    QCOMPARE(wb3c.at(5).colour, style.partner);
    QCOMPARE(wb3c.at(6).colour, style.beneficiary);
    QCOMPARE(wb3c.at(6).text, QStringLiteral("States the centre serves"));
}

void TestMapRenderer::legendNamesExactlyWhatIsDrawn()
{
    // With the outlines: every status some country is drawn in, and no other.
    const MapStyle style = MapStyle::light();
    MapScene scene;
    scene.world = m_world;
    scene.layer = MapLayer(MapLayer::Kind::UnSignatories, Fixtures::unConvention());
    QSet<QRgb> drawn;
    for (const CountryShape& shape : m_world->countries())
        drawn.insert(MapRenderer::fill(scene, style, shape.iso3).rgba());
    QSet<QRgb> listed;
    for (const MapRenderer::LegendEntry& entry : m_renderer->legend(scene, Language::English, style)) {
        if (!entry.outline && entry.colour != style.france)
            listed.insert(entry.colour.rgba());
    }
    drawn.remove(style.france.rgba());
    QCOMPARE(listed, drawn); // signed, and no data (the UN list is not known to be complete)
    QVERIFY(listed.contains(style.land.rgba()));
}

void TestMapRenderer::statusesDifferBeyondColour()
{
    // In greyscale print, or for a reader who cannot tell the hues apart, any two statuses differ by their
    // hatching or clearly by lightness; the map and its legend hatch alike.
    const QList<MapLayer::Status> statuses {MapLayer::Status::Party, MapLayer::Status::Ratified,
                                            MapLayer::Status::Signatory, MapLayer::Status::Outside,
                                            MapLayer::Status::NoData};
    for (const MapStyle& style : {MapStyle::light(), MapStyle::dark()}) {
        const std::pair<MapLayer::Status, QColor> fills[] = {{MapLayer::Status::Party, style.party},
                                                             {MapLayer::Status::Ratified, style.ratified},
                                                             {MapLayer::Status::Signatory, style.signatory},
                                                             {MapLayer::Status::Outside, style.outside},
                                                             {MapLayer::Status::NoData, style.land}};
        for (const auto& [a, colourA] : fills) {
            for (const auto& [b, colourB] : fills) {
                if (a >= b)
                    continue;
                const bool hatchedApart = MapRenderer::statusPattern(a) != MapRenderer::statusPattern(b);
                const int lightness = std::abs(qGray(colourA.rgb()) - qGray(colourB.rgb()));
                QVERIFY2(hatchedApart || lightness >= 40,
                         qPrintable(QStringLiteral("statuses %1 and %2: same hatching, lightness %3 apart")
                                        .arg(int(a)).arg(int(b)).arg(lightness)));
            }
        }
    }
    MapScene scene;
    scene.world = m_world;
    scene.layer = MapLayer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    for (const MapRenderer::LegendEntry& entry : m_renderer->legend(scene, Language::English, MapStyle::light())) {
        if (entry.outline || entry.colour == MapStyle::light().france)
            continue;
        bool found = false;
        for (const CountryShape& shape : m_world->countries()) {
            if (MapRenderer::fill(scene, MapStyle::light(), shape.iso3) == entry.colour) {
                QCOMPARE(MapRenderer::pattern(scene, shape.iso3), entry.pattern);
                found = true;
                break;
            }
        }
        QVERIFY2(found, qPrintable(entry.text));
    }
}

void TestMapRenderer::countryTipGivesStatusDatesAndSource()
{
    MapScene scene;
    scene.world = m_world;
    const CountryShape* france = nullptr;
    for (const CountryShape& shape : m_world->countries()) {
        if (shape.iso3 == QLatin1String("FRA"))
            france = &shape;
    }
    QVERIFY(france);
    // No layer: the name alone.
    QCOMPARE(m_renderer->countryTip(scene, *france, Language::English), QStringLiteral("<b>France</b>"));
    QList<TreatyStatus> budapest = Fixtures::budapest();
    budapest.first().source.publisher = QStringLiteral("Council of Europe <Treaty Office>");
    budapest.first().source.title = QStringLiteral("Chart of signatures");
    scene.layer = MapLayer(MapLayer::Kind::BudapestParties, budapest);
    const QString english = m_renderer->countryTip(scene, *france, Language::English);
    for (const QString& part :
         {QStringLiteral("Budapest Convention parties — Party: in force"), QStringLiteral("Signed: 23 November 2001"),
          QStringLiteral("Ratified or acceded: 10 January 2006"), QStringLiteral("In force: 1 May 2006"),
          QStringLiteral("Council of Europe &lt;Treaty Office&gt;, “Chart of signatures”")})
        QVERIFY2(english.contains(part), qPrintable(english));
    const QString french = m_renderer->countryTip(scene, *france, Language::French);
    for (const QString& part : {QStringLiteral("Partie\u00a0: en vigueur"), QStringLiteral("23\u00a0novembre 2001"),
                                QStringLiteral("1er mai 2006")})
        QVERIFY2(french.contains(part) || french.contains(QString(part).replace(u'\u00a0', u' ')), qPrintable(french));
}

QTEST_MAIN(TestMapRenderer)
#include "TestMapRenderer.moc"
