// SPDX-License-Identifier: GPL-3.0-or-later
// Tests "vigie export" on the same services as the app: files written and decoded, and every bad argument.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "app/Services.h"
#include "app/cli/Commands.h"
#include "app/cli/ExportCommand.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/UserData.h"
#include "core/i18n/LanguageManager.h"

using namespace Vigie;

class TestExportCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writesEveryFormatAndLanguage();
    void sizeAndDpiApply();
    void unreadableSizesAreRefused_data();
    void unreadableSizesAreRefused();
    void csvTakesAnySize();
    void mapWithATreatyLayer();
    void mapCsvGivesTheTreatiesStateByState();
    void exportsTheMap();
    void badArguments_data();
    void badArguments();
    void existingFilesNeedForce();
    void unwritableFolderFails();
    void exportsTheChartOfYourFigures();

private:
    int run(QStringList arguments);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<QTemporaryDir> m_out;
    QString m_stdout;
    QString m_stderr;
};

void TestExportCommand::initTestCase()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_services = std::make_unique<Services>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
    m_services->languages().setLanguage(Language::English);
    QString error;
    QVERIFY2(m_services->openDatabase(&error), qPrintable(error));
}

void TestExportCommand::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

int TestExportCommand::run(QStringList arguments)
{
    arguments.prepend(QStringLiteral("export"));
    m_stdout.clear();
    m_stderr.clear();
    QTextStream out(&m_stdout);
    QTextStream err(&m_stderr);
    CommandIo io {out, err};
    const int code = ExportCommand::run(arguments, m_services->context(), io);
    out.flush();
    err.flush();
    return code;
}

void TestExportCommand::writesEveryFormatAndLanguage()
{
    QCOMPARE(run({"--chart", "all", "--format", "png,svg,pdf,jpg", "--lang", "fr,en", "--out", m_out->path()}),
             int(ExitSuccess));
    const QStringList written = m_stdout.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(written.size(), (ChartCatalog::chartIds().size() + 1) * 4 * 2); // every chart and the map
    for (const QString& path : written) {
        QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        if (path.endsWith(QLatin1String(".png")) || path.endsWith(QLatin1String(".jpg")))
            QCOMPARE(QImage(path).size(), QSize(1600, 900));
    }
    QFile french(m_out->filePath(QStringLiteral("offences-by-year-fr.svg")));
    QVERIFY(french.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(french.readAll());
    QVERIFY(svg.contains(QStringLiteral("Rupture de série")));
    QVERIFY(svg.contains(QStringLiteral("données au 12 mars 2026")));
    QFile english(m_out->filePath(QStringLiteral("offences-by-year-en.svg")));
    QVERIFY(english.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(english.readAll()).contains(QStringLiteral("data as of 12 March 2026")));
    QVERIFY(m_stderr.isEmpty());
}

void TestExportCommand::sizeAndDpiApply()
{
    QCOMPARE(run({"--chart", "offences-by-year", "--size", "1600x900", "--dpi", "300", "--out", m_out->path()}),
             int(ExitSuccess));
    const QImage image(m_out->filePath(QStringLiteral("offences-by-year-en.png")));
    QCOMPARE(image.size(), QSize(1600, 900));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
}

void TestExportCommand::unreadableSizesAreRefused_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("nearest");
    QTest::newRow("68 × 51 mm at 300 DPI") << QStringLiteral("800x600") << 300 << QStringLiteral("1417 × 803");
    QTest::newRow("a strip") << QStringLiteral("20000x16") << 96 << QStringLiteral("17319 × 5773");
    QTest::newRow("400 megapixels") << QStringLiteral("20000x20000") << 600 << QStringLiteral("10000 × 10000");
    QTest::newRow("too tall") << QStringLiteral("500x2000") << 96 << QStringLiteral("667 × 2000");
}

