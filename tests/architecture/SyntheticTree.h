// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QString>

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

} // namespace SyntheticTree
