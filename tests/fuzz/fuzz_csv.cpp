// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the CSV reader behind the database build and the import. It must never crash, and every
// table it accepts must be rectangular with increasing line numbers.

#include <cstdlib>

#include "core/dataio/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Vigie::CsvTable table = Vigie::CsvReader::parse(bytes);
    if (table.ok()) {
        int line = 1;
        for (const Vigie::CsvRow& row : table.rows) {
            if (row.cells.size() != table.header.size() || row.line <= line)
                std::abort();
            line = row.line;
        }
    } else if (table.errorLine < 0) {
        std::abort();
    }
    return 0;
}
