// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataio/CsvReader.h"

#include <QFile>
#include <QIODevice>
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
        if (piece.isValidUtf8()) { // the fast check; the decoder below only finds the line of a fault
            line += int(piece.count('\n'));
            at = end;
            continue;
        }
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
    m_checked = m_pos;
    if (QByteArrayView(m_data).sliced(m_pos).trimmed().isEmpty()) {
        fail(1, QStringLiteral("the file is empty"));
        return;
    }
    if (!checkUtf8(true))
        return;
    readHeader();
}

CsvReader::CsvReader(QIODevice& device, qsizetype maximumRecordBytes, qsizetype blockBytes)
    : m_device(&device)
    , m_atEnd(false)
    , m_maximumRecord(maximumRecordBytes)
    , m_block(std::max<qsizetype>(1, blockBytes))
{
    // Enough to see the byte order mark, then whether there is anything but white space.
    while (ok() && !m_atEnd && m_data.size() < 3)
        fill();
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_checked = std::max<qsizetype>(m_checked, m_pos); // what is checked stays checked
    }
    while (ok() && !m_atEnd && QByteArrayView(m_data).sliced(m_pos).trimmed().isEmpty()
           && m_data.size() <= m_maximumRecord)
        fill();
    if (!ok())
        return;
    if (QByteArrayView(m_data).sliced(m_pos).trimmed().isEmpty() && m_atEnd) {
        fail(1, QStringLiteral("the file is empty"));
        return;
    }
    readHeader();
}

void CsvReader::readHeader()
{
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
    m_atEnd = true;
    return false;
}

bool CsvReader::checkUtf8(bool toTheEnd)
{
    qsizetype end = m_data.size();
    if (!toTheEnd)
        end = m_data.lastIndexOf('\n') + 1; // whole lines only: a block may end inside a character
    if (end <= m_checked)
        return true;
    const QByteArrayView piece = QByteArrayView(m_data).sliced(m_checked, end - m_checked);
    if (const int line = firstInvalidUtf8Line(piece); line > 0)
        return fail(m_checkedLine + line - 1, QStringLiteral("the file is not valid UTF-8"));
    m_checkedLine += int(piece.count('\n'));
    m_checked = end;
    return true;
}

bool CsvReader::fill()
{
    if (!m_device || m_atEnd)
        return false;
    // What was read is gone: only the record being read stays, so the buffer never holds more than a record
    // and a block.
    if (m_pos > 0) {
        Q_ASSERT(m_checked >= m_pos); // a record is read only once its lines are checked
        m_data.remove(0, m_pos);
        m_checked -= m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_data.size();
    m_data.resize(old + m_block);
    const qint64 got = m_device->read(m_data.data() + old, m_block);
    m_data.resize(old + std::max<qint64>(got, 0));
    if (got < 0)
        return fail(m_line, QStringLiteral("cannot read: %1").arg(m_device->errorString()));
    if (got == 0)
        m_atEnd = true;
    return checkUtf8(m_atEnd);
}

bool CsvReader::readRecord(QList<QByteArray>& cells, int& startLine)
{
    startLine = m_line;
    while (ok()) {
        cells.clear();
        if (m_pos >= m_data.size() && m_atEnd)
            return false;
        const Parse result = m_pos >= m_data.size() ? Parse::NeedMore : parseRecord(cells, startLine);
        if (result == Parse::Record)
            return true;
        if (result != Parse::NeedMore)
            return false;
        // The record runs past the buffer: read it again from its start, with another block.
        if (m_data.size() - m_pos > m_maximumRecord)
            return fail(startLine, QStringLiteral("line %1 is longer than %2 bytes").arg(startLine).arg(m_maximumRecord));
        m_line = startLine;
        fill();
    }
    return false;
}

CsvReader::Parse CsvReader::parseRecord(QList<QByteArray>& cells, int startLine)
{
    const qsizetype recordStart = m_pos;
    auto needMore = [&] {
        m_pos = recordStart;
        m_line = startLine;
        return Parse::NeedMore;
    };
    const qsizetype n = m_data.size();
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
                if (m_pos >= n) {
                    if (!m_atEnd)
                        return needMore();
                    fail(startLine, QStringLiteral("a quoted field is not closed before the end of the file"));
                    return Parse::Failed;
                }
                if (m_pos + 1 >= n && !m_atEnd)
                    return needMore(); // a CR before LF, or a quote before its double: the next byte decides
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
            if (m_pos < n && data[m_pos] != ',' && data[m_pos] != '\r' && data[m_pos] != '\n') {
                fail(m_line, QStringLiteral("text after a closing quote"));
                return Parse::Failed;
            }
            cells.append(cell);
        } else {
            qsizetype end = m_pos;
            while (end < n && data[end] != ',' && data[end] != '\r' && data[end] != '\n' && data[end] != '"')
                ++end;
            if (end < n && data[end] == '"') {
                fail(m_line, QStringLiteral("a quote inside an unquoted field"));
                return Parse::Failed;
            }
            // A view into the buffer: the common cell costs no copy.
            cells.append(QByteArray::fromRawData(data + m_pos, end - m_pos));
            m_pos = end;
        }
        if (m_pos >= n)
            return m_atEnd ? Parse::Record : needMore();
        if (data[m_pos] == '\r' && m_pos + 1 >= n && !m_atEnd)
            return needMore();
        const char separator = data[m_pos++];
        if (separator == ',')
            continue;
        if (separator == '\r' && m_pos < n && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return Parse::Record;
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
    return readAll(reader);
}

CsvTable CsvReader::readAll(CsvReader& reader)
{
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
