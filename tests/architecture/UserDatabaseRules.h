// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "tests/architecture/SourceScan.h"

// One owner for the user's database: the user-data service, core/data/UserData.{h,cpp}, holds its connection
// (core/data/UserDatabase.{h,cpp}) and offers import, export, backup and totals. Nothing else opens it.
namespace UserDatabaseRules {

/// The product folders these rules read.
inline const QStringList& productFolders()
{
    static const QStringList folders = {QStringLiteral("core/"), QStringLiteral("widgets/"), QStringLiteral("app/")};
    return folders;
}

/// The service and the connection class: the only files that may name UserDatabase.
inline bool isOwner(const QString& file)
{
    const QFileInfo info(file);
    // FigureCsv is the importer: it writes into the connection the service hands it, and opens nothing.
    return info.path() == QLatin1String("core/data")
        && (info.completeBaseName() == QLatin1String("UserData")
            || info.completeBaseName() == QLatin1String("UserDatabase")
            || info.completeBaseName() == QLatin1String("FigureCsv"));
}

/// Every place under @p root, outside the service, that could open the user database: a file of core/,
/// widgets/ or app/ that mentions UserDatabase at all (even in a comment), and, outside core/, a call of
/// ThreatDatabase::openFile, QSqlDatabase::addDatabase or sqlite3_open (in code, not in comments).
inline QList<SourceScan::Finding> violations(const QString& root)
{
    static const QRegularExpression mention(QStringLiteral(R"(\bUserDatabase\b)"));
    static const QRegularExpression opening(
        QStringLiteral(R"(\bThreatDatabase\s*::\s*openFile\b|\bQSqlDatabase\s*::\s*addDatabase\b|\bsqlite3_open\w*)"));
    QList<SourceScan::Finding> findings;
    for (const QString& folder : productFolders()) {
        for (const QString& file : SourceScan::sourceFiles(root, folder)) {
            const QStringList lines = SourceScan::readLines(QDir(root).filePath(file));
            const QStringList code = SourceScan::withoutComments(lines);
            const bool owner = isOwner(file);
            const bool inCore = file.startsWith(QLatin1String("core/"));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString text = lines.at(i).trimmed();
                if (!owner && mention.match(lines.at(i)).hasMatch())
                    findings.append({file, int(i + 1), text,
                                     QStringLiteral("only core/data/UserData.* and core/data/UserDatabase.* name "
                                                    "UserDatabase: go through UserData")});
                if (!inCore) {
                    const QRegularExpressionMatch call = opening.match(code.at(i));
                    if (call.hasMatch())
                        findings.append({file, int(i + 1), text,
                                         QStringLiteral("%1 outside core/: the user database is opened by UserData")
                                             .arg(call.captured(0))});
                }
            }
        }
    }
    return findings;
}

} // namespace UserDatabaseRules
