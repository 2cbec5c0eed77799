// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>

#include "tests/architecture/SourceScan.h"

// The layers, from the bottom up: core/dataio/ (vigie_dataio), core/ (vigie_core), widgets/ (vigie_widgets),
// app/ (the executable); tools/ (the build tool) stands on core/dataio/ alone. Every quoted include is written
// from the repository root, so the compiler lets any file include any other: these rules keep the layers.
namespace LayerRules {

/// A folder of the product, what its files may include, and whether they may see Qt Widgets or SQL.
struct Layer
{
    QString folder; // relative to the root, with its final slash
    QStringList mayInclude; // prefixes of the includes allowed
    bool widgets = true; // Qt Widgets and QCustomPlot headers
    bool sql = true; // Qt SQL and SQLite headers
};

/// Most specific first: a file belongs to the first layer whose folder holds it.
inline const QList<Layer>& layers()
{
    static const QList<Layer> all = {
        {QStringLiteral("core/dataio/"), {QStringLiteral("core/dataio/")}, false, true},
        {QStringLiteral("core/"), {QStringLiteral("core/")}, false, true},
        {QStringLiteral("widgets/"), {QStringLiteral("core/"), QStringLiteral("widgets/")}, true, false},
        {QStringLiteral("app/"),
         {QStringLiteral("core/"), QStringLiteral("widgets/"), QStringLiteral("app/")},
         true,
         false},
        // A tool's own headers are its own; of the product it sees only vigie_dataio.
        {QStringLiteral("tools/"), {QStringLiteral("core/dataio/"), QStringLiteral("tools/")}, true, true},
    };
    return all;
}

/// How a quoted include of the repository starts.
inline const QStringList& rootFolders()
{
    static const QStringList folders = {QStringLiteral("core/"),  QStringLiteral("widgets/"), QStringLiteral("app/"),
                                        QStringLiteral("tests/"), QStringLiteral("bench/"),   QStringLiteral("tools/")};
    return folders;
}

/// The headers of Qt Widgets: the common ones, and every file of the QtWidgets include folder when there is one
/// (both the class headers, <QLabel>, and the lower-case ones, <qlabel.h>).
inline QSet<QString> qtWidgetsHeaders()
{
    QSet<QString> headers = {
        QStringLiteral("QtWidgets"),      QStringLiteral("QWidget"),         QStringLiteral("QApplication"),
        QStringLiteral("QMainWindow"),    QStringLiteral("QDialog"),         QStringLiteral("QDialogButtonBox"),
        QStringLiteral("QMessageBox"),    QStringLiteral("QFileDialog"),     QStringLiteral("QLabel"),
        QStringLiteral("QPushButton"),    QStringLiteral("QToolButton"),     QStringLiteral("QAbstractButton"),
        QStringLiteral("QCheckBox"),      QStringLiteral("QRadioButton"),    QStringLiteral("QButtonGroup"),
        QStringLiteral("QComboBox"),      QStringLiteral("QLineEdit"),       QStringLiteral("QSpinBox"),
        QStringLiteral("QTextEdit"),      QStringLiteral("QTextBrowser"),    QStringLiteral("QPlainTextEdit"),
        QStringLiteral("QLayout"),        QStringLiteral("QBoxLayout"),      QStringLiteral("QVBoxLayout"),
        QStringLiteral("QHBoxLayout"),    QStringLiteral("QGridLayout"),     QStringLiteral("QFormLayout"),
        QStringLiteral("QStackedLayout"), QStringLiteral("QStackedWidget"),  QStringLiteral("QTabWidget"),
        QStringLiteral("QTabBar"),        QStringLiteral("QSplitter"),       QStringLiteral("QScrollArea"),
        QStringLiteral("QFrame"),         QStringLiteral("QGroupBox"),       QStringLiteral("QMenu"),
        QStringLiteral("QMenuBar"),       QStringLiteral("QToolBar"),        QStringLiteral("QStatusBar"),
        QStringLiteral("QToolTip"),       QStringLiteral("QTableView"),      QStringLiteral("QListView"),
        QStringLiteral("QTreeView"),      QStringLiteral("QListWidget"),     QStringLiteral("QTableWidget"),
        QStringLiteral("QTreeWidget"),    QStringLiteral("QHeaderView"),     QStringLiteral("QAbstractItemView"),
        QStringLiteral("QProgressBar"),   QStringLiteral("QProgressDialog"), QStringLiteral("QStyle"),
        QStringLiteral("QGraphicsView"),  QStringLiteral("QGraphicsScene"),  QStringLiteral("QGestureEvent"),
        QStringLiteral("QSizePolicy"),    QStringLiteral("QSystemTrayIcon"), QStringLiteral("QWizard"),
    };
    const QStringList dirs = {QLibraryInfo::path(QLibraryInfo::HeadersPath) + QStringLiteral("/QtWidgets"),
                              QStringLiteral("/usr/include/x86_64-linux-gnu/qt6/QtWidgets")};
    for (const QString& dir : dirs) {
        const QStringList entries = QDir(dir).entryList(QDir::Files);
        for (const QString& entry : entries)
            headers.insert(entry);
    }
    return headers;
}

inline bool isWidgetsHeader(const QString& name, const QSet<QString>& widgetsHeaders)
{
    const QString file = name.section(QLatin1Char('/'), -1);
    return name.startsWith(QLatin1String("QtWidgets/")) || name.startsWith(QLatin1String("qcustomplot"))
        || file.compare(QLatin1String("qcustomplot.h"), Qt::CaseInsensitive) == 0
        || (!name.contains(QLatin1Char('/')) && widgetsHeaders.contains(name));
}

inline bool isSqlHeader(const QString& name)
{
    const QString file = name.section(QLatin1Char('/'), -1);
    return name.startsWith(QLatin1String("QSql")) || name.startsWith(QLatin1String("QtSql"))
        || (file.startsWith(QLatin1String("qsql")) && file.endsWith(QLatin1String(".h")))
        || file == QLatin1String("sqlite3.h") || file == QLatin1String("sqlite3ext.h");
}

inline bool isRootRelative(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1String("./")) || name.contains(QLatin1String("//")))
        return false;
    for (const QString& folder : rootFolders())
        if (name.startsWith(folder))
            return true;
    return false;
}

