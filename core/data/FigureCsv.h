// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/data/Records.h"

namespace Vigie {

class CsvReader;
class UserDatabase;

/// Vigie's CSV format for figures (docs/import-format.md): what "Export data" writes and "Import" reads.
class FigureCsv
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FigureCsv)

public:
    static const QStringList& columns();
    /// The optional last column that Export Data writes: "yours" for the user's figures, "vigie" for Vigie's
    /// own, which an import skips, so that what Export Data writes imports again.
    static QString originColumn();
    /// The optional columns after the fourteen (schema 6): the topic's name in English and in French.
    static const QStringList& topicLabelColumns();

    /// Every figure as CSV, UTF-8, with its origin. Cells that a spreadsheet would run as a formula (starting with = + - @)
    /// are written with a leading apostrophe, which import removes again.
    static QByteArray write(const QList<Figure>& figures, const QHash<QString, LocalizedText>& topicLabels = {});
    /// The same a line at a time, for a file written as it is read: the header line, then one line a figure.
    static QByteArray headerLine();
    static QByteArray line(const Figure& figure, const LocalizedText& topicLabel = {});

    struct ImportResult
    {
        int imported = 0;
        QString error; ///< translated, with the line; empty on success
        int skipped = 0; ///< rows marked as Vigie's own figures (origin "vigie"), which an import leaves out
        bool ok() const { return error.isEmpty(); }
    };
    /// Validates every row, then inserts them all in one transaction, or none. Keys must be new: neither in
    /// @p database nor among @p reservedKeys (Vigie's own figures).
    static ImportResult import(const QByteArray& csv, UserDatabase& database, const QStringList& reservedKeys = {});
    /// Why @p path cannot be imported before it is even opened (it does not exist, or it is not a regular
    /// file), translated; empty when it can be tried.
    static QString refusal(const QString& path);
    /// The same from a file, read block by block; anything but a regular file (a pipe, a device) is refused.
    static ImportResult importFile(const QString& path, UserDatabase& database, const QStringList& reservedKeys = {});

private:
    static ImportResult import(CsvReader& reader, UserDatabase& database, const QStringList& reservedKeys);
};

} // namespace Vigie
