// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>

#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartRenderer.h"
#include "widgets/Typeface.h"

using namespace Vigie;

namespace {

// A fontconfig whose only font folder is empty: a headless server without a single font. Set before the
// application starts, as fontconfig reads it once.
QTemporaryDir& fontlessMachine()
{
    static QTemporaryDir dir;
    return dir;
}

void pointFontconfigAtAnEmptyFolder()
{
    QTemporaryDir& dir = fontlessMachine();
    QDir(dir.path()).mkpath(QStringLiteral("fonts"));
    QFile config(dir.filePath(QStringLiteral("fonts.conf")));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write fonts.conf");
    config.write(QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                                "<fontconfig><dir>%1</dir><cachedir>%2</cachedir></fontconfig>\n")
                     .arg(dir.filePath(QStringLiteral("fonts")), dir.filePath(QStringLiteral("cache")))
                     .toUtf8());
    config.close();
    qputenv("FONTCONFIG_FILE", QFile::encodeName(config.fileName()));
}

/// The picture of @p text in @p font: two texts in the same font that draw alike are boxes.
QImage drawn(const QString& text, const QFont& font)
{
    QImage image(400, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(4, 28), text);
    return image;
}

} // namespace

/// On a machine with no fonts at all, charts are drawn in the embedded DejaVu Sans: the family Qt resolves is
/// the embedded one, it has every character Vigie's texts use (the narrow no-break space of French numbers
/// too), and letters are letters, not the empty boxes Qt draws without fonts.
class TestTypeface : public QObject {
    Q_OBJECT

private slots:
    void theSystemHasNoFonts();
    void theEmbeddedFamilyIsTheOneUsed();
    void everyCharacterOfTheChartsIsCovered();
    void lettersAreNotBoxes();
    void aChartExportDrawsText();
};

void TestTypeface::theSystemHasNoFonts()
{
    // Before Vigie registers its own: what the "server" has. Qt may still list its own fallback names, but
    // none of them resolves to a file.
    QVERIFY(!QFontDatabase::families().contains(Typeface::family()));
}

void TestTypeface::theEmbeddedFamilyIsTheOneUsed()
{
    QVERIFY(Typeface::ensureLoaded());
    QVERIFY(QFontDatabase::families().contains(Typeface::family()));
    for (const bool bold : {false, true}) {
        const QFont font = Typeface::font(12, bold);
        QCOMPARE(QFontInfo(font).family(), Typeface::family());
        QCOMPARE(QFontInfo(font).bold(), bold);
        QCOMPARE(QFontInfo(font).pixelSize(), 12);
    }
}

void TestTypeface::everyCharacterOfTheChartsIsCovered()
{
    const auto db = ThreatDatabase::openEmbedded();
    QVERIFY(db);
    Translations translations;
    ChartCatalog catalog(*db, translations);
    ChartRenderer renderer(translations);
    const QRawFont raw = QRawFont::fromFont(Typeface::font(12));
    QVERIFY(raw.isValid());
    QCOMPARE(raw.familyName(), Typeface::family());
    QString texts = QString(QChar(0x202F)) + QChar(0x00A0) + QStringLiteral("«»–—…’éèêàçôûœ×");
    for (const QString& id : ChartCatalog::chartIds()) {
        const ChartData chart = *catalog.chart(id);
        for (const Language language : {Language::French, Language::English}) {
            texts += renderer.footer(chart, language) + chart.note.text(language) + chart.xLabel.text(language)
                + chart.yLabel.text(language);
            for (const ChartSegment& segment : chart.segments) {
                texts += segment.name.text(language);
                for (const ChartPoint& point : segment.points)
                    texts += point.detail.text(language) + point.label.text(language)
                        + NumberFormat(language).value(point.y, chart.unit);
            }
        }
    }
    QStringList missing;
    for (const QChar c : std::as_const(texts)) {
        if (!c.isSpace() && !raw.supportsCharacter(c) && !missing.contains(QString(c)))
            missing.append(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    QVERIFY(raw.supportsCharacter(QChar(0x202F)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

void TestTypeface::lettersAreNotBoxes()
{
    const QFont font = Typeface::font(20);
    QVERIFY(drawn(QStringLiteral("Illicit"), font) != drawn(QStringLiteral("Wombats"), font));
    // And each character has a glyph of its own, not the ".notdef" box at glyph 0.
    const QRawFont raw = QRawFont::fromFont(font);
    for (const quint32 index : raw.glyphIndexesForString(QStringLiteral("Atteintes numériques 278 770")))
        QVERIFY(index != 0);
}

void TestTypeface::aChartExportDrawsText()
{
    const auto db = ThreatDatabase::openEmbedded();
    QVERIFY(db);
    Translations translations;
    ChartCatalog catalog(*db, translations);
    ChartRenderer renderer(translations);
    ChartExporter exporter(renderer);
    ExportOptions options;
    options.pixelSize = QSize(800, 450);
    options.language = Language::French;
    const QImage image = exporter.renderImage(*catalog.chart(QStringLiteral("offences-by-year")), options);
    // The title's row has ink, and it is not a row of identical boxes: many distinct columns of ink.
    int inked = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < 40; ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                ++inked;
                break;
            }
        }
    }
    QVERIFY2(inked > 150, qPrintable(QString::number(inked)));
    // And an export says it succeeded only when it drew with the typeface.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = exporter.exportToDevice(*catalog.chart(QStringLiteral("offences-by-year")), buffer,
                                                        QStringLiteral("memory"), options);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

int main(int argc, char* argv[])
{
    pointFontconfigAtAnEmptyFolder();
    QApplication app(argc, argv);
    TestTypeface test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTypeface.moc"
