// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportCommand.h"

#include <deque>
#include <future>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include "app/AppContext.h"
#include "app/cli/Commands.h"
#include "app/export/MapBatch.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/LanguageManager.h"
#include "core/map/MapLayer.h"
#include "widgets/ChartExporter.h"
#include "widgets/export/ExportLimits.h"
#include "widgets/map/MapExporter.h"

namespace Vigie {

namespace {

const QString mapId = MapExporter::id();

/// Every name --chart takes: Vigie's charts, the chart of the user's own figures, the map.
QStringList chartNames()
{
    return ChartCatalog::chartIds() << ChartCatalog::userFiguresId() << mapId;
}

QStringList splitList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts))
        items.append(item.trimmed().toLower());
    return items;
}

} // namespace

int ExportCommand::run(const QStringList& arguments, const AppContext& context, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports charts to image and document files, with no window."));
    addHelpOption(parser);
    const QCommandLineOption chartOption(QStringLiteral("chart"),
                                         tr("Charts to export, separated by commas, or “all” (with your figures' "
                                            "chart when you have imported some). Charts: %1.")
                                             .arg(chartNames().join(QStringLiteral(", "))),
                                         tr("names"), QStringLiteral("all"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Formats, separated by commas: png, jpg, pdf, svg, csv."), tr("formats"),
                                          QStringLiteral("png"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Languages of the exports, separated by commas: fr, en."), tr("languages"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), tr("Resolution in dots per inch (72 to 600)."), tr("dpi"),
                                       QStringLiteral("96"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Size in pixels, as WIDTHxHEIGHT."), tr("size"),
                                        QStringLiteral("1600x900"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder to write to (created if missing)."),
                                       tr("folder"), QStringLiteral("."));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace files that already exist."));
    const QCommandLineOption darkOption(QStringLiteral("dark"), tr("Use dark colours."));
    const QCommandLineOption layerOption(QStringLiteral("layer"),
                                         tr("The map's treaty layer: none, budapest (the Budapest Convention's "
                                            "Parties), protocol (its Second Protocol) or un (the UN Convention's "
                                            "signatories)."),
                                         tr("layer"), QStringLiteral("none"));
    parser.addOptions({chartOption, formatOption, langOption, dpiOption, sizeOption, outOption, forceOption, darkOption,
                       layerOption});

    auto usageError = [&](const QString& message) {
        io.err << "vigie export: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText() << Qt::flush;
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    // Charts, and the map, which has its own renderer.
    QStringList chartIds = splitList(parser.value(chartOption));
    const QString yoursId = ChartCatalog::userFiguresId();
    const ThreatDatabase* yours = context.userData.reader();
    if (chartIds == QStringList {QStringLiteral("all")}) {
        chartIds = ChartCatalog::chartIds();
        if (yours && yours->count(QStringLiteral("figure")) > 0)
            chartIds << yoursId;
        chartIds << mapId;
    }
    const bool withMap = chartIds.removeAll(mapId) > 0;
    QList<ChartData> charts;
    for (const QString& id : std::as_const(chartIds)) {
        if (id == yoursId) {
            // Read from the user's database, as its page shows it: the sums the importer keeps.
            const auto chart = yours ? context.catalog.userFigures(*yours) : std::nullopt;
            if (!chart) {
                const QString why = context.userData.unavailableReason();
                io.err << "vigie export: "
                       << (why.isEmpty() ? tr("You have no figures of your own to chart: import some first "
                                              "(vigie import FILE).")
                                         : why)
                       << Qt::endl;
                return ExitFailure;
            }
            charts.append(*chart);
            continue;
        }
        const auto chart = context.catalog.chart(id);
        if (!chart)
            return usageError(tr("Unknown chart “%1”. Charts: %2.").arg(id, chartNames().join(QStringLiteral(", "))));
        charts.append(*chart);
    }
    if (charts.isEmpty() && !withMap)
        return usageError(tr("No chart to export."));

    // Formats, languages, size, resolution.
    QList<ExportFormat> formats;
    for (const QString& name : splitList(parser.value(formatOption))) {
        const auto format = ChartExporter::formatFromName(name);
        if (!format)
            return usageError(tr("Unknown format “%1”: use png, jpg, pdf, svg or csv.").arg(name));
        if (!formats.contains(*format))
            formats.append(*format);
    }
    if (formats.isEmpty())
        return usageError(tr("No format given."));
    if (parser.isSet(langOption) && splitList(parser.value(langOption)).isEmpty())
        return usageError(tr("No language given: use fr, en or both."));
    QList<Language> languages;
    const QStringList languageCodes = parser.isSet(langOption)
        ? splitList(parser.value(langOption))
        : QStringList {languageCode(context.languages.language())};
    for (const QString& code : languageCodes) {
        const auto language = languageFromCode(code);
        if (!language)
            return usageError(tr("Unknown language “%1”: use fr or en.").arg(code));
        if (!languages.contains(*language))
            languages.append(*language);
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,6})[xX×](\\d{1,6})$"));
    const QRegularExpressionMatch size = sizePattern.match(parser.value(sizeOption).trimmed());
    if (!size.hasMatch())
        return usageError(tr("The size “%1” is not WIDTHxHEIGHT, for example 1600x900.").arg(parser.value(sizeOption)));
    bool dpiOk = false;
    const int dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk)
        return usageError(tr("The resolution “%1” is not a whole number.").arg(parser.value(dpiOption)));

    ExportOptions base;
    base.pixelSize = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    base.dpi = dpi;
    base.dark = parser.isSet(darkOption);
    const auto layer = MapLayer::kindFromName(parser.value(layerOption));
    if (!layer)
        return usageError(tr("Unknown layer “%1”: use none, budapest, protocol or un.").arg(parser.value(layerOption)));
    const MapLayer::Kind layerKind = *layer;
    if (const auto invalid = ExportLimits::refusal(base, formats))
        return usageError(*invalid);

    // The folder, and every target checked before anything is written.
    const QString outDir = parser.value(outOption);
    if (!QDir().mkpath(outDir) || !QFileInfo(outDir).isWritable()) {
        io.err << "vigie export: " << tr("Cannot write to the folder “%1”.").arg(outDir) << Qt::endl;
        return ExitFailure;
    }
    const QList<ExportJob> jobs = ChartExporter::plan(charts, languages, formats, base, outDir);
    const QList<ExportFile> mapFiles =
        withMap ? MapExporter::plan(languages, formats, base, outDir) : QList<ExportFile>();
    QStringList targets;
    for (const ExportJob& job : jobs)
        targets.append(job.path);
    for (const ExportFile& file : mapFiles)
        targets.append(file.path);
    for (const QString& target : std::as_const(targets)) {
        // A dangling link "does not exist" for QFileInfo::exists, but it is there: it counts as existing.
        if ((QFileInfo::exists(target) || QFileInfo(target).isSymLink()) && !parser.isSet(forceOption)) {
            io.err << "vigie export: " << tr("“%1” already exists: use --force to replace it.").arg(target) << Qt::endl;
            return ExitFailure;
        }
    }

    // The map's outlines are read on a second thread while the charts are drawn: on two cores, the whole
    // export then takes about as long as its charts alone.
    MapBatch map(context.database, context.translations, layerKind);
    if (!mapFiles.isEmpty())
        map.startLoading();
    // Each picture is drawn here and compressed on another thread while the next is drawn. The files are
    // reported in order; the first failure stops the batch, and a file already on its way is still
    // reported once written, so that the list says every file that exists.
    std::deque<std::pair<QString, std::future<ExportResult>>> pending;
    bool failed = false;
    auto finishOldest = [&] {
        auto [path, written] = std::move(pending.front());
        pending.pop_front();
        const ExportResult result = written.get();
        if (result.ok()) {
            io.out << path << Qt::endl;
        } else if (!failed) {
            io.err << "vigie export: " << result.error << Qt::endl;
            failed = true;
        }
    };
    for (const ExportJob& job : std::as_const(jobs)) {
        if (failed)
            break;
        pending.emplace_back(job.path, context.exporter.exportToFileInBackground(job.chart, job.path, job.options));
        if (pending.size() > 1)
            finishOldest();
    }
    while (!pending.empty())
        finishOldest();
    if (failed)
        return ExitFailure;
    for (const ExportFile& file : mapFiles) {
        if (const ExportResult result = map.write(file); !result.ok()) {
            io.err << "vigie export: " << result.error << Qt::endl;
            return ExitFailure;
        }
        io.out << file.path << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace Vigie
