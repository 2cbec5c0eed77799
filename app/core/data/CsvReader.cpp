// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace Vigie {

namespace {

CsvTable failed(int line, const QString& reason)
{
    CsvTable table;
    table.error = reason;
    table.errorLine = line;
    return table;
}

} // namespace

CsvTable CsvReader::parse(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return failed(1, QStringLiteral("the file is empty"));

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Decode line by line to name the first line with an invalid byte (a sequence never spans '\n').
        int line = 1;
        for (const QByteArray& raw : data.split('\n')) {
            QStringDecoder probe(QStringDecoder::Utf8);
            const QString decoded = probe.decode(raw); // decode() is lazy: converting runs it
            if (probe.hasError())
                break;
            ++line;
        }
        return failed(line, QStringLiteral("the file is not valid UTF-8"));
    }

    CsvTable table;
    QStringList cells;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    int line = 1;
    int rowStartLine = 1;

    auto endRow = [&]() -> bool {
        cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
        const bool blank = cells.size() == 1 && cells.first().isEmpty();
        if (table.header.isEmpty()) {
            table.header = cells;
        } else if (!blank) {
            if (cells.size() != table.header.size()) {
                table.error = QStringLiteral("expected %1 fields, found %2").arg(table.header.size()).arg(cells.size());
                table.errorLine = rowStartLine;
                return false;
            }
            table.rows.append({rowStartLine, cells});
        }
        cells.clear();
        return true;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!(c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                    cell.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!cell.isEmpty() || cellWasQuoted)
                return failed(line, QStringLiteral("a quote inside an unquoted field"));
            inQuotes = true;
            cellWasQuoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (!endRow())
                return table;
            ++line;
            rowStartLine = line;
        } else {
            if (cellWasQuoted)
                return failed(line, QStringLiteral("text after a closing quote"));
            cell.append(c);
        }
    }
    if (inQuotes)
        return failed(rowStartLine, QStringLiteral("a quoted field is not closed before the end of the file"));
    if (!cell.isEmpty() || !cells.isEmpty() || cellWasQuoted) {
        if (!endRow())
            return table;
    }
    if (table.header.isEmpty() || (table.header.size() == 1 && table.header.first().isEmpty()))
        return failed(1, QStringLiteral("the header is missing"));
    return table;
}

CsvTable CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(0, QStringLiteral("cannot open: %1").arg(file.errorString()));
    return parse(file.readAll());
}

} // namespace Vigie