void TestExportCommand::mapCsvGivesTheTreatiesStateByState()
{
    QCOMPARE(run({"--chart", "map", "--format", "csv", "--lang", "en", "--out", m_out->path()}), int(ExitSuccess));
    QFile file(m_out->filePath(QStringLiteral("map-en.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 100); // a row per state listed under any of the three treaties
    QVERIFY(lines.first().startsWith(QStringLiteral("\"ISO code\",\"State\",\"Budapest Convention: status as of")));
    auto row = [&](const QString& iso3) {
        for (const QString& line : lines) {
            if (line.startsWith(u'"' + iso3 + u'"'))
                return line;
        }
        return QString();
    };
    QVERIFY2(row(QStringLiteral("USA"))
                 .contains(QStringLiteral("\"Party: in force\",\"2001-11-23\",\"2006-09-29\",\"2007-01-01\"")),
             qPrintable(row(QStringLiteral("USA"))));
    QVERIFY(row(QStringLiteral("ZAF")).contains(QStringLiteral("\"Signed, not ratified\",\"2001-11-23\"")));
    const QStringList russia = row(QStringLiteral("RUS")).split(QStringLiteral("\",\""));
    QVERIFY(russia.size() > 2);
    QCOMPARE(russia.at(2), QStringLiteral("Not signed")); // absent from the Council of Europe's complete chart
}

void TestExportCommand::mapWithATreatyLayer()
{
    QCOMPARE(run({"--chart", "map", "--layer", "budapest", "--format", "svg", "--lang", "en", "--out", m_out->path()}),
             int(ExitSuccess));
    QFile svg(m_out->filePath(QStringLiteral("map-en.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY(text.contains(QStringLiteral("Budapest Convention parties"))); // title and legend
    QVERIFY(text.contains(QStringLiteral("Party: in force")));
    QVERIFY(text.contains(QStringLiteral("Not signed")));
    QVERIFY(text.contains(QStringLiteral("data as of 12 March 2026"))); // the footer gives the data's date
    QCOMPARE(run({"--chart", "map", "--layer", "treaties", "--out", m_out->path()}), int(ExitUsage));
    QVERIFY(m_stderr.contains(QStringLiteral("Unknown layer")));
}

void TestExportCommand::csvTakesAnySize()
{
    // A table has no size: the limits of pictures do not apply to it.
    QCOMPARE(run({"--chart", "offences-by-year", "--format", "csv", "--size", "10x10", "--out", m_out->path()}),
             int(ExitSuccess));
    QVERIFY(QFileInfo::exists(m_out->filePath(QStringLiteral("offences-by-year-en.csv"))));
}

void TestExportCommand::unreadableSizesAreRefused()
{
    QFETCH(QString, size);
    QFETCH(int, dpi);
    QFETCH(QString, nearest);
    QCOMPARE(run({"--chart", "all", "--size", size, "--dpi", QString::number(dpi), "--out", m_out->path()}),
             int(ExitUsage));
    QVERIFY2(m_stderr.contains(QStringLiteral("The nearest size it accepts is %1 pixels.").arg(nearest)),
             qPrintable(m_stderr));
    QCOMPARE(m_stderr.count(u'\n'), 1);
    QVERIFY(QDir(m_out->path()).isEmpty());
}

void TestExportCommand::exportsTheMap()
{
    QCOMPARE(
        run({"--chart", "map", "--format", "png,svg", "--lang", "fr", "--size", "1200x700", "--out", m_out->path()}),
        int(ExitSuccess));
    QCOMPARE(QImage(m_out->filePath(QStringLiteral("map-fr.png"))).size(), QSize(1200, 700));
    QFile svg(m_out->filePath(QStringLiteral("map-fr.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY(text.contains(QStringLiteral("Made with Natural Earth")));
    QVERIFY(text.contains(QStringLiteral("Dakar")));
    QVERIFY(text.contains(QStringLiteral("Podgorica")));
}

void TestExportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown chart") << QStringList {"--chart", "nope"} << QStringLiteral("Unknown chart “nope”");
    QTest::newRow("unknown format") << QStringList {"--format", "gif"} << QStringLiteral("Unknown format “gif”");
    QTest::newRow("unknown language") << QStringList {"--lang", "de"} << QStringLiteral("Unknown language “de”");
    QTest::newRow("size 0x0") << QStringList {"--size", "0x0"} << QStringLiteral("nearest size");
    QTest::newRow("size huge") << QStringList {"--size", "99999x99999"} << QStringLiteral("nearest size");
    QTest::newRow("size text") << QStringList {"--size", "big"} << QStringLiteral("WIDTHxHEIGHT");
    QTest::newRow("dpi 0") << QStringList {"--dpi", "0"} << QStringLiteral("resolution");
    QTest::newRow("dpi text") << QStringList {"--dpi", "high"} << QStringLiteral("whole number");
    QTest::newRow("unknown flag") << QStringList {"--frobnicate"} << QStringLiteral("frobnicate");
    QTest::newRow("stray argument") << QStringList {"extra"} << QStringLiteral("Unexpected argument");
}

void TestExportCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments << QStringLiteral("--out") << m_out->path();
    QCOMPARE(run(arguments), int(ExitUsage));
    QVERIFY2(m_stderr.contains(message), qPrintable(m_stderr));
    QCOMPARE(m_stderr.count(u'\n'), 1); // one line
    QVERIFY(QDir(m_out->path()).isEmpty());
}

void TestExportCommand::existingFilesNeedForce()
{
    QCOMPARE(run({"--out", m_out->path()}), int(ExitSuccess));
    const QString file = m_out->filePath(QStringLiteral("offences-by-year-en.png"));
    const QDateTime first = QFileInfo(file).lastModified();
    QCOMPARE(run({"--out", m_out->path()}), int(ExitFailure));
    QVERIFY(m_stderr.contains(QStringLiteral("--force")));
    QCOMPARE(QFileInfo(file).lastModified(), first);
    QCOMPARE(run({"--out", m_out->path(), "--force"}), int(ExitSuccess));
}

void TestExportCommand::unwritableFolderFails()
{
    QFile plain(m_out->filePath(QStringLiteral("file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QCOMPARE(run({"--out", m_out->filePath(QStringLiteral("file/sub"))}), int(ExitFailure));
    QVERIFY2(m_stderr.contains(QStringLiteral("Cannot write to the folder")), qPrintable(m_stderr));
}

void TestExportCommand::exportsTheChartOfYourFigures()
{
    UserData& user = m_services->context().userData;
    // Without figures of one's own there is no such chart, and it says what to do.
    QCOMPARE(run({"--chart", "your-figures", "--out", m_out->path()}), int(ExitFailure));
    QVERIFY2(m_stderr.contains(QStringLiteral("import some first")), qPrintable(m_stderr));
    QVERIFY(QDir(m_out->path()).isEmpty());
    const FigureCsv::ImportResult imported =
        user.importFile(QStringLiteral(VIGIE_SOURCE_DIR "/docs/examples/your-figures.csv"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(run({"--chart", "your-figures", "--format", "png,svg,csv", "--lang", "en,fr", "--out", m_out->path()}),
             int(ExitSuccess));
    QCOMPARE(m_stdout.split(u'\n', Qt::SkipEmptyParts).size(), 6);
    QCOMPARE(QImage(m_out->filePath(QStringLiteral("your-figures-en.png"))).size(), QSize(1600, 900));
    // Cited as the user's data, from the file's own sources, as on screen.
    QFile svg(m_out->filePath(QStringLiteral("your-figures-en.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString drawn = QString::fromUtf8(svg.readAll());
    QVERIFY2(drawn.contains(QStringLiteral("Your data")), "no mark of the user's data");
    QVERIFY(drawn.contains(QStringLiteral("Example CSIRT")));
    QFile csv(m_out->filePath(QStringLiteral("your-figures-fr.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("Example CSIRT")));
    // "all" takes it in once there are figures of one's own.
    QTemporaryDir all;
    QCOMPARE(run({"--chart", "all", "--out", all.path()}), int(ExitSuccess));
    QCOMPARE(m_stdout.split(u'\n', Qt::SkipEmptyParts).size(), ChartCatalog::chartIds().size() + 2);
    QVERIFY(QFileInfo::exists(QDir(all.path()).filePath(QStringLiteral("your-figures-en.png"))));
    QCOMPARE(user.removeYourFigures(), QString());
}

QTEST_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
