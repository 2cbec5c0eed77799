// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;
#include <QString>
#include <QStringList>

namespace Vigie {

/// One data row of a CSV file, with the line it starts on (1-based, the header is line 1).
struct CsvRow
{
    int line = 0;
    QStringList cells;
};

/// The same, with each cell as UTF-8 bytes. Unquoted cells point into the reader's buffer without a copy, so a
/// row is valid only until the reader's next call.
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
/// goes. From a device it reads blocks, keeping only the rows not yet read: memory stays flat whatever the
/// file's size, and a record longer than the maximum (a file with no line break) is an error at its line.
/// parse() reads everything at once for small files.
class CsvReader
{
public:
    /// Checks that @p bytes are UTF-8 and reads the header.
    explicit CsvReader(const QByteArray& bytes);
    /// Reads @p device (open, readable, not owned) block by block; the UTF-8 check goes with the reading, so
    /// an invalid line is reported when the rows before it have been read.
    /// @p blockBytes is how much it reads at a time (small ones test the seams between blocks).
    explicit CsvReader(QIODevice& device, qsizetype maximumRecordBytes = defaultMaximumRecord,
                       qsizetype blockBytes = defaultBlock);

    static constexpr qsizetype defaultMaximumRecord = 16 << 20;
    static constexpr qsizetype defaultBlock = 1 << 20;

    /// The first row; empty with error() set if the file has none.
    const QStringList& header() const { return m_header; }
    /// Reads the next non-blank data row. Returns false at the end of the file or on an error.
    bool next(CsvRawRow& row);
    bool next(CsvRow& row);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    static CsvTable parse(const QByteArray& bytes);
    /// Every row left in @p reader, or none and its error.
    static CsvTable readAll(CsvReader& reader);
    static CsvTable readFile(const QString& path);

private:
    void readHeader();
    /// Reads one record (which may be blank) into @p cells; false at the end of the data or on an error.
    bool readRecord(QList<QByteArray>& cells, int& startLine);
    enum class Parse { Record, End, NeedMore, Failed };
    /// One attempt on the buffer as it is; NeedMore when the record runs past it and the device has more.
    Parse parseRecord(QList<QByteArray>& cells, int startLine);
    /// Drops what was read, then appends a block from the device and checks its whole lines are UTF-8.
    /// False when nothing more can come.
    bool fill();
    bool checkUtf8(bool toTheEnd);
    bool fail(int line, const QString& reason);

    QIODevice* m_device = nullptr;
    bool m_atEnd = true; ///< nothing more to read from the device
    qsizetype m_maximumRecord = defaultMaximumRecord;
    qsizetype m_block = defaultBlock;
    qsizetype m_checked = 0; ///< the buffer is checked as UTF-8 up to here
    int m_checkedLine = 1;   ///< the line at m_checked
    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QStringList m_header;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace Vigie
