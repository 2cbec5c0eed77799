// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureCsv.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include "CsvReader.h"
#include "SqlConnection.h"
#include "UserDatabase.h"

namespace Vigie {

namespace {

constexpr int maximumCell = 20000; // characters; a quote longer than this is not a quote

QString escapeCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    return cell;
}

QString unescapeCell(const QString& cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && QStringLiteral("=+-@").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

bool isPeriod(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(-(\\d{2})(-(\\d{2}))?)?(-(\\d{4}))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    if (!m.captured(5).isEmpty())
        return QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(5).toInt()).isValid();
    if (!m.captured(3).isEmpty())
        return m.captured(3).toInt() >= 1 && m.captured(3).toInt() <= 12 && m.captured(7).isEmpty();
    return m.captured(7).isEmpty() || m.captured(7).toInt() >= m.captured(1).toInt();
}

} // namespace

const QStringList& FigureCsv::columns()
{
    static const QStringList list = {
        QStringLiteral("key"),         QStringLiteral("topic"),         QStringLiteral("value"),
        QStringLiteral("unit"),        QStringLiteral("period"),        QStringLiteral("label_en"),
        QStringLiteral("label_fr"),    QStringLiteral("confidence"),    QStringLiteral("source_publisher"),
        QStringLiteral("source_title"), QStringLiteral("source_url"),   QStringLiteral("quote"),
        QStringLiteral("note_en"),     QStringLiteral("note_fr")};
    return list;
}

QByteArray FigureCsv::write(const QList<Figure>& figures)
{
    QString out = columns().join(u',') + u'\n';
    for (const Figure& f : figures) {
        const char* confidence = f.confidence == Confidence::High ? "high" : f.confidence == Confidence::Low ? "low"
                                                                                                            : "medium";
        const QStringList cells = {f.key,          f.topic,          f.value,           f.unit,
                                   f.period,       f.label.english,  f.label.french,    QString::fromLatin1(confidence),
                                   f.source.publisher, f.source.title, f.source.url,    f.quote,
                                   f.note.english, f.note.french};
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(escapeCell(cell));
        out += escaped.join(u',') + u'\n';
    }
    return out.toUtf8();
}

FigureCsv::ImportResult FigureCsv::importFile(const QString& path, UserDatabase& database,
                                              const QStringList& reservedKeys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {0, tr("Cannot read “%1”: %2").arg(path, file.errorString())};
    return import(file.readAll(), database, reservedKeys);
}

