// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataio/CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace Vigie {

namespace {

/// The line (1-based) of the first invalid UTF-8 sequence in @p data, or 0 if it is all valid. Checked a
/// block of whole lines at a time, into one reused buffer: no decoded copy of a large file is kept. A
/// multi-byte sequence never holds a '\n' byte, so a block that ends after '\n' never splits one.
int firstInvalidUtf8Line(QByteArrayView data)
{
    constexpr qsizetype block = 1 << 20;
    QString buffer;
    int line = 1;
    for (qsizetype at = 0; at < data.size();) {
        qsizetype end = std::min(data.size(), at + block);
        if (end < data.size()) {
            const qsizetype newline = data.sliced(at, end - at).lastIndexOf('\n');
            if (newline >= 0)
                end = at + newline + 1;
        }
        const QByteArrayView piece = data.sliced(at, end - at);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        buffer.resize(decoder.requiredSpace(piece.size()));
        decoder.appendToBuffer(buffer.data(), piece);
        if (decoder.hasError()) {
            // Find the line within the block, one line at a time.
            qsizetype lineStart = 0;
            while (lineStart <= piece.size()) {
                qsizetype lineEnd = piece.indexOf('\n', lineStart);
                if (lineEnd < 0)
                    lineEnd = piece.size();
                QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                probe.appendToBuffer(buffer.data(), piece.sliced(lineStart, lineEnd - lineStart));
                if (probe.hasError())
                    return line;
                ++line;
                lineStart = lineEnd + 1;
            }
            return line;
        }
        line += int(piece.count('\n'));
        at = end;
    }
    return 0;
}

} // namespace

CsvReader::CsvReader(const QByteArray& bytes)
    : m_data(bytes)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    const QByteArrayView content = QByteArrayView(m_data).sliced(m_pos);
    if (content.trimmed().isEmpty()) {
        fail(1, QStringLiteral("the file is empty"));
        return;
    }
    if (const int line = firstInvalidUtf8Line(content); line > 0) {
        fail(line, QStringLiteral("the file is not valid UTF-8"));
        return;
    }
    QList<QByteArray> cells;
    int startLine = 1;
    if (readRecord(cells, startLine) && !(cells.size() == 1 && cells.first().isEmpty())) {
        for (const QByteArray& cell : std::as_const(cells))
            m_header.append(QString::fromUtf8(cell));
    } else if (ok()) {
        fail(1, QStringLiteral("the header is missing"));
    }
}

bool CsvReader::fail(int line, const QString& reason)
{
    m_error = reason;
    m_errorLine = line;
    m_pos = m_data.size();
    return false;
}

bool CsvReader::readRecord(QList<QByteArray>& cells, int& startLine)
{
    cells.clear();
    const qsizetype n = m_data.size();
    if (m_pos >= n || !ok())
        return false;
    startLine = m_line;
    const char* data = m_data.constData();
    while (true) {
        if (m_pos < n && data[m_pos] == '"') {
            QByteArray cell;
            ++m_pos;
            while (true) {
                qsizetype end = m_pos;
                while (end < n && data[end] != '"' && data[end] != '\r' && data[end] != '\n')
                    ++end;
                cell.append(data + m_pos, end - m_pos);
                m_pos = end;
                if (m_pos >= n)
                    return fail(startLine, QStringLiteral("a quoted field is not closed before the end of the file"));
                if (data[m_pos] == '\r') { // a CRLF inside quotes is kept as LF
                    if (m_pos + 1 >= n || data[m_pos + 1] != '\n')
                        cell.append('\r');
                    ++m_pos;
                } else if (data[m_pos] == '\n') {
                    cell.append('\n');
                    ++m_line;
                    ++m_pos;
                } else if (m_pos + 1 < n && data[m_pos + 1] == '"') {
                    cell.append('"');
                    m_pos += 2;
                } else {
                    ++m_pos; // the closing quote
                    break;
                }
            }
            if (m_pos < n && data[m_pos] != ',' && data[m_pos] != '\r' && data[m_pos] != '\n')
                return fail(m_line, QStringLiteral("text after a closing quote"));
            cells.append(cell);
        } else {
            qsizetype end = m_pos;
            while (end < n && data[end] != ',' && data[end] != '\r' && data[end] != '\n' && data[end] != '"')
                ++end;
            if (end < n && data[end] == '"')
                return fail(m_line, QStringLiteral("a quote inside an unquoted field"));
            // A view into m_data: the common cell costs no copy.
            cells.append(QByteArray::fromRawData(data + m_pos, end - m_pos));
            m_pos = end;
        }
        if (m_pos >= n)
            return true;
        const char separator = data[m_pos++];
        if (separator == ',')
            continue;
        if (separator == '\r' && m_pos < n && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

bool CsvReader::next(CsvRawRow& row)
{
    if (m_header.isEmpty() || !ok())
        return false;
    int startLine = 0;
    while (readRecord(row.cells, startLine)) {
        if (row.cells.size() == 1 && row.cells.first().isEmpty())
            continue; // a blank line
        if (row.cells.size() != m_header.size())
            return fail(startLine, QStringLiteral("expected %1 fields, found %2").arg(m_header.size()).arg(row.cells.size()));
        row.line = startLine;
        return true;
    }
    return false;
}

bool CsvReader::next(CsvRow& row)
{
    CsvRawRow raw;
    if (!next(raw))
        return false;
    row.line = raw.line;
    row.cells.clear();
    for (const QByteArray& cell : std::as_const(raw.cells))
        row.cells.append(QString::fromUtf8(cell));
    return true;
}

CsvTable CsvReader::parse(const QByteArray& bytes)
{
    CsvReader reader(bytes);
    CsvTable table;
    table.header = reader.header();
    CsvRow row;
    while (reader.next(row))
        table.rows.append(row);
    if (!reader.ok()) {
        table.rows.clear();
        table.error = reader.error();
        table.errorLine = reader.errorLine();
    }
    return table;
}

CsvTable CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error = QStringLiteral("cannot open: %1").arg(file.errorString());
        return table;
    }
    return parse(file.readAll());
}

} // namespace Vigie