/// Every include of the product folders under @p root that breaks a rule: an include of a higher layer (or
/// of tests/ or bench/), a quoted include not written from the root (except "Foo.moc"), Qt Widgets or
/// QCustomPlot in core/, Qt SQL or SQLite in widgets/ or app/. @p widgetsHeaders names the Qt Widgets headers.
inline QList<SourceScan::Finding> violations(const QString& root,
                                             const QSet<QString>& widgetsHeaders = qtWidgetsHeaders())
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]*)[>"])"));
    QList<SourceScan::Finding> findings;
    QSet<QString> seen;
    for (const Layer& layer : layers()) {
        for (const QString& file : SourceScan::sourceFiles(root, layer.folder)) {
            if (seen.contains(file)) // already read for a more specific layer (core/dataio/ before core/)
                continue;
            seen.insert(file);
            const QStringList lines = SourceScan::readLines(QDir(root).filePath(file));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QRegularExpressionMatch match = include.match(lines.at(i));
                if (!match.hasMatch())
                    continue;
                const bool quoted = match.captured(1) == QLatin1String("\"");
                const QString name = match.captured(2).trimmed();
                auto report = [&](const QString& rule) {
                    findings.append({file, int(i + 1), lines.at(i).trimmed(), rule});
                };
                if (quoted && name.endsWith(QLatin1String(".moc")) && !name.contains(QLatin1Char('/')))
                    continue;
                const bool ofTheRepository = isRootRelative(name);
                if (quoted && !ofTheRepository) {
                    report(QStringLiteral("a quoted include is written from the repository root: %1…")
                               .arg(rootFolders().join(QLatin1String(", "))));
                    continue;
                }
                if (ofTheRepository) {
                    const bool allowed = std::any_of(layer.mayInclude.cbegin(), layer.mayInclude.cend(),
                                                     [&](const QString& prefix) { return name.startsWith(prefix); });
                    if (!allowed)
                        report(QStringLiteral("%1 may include only %2")
                                   .arg(layer.folder, layer.mayInclude.join(QLatin1String(" and "))));
                    continue;
                }
                if (!layer.widgets && isWidgetsHeader(name, widgetsHeaders))
                    report(QStringLiteral("%1 uses no Qt Widgets and no QCustomPlot").arg(layer.folder));
                if (!layer.sql && isSqlHeader(name))
                    report(QStringLiteral("%1 uses no SQL: the database stays in core/").arg(layer.folder));
            }
        }
    }
    return findings;
}

} // namespace LayerRules
