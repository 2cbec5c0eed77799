// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vigie {

/// One data row of a CSV file, with the line it starts on (1-based, the header is line 1).
struct CsvRow
{
    int line = 0;
    QStringList cells;
};

/// A parsed CSV table: its header and rows, or the first error met.
struct CsvTable
{
    QStringList header;
    QList<CsvRow> rows;
    QString error;   ///< empty when the file is valid
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
    int column(const QString& name) const { return header.indexOf(name); }
};

/// Reads RFC 4180 CSV: UTF-8 with or without BOM, LF or CRLF, quoted fields with doubled quotes and line
/// breaks. Every row must have as many cells as the header. Errors are untranslated developer text with
/// the line number, because the same parser serves the build tool and the import (which wraps them).
class CsvReader
{
public:
    static CsvTable parse(const QByteArray& bytes);
    static CsvTable readFile(const QString& path);
};

} // namespace Vigie
