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

/// The same, with each cell as UTF-8 bytes. Unquoted cells point into the reader's data without a copy, so a
/// row is valid only while its reader lives.
struct CsvRawRow
{
    int line = 0;
    QList<QByteArray> cells;
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
///
/// It reads row by row, on the bytes, so that an import of a million rows checks and writes each row as it
/// goes, without a decoded copy of the whole file; parse() reads everything at once for small files.
class CsvReader
{
public:
    /// Checks that @p bytes are UTF-8 and reads the header.
    explicit CsvReader(const QByteArray& bytes);

    /// The first row; empty with error() set if the file has none.
    const QStringList& header() const { return m_header; }
    /// Reads the next non-blank data row. Returns false at the end of the file or on an error.
    bool next(CsvRawRow& row);
    bool next(CsvRow& row);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    static CsvTable parse(const QByteArray& bytes);
    static CsvTable readFile(const QString& path);

private:
    /// Reads one record (which may be blank) into @p cells; false at the end of the data or on an error.
    bool readRecord(QList<QByteArray>& cells, int& startLine);
    bool fail(int line, const QString& reason);

    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QStringList m_header;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace Vigie
