// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QString>

#include "tests/architecture/SourceScan.h"

// Small source trees for the architecture tests, written into a temporary folder.
namespace SyntheticTree {

/// A file's path relative to the root, then its text.
using Files = QList<QPair<QString, QByteArray>>;

/// Writes @p files under @p root, creating the folders they need.
inline bool write(const QString& root, const Files& files)
{
    for (const auto& [path, text] : files) {
        const QString full = QDir(root).filePath(path);
        if (!QDir().mkpath(QFileInfo(full).path()))
            return false;
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return false;
    }
    return true;
}

/// Why @p findings is not exactly one finding of @p rule for @p line at @p file:@p lineNumber; empty when it is.
inline QString notTheOneFinding(const QList<SourceScan::Finding>& findings, const QString& file, int lineNumber,
                                const QByteArray& line, const QString& rule)
{
    if (findings.size() != 1)
        return QStringLiteral("%1 finding(s) instead of one:\n%2").arg(findings.size()).arg(SourceScan::report(findings));
    const SourceScan::Finding& found = findings.first();
    if (found.file != file || found.line != lineNumber || found.text != QString::fromUtf8(line)
        || !found.rule.contains(rule))
        return QStringLiteral("expected %1:%2 (%3), found %4").arg(file).arg(lineNumber).arg(rule, found.toString());
    return {};
}

} // namespace SyntheticTree