FigureCsv::ImportResult FigureCsv::import(const QByteArray& csv, UserDatabase& database,
                                          const QStringList& reservedKeys)
{
    auto lineError = [](int line, const QString& reason) {
        return ImportResult{0, tr("Line %1: %2").arg(line).arg(reason)};
    };
    const CsvTable table = CsvReader::parse(csv);
    if (!table.ok()) {
        // The reader's reasons are developer text; say them in the user's words.
        QString reason = tr("the file is not valid CSV (%1).").arg(table.error);
        if (table.error.contains(QLatin1String("UTF-8")))
            reason = tr("the file is not UTF-8 text: save it as UTF-8 and import it again.");
        else if (table.error.contains(QLatin1String("empty")))
            reason = tr("the file is empty.");
        else if (table.error.contains(QLatin1String("fields")))
            reason = tr("this line does not have %1 fields, like the header.").arg(table.header.size());
        return lineError(table.errorLine, reason);
    }
    if (table.header != columns())
        return lineError(1, tr("the header must be exactly: %1").arg(columns().join(u',')));
    if (table.rows.isEmpty())
        return lineError(2, tr("the file has a header but no figure."));

    const QSet<QString> reserved(reservedKeys.cbegin(), reservedKeys.cend());
    QSet<QString> seen;
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$"));
    static const QRegularExpression numberPattern(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    QList<QStringList> rows;
    for (const CsvRow& row : table.rows) {
        QStringList cells;
        for (const QString& cell : row.cells) {
            if (cell.size() > maximumCell)
                return lineError(row.line, tr("a field is longer than %1 characters.").arg(maximumCell));
            cells.append(unescapeCell(cell.trimmed()));
        }
        const auto col = [&](const char* name) -> QString& { return cells[columns().indexOf(QLatin1String(name))]; };
        const QString key = col("key");
        if (!keyPattern.match(key).hasMatch())
            return lineError(row.line, tr("the key “%1” must be letters, digits, dots, dashes or underscores.").arg(key));
        if (seen.contains(key))
            return lineError(row.line, tr("the key “%1” appears twice in the file.").arg(key));
        if (reserved.contains(key) || database.hasFigure(key))
            return lineError(row.line, tr("the key “%1” is already in use.").arg(key));
        seen.insert(key);
        if (col("value").isEmpty())
            return lineError(row.line, tr("the value is empty."));
        if (col("unit").isEmpty())
            return lineError(row.line, tr("the unit is empty."));
        if ((col("unit") == QLatin1String("count") || col("unit").startsWith(QLatin1String("percent")))
            && !numberPattern.match(col("value")).hasMatch())
            return lineError(row.line, tr("“%1” is not a number (a dot for decimals, no spaces).").arg(col("value")));
        if (!col("period").isEmpty() && !isPeriod(col("period")))
            return lineError(row.line,
                             tr("the period “%1” is not a year, month or date (2023, 2023-11, 2023-11-08 or "
                                "2019-2023).")
                                 .arg(col("period")));
        if (col("label_en").isEmpty() && col("label_fr").isEmpty())
            return lineError(row.line, tr("the figure needs a label, in English or French."));
        if (col("label_en").isEmpty())
            col("label_en") = col("label_fr");
        if (col("label_fr").isEmpty())
            col("label_fr") = col("label_en");
        if (!QStringList{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}.contains(col("confidence")))
            return lineError(row.line, tr("the confidence must be high, medium or low."));
        if (col("confidence") == QLatin1String("low") && col("note_en").isEmpty() && col("note_fr").isEmpty())
            return lineError(row.line, tr("a low-confidence figure needs a note that says why."));
        if (col("source_publisher").isEmpty() || col("source_title").isEmpty())
            return lineError(row.line, tr("the source's publisher and title are required."));
        const QUrl url(col("source_url"), QUrl::StrictMode);
        if (!col("source_url").isEmpty()
            && (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))
            return lineError(row.line, tr("the source address must start with http:// or https://."));
        if (col("quote").isEmpty())
            return lineError(row.line, tr("the quote is empty: copy the source's own words."));
        cells.append(QString::number(row.line));
        rows.append(cells);
    }

    // Everything is valid: write it all, or nothing.
    QSqlDatabase& sql = database.connection().database();
    if (!sql.transaction())
        return {0, tr("The database is busy or read-only: %1").arg(sql.lastError().text())};
    QSqlQuery source(sql);
    source.prepare(QStringLiteral("INSERT OR IGNORE INTO source (id, publisher, title, url, language, short_en, "
                                  "short_fr) VALUES (?, ?, ?, ?, 'other', ?, ?)"));
    QSqlQuery figure(sql);
    figure.prepare(QStringLiteral("INSERT INTO figure (key, topic, value, number, unit, period, label_en, label_fr, "
                                  "confidence, source_id, quote, note_en, note_fr) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QStringList& c : std::as_const(rows)) {
        const QString sourceId = QStringLiteral("user-")
            + QString::fromLatin1(QCryptographicHash::hash((c[8] + u'\n' + c[9] + u'\n' + c[10]).toUtf8(),
                                                           QCryptographicHash::Sha1)
                                      .toHex()
                                      .left(16));
        for (const QVariant& v : {QVariant(sourceId), QVariant(c[8]), QVariant(c[9]), QVariant(c[10]), QVariant(c[8]),
                                  QVariant(c[8])})
            source.addBindValue(v);
        const bool numeric = numberPattern.match(c[2]).hasMatch();
        for (const QVariant& v :
             {QVariant(c[0]), QVariant(c[1].isEmpty() ? QStringLiteral("user") : c[1]), QVariant(c[2]),
              numeric ? QVariant(c[2].toDouble()) : QVariant(), QVariant(c[3]), QVariant(c[4]), QVariant(c[5]),
              QVariant(c[6]), QVariant(c[7]), QVariant(sourceId), QVariant(c[11]), QVariant(c[12]), QVariant(c[13])})
            figure.addBindValue(v);
        if (!source.exec() || !figure.exec()) {
            const QString reason = (source.lastError().isValid() ? source : figure).lastError().text();
            sql.rollback();
            return lineError(c.last().toInt(), tr("the database refused it: %1").arg(reason));
        }
    }
    if (!sql.commit()) {
        const QString reason = sql.lastError().text();
        sql.rollback();
        return {0, tr("The import was not saved: %1").arg(reason)};
    }
    return {int(rows.size()), {}};
}

} // namespace Vigie
