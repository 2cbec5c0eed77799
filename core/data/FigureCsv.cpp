// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/FigureCsv.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

#include "core/data/NativeStatement.h"
#include "core/data/SqliteDefences.h"
#include "core/data/UserDatabase.h"
#include "core/dataio/CsvReader.h"
#include "core/dataio/FigureTotals.h"
#include "core/dataio/FigureWords.h"
#include "core/dataio/SqlConnection.h"

namespace Vigie {

namespace {

constexpr int maximumCell = 20000; // characters; a quote longer than this is not a quote
// Bytes in one record: every cell at its longest, in four-byte characters, with its quotes doubled, fits.
constexpr qsizetype maximumRecord = 4 << 20;

QString escapeCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    return cell;
}

QByteArray unescapeCell(const QByteArray& cell)
{
    if (cell.size() > 1 && cell.front() == '\'' && QByteArrayView("=+-@").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Hand-written checks on the UTF-8 bytes rather than regular expressions on decoded text: they run on every
// row of imports of a million rows.

bool isPeriod(const QByteArray& bytes)
{
    if (bytes.size() == 4 && std::all_of(bytes.cbegin(), bytes.cend(), isAsciiDigit))
        return true; // the common case, without the expression
    const QString text = QString::fromUtf8(bytes);
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

// The columns of the format, in order (FigureCsv::columns()).
enum Column
{
    Key,
    Topic,
    Value,
    Unit,
    Period,
    LabelEn,
    LabelFr,
    ConfidenceLevel,
    Publisher,
    Title,
    Url,
    Quote,
    NoteEn,
    NoteFr,
    // Optional, in this order: the topic's names (since schema 6), then the origin Export All writes.
};

/// Letters, digits, '.', '-' or '_', starting with a letter or digit; at most 120 characters.
bool isKey(const QByteArray& key)
{
    if (key.isEmpty() || key.size() > 120 || !isAsciiAlnum(key.front()))
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) { return isAsciiAlnum(c) || c == '.' || c == '-' || c == '_'; });
}

/// -?digits(.digits)?
bool isNumber(const QByteArray& text)
{
    qsizetype i = text.startsWith('-') ? 1 : 0;
    const qsizetype integerStart = i;
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    if (i == integerStart)
        return false;
    if (i == text.size())
        return true;
    if (text.at(i) != '.' || i + 1 == text.size())
        return false;
    return std::all_of(text.cbegin() + i + 1, text.cend(), isAsciiDigit);
}

/// Why a number cannot be kept exactly, translated; empty when it can. A figure is an integer within ±2^53 or a
/// decimal of at most 15 significant digits below that bound: what a double holds without changing a digit, so
/// that what Vigie shows is what the file said.
QString numberProblem(const QByteArray& text)
{
    QByteArray digits = text.startsWith('-') ? text.mid(1) : text;
    const qsizetype dot = digits.indexOf('.');
    const QByteArray integerPart = dot < 0 ? digits : digits.left(dot);
    digits.remove(dot < 0 ? digits.size() : dot, dot < 0 ? 0 : 1);
    while (digits.size() > 1 && digits.startsWith('0'))
        digits.remove(0, 1);
    while (dot >= 0 && digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    // Compared as digits: a double would round 2^53 + 1 down to 2^53.
    QByteArray whole = integerPart;
    while (whole.size() > 1 && whole.startsWith('0'))
        whole.remove(0, 1);
    static const QByteArray exactLimit = "9007199254740992"; // 2^53
    if (whole.size() > exactLimit.size() || (whole.size() == exactLimit.size() && whole > exactLimit))
        return FigureCsv::tr("“%1” is too large to be kept exactly: a figure lies within ±9,007,199,254,740,992.")
            .arg(QString::fromUtf8(text));
    if (dot >= 0 && digits.size() > 15)
        return FigureCsv::tr("“%1” has more than 15 significant digits, more than Vigie can keep exactly.")
            .arg(QString::fromUtf8(text));
    return {};
}

/// Why the cells of one row cannot be imported, translated; empty when they can. Keys in @p reserved are taken;
/// @p checkedUrls remembers the source addresses already found valid.
QString rowProblem(const QList<QByteArray>& c, const QSet<QByteArray>& reserved, QSet<QByteArray>& checkedUrls)
{
    const auto text = [](const QByteArray& bytes) { return QString::fromUtf8(bytes); };
    if (!isKey(c[Key]))
        return FigureCsv::tr("the key “%1” must be letters, digits, dots, dashes or underscores.").arg(text(c[Key]));
    if (reserved.contains(c[Key]))
        return FigureCsv::tr("the key “%1” is already in use.").arg(text(c[Key]));
    if (c[Value].isEmpty())
        return FigureCsv::tr("the value is empty.");
    if (c[Unit].isEmpty())
        return FigureCsv::tr("the unit is empty.");
    if ((c[Unit] == "count" || c[Unit].startsWith("percent")) && !isNumber(c[Value]))
        return FigureCsv::tr("“%1” is not a number (a dot for decimals, no spaces).").arg(text(c[Value]));
    if (isNumber(c[Value])) {
        if (QString problem = numberProblem(c[Value]); !problem.isEmpty())
            return problem;
    }
    if (!c[Period].isEmpty() && !isPeriod(c[Period]))
        return FigureCsv::tr("the period “%1” is not a year, month or date (2023, 2023-11, 2023-11-08 or 2019-2023).")
            .arg(text(c[Period]));
    if (c[LabelEn].isEmpty() && c[LabelFr].isEmpty())
        return FigureCsv::tr("the figure needs a label, in English or French.");
    if (c[ConfidenceLevel] != "high" && c[ConfidenceLevel] != "medium" && c[ConfidenceLevel] != "low")
        return FigureCsv::tr("the confidence must be high, medium or low.");
    if (c[ConfidenceLevel] == "low" && c[NoteEn].isEmpty() && c[NoteFr].isEmpty())
        return FigureCsv::tr("a low-confidence figure needs a note that says why.");
    if (c[Publisher].isEmpty() || c[Title].isEmpty())
        return FigureCsv::tr("the source's publisher and title are required.");
    if (!c[Url].isEmpty() && !checkedUrls.contains(c[Url])) {
        const QUrl url(text(c[Url]), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return FigureCsv::tr("the source address must start with http:// or https://.");
        // A deep copy: the cell points into the reader's buffer, which the next block replaces.
        checkedUrls.insert(QByteArray(c[Url].constData(), c[Url].size()));
    }
    if (c[Quote].isEmpty())
        return FigureCsv::tr("the quote is empty: copy the source's own words.");
    return {};
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

const QStringList& FigureCsv::topicLabelColumns()
{
    static const QStringList list = {QStringLiteral("topic_label_en"), QStringLiteral("topic_label_fr")};
    return list;
}

QString FigureCsv::originColumn()
{
    return QStringLiteral("origin");
}

QByteArray FigureCsv::headerLine()
{
    return ((columns() + topicLabelColumns() + QStringList{originColumn()}).join(u',') + u'\n').toUtf8();
}

QByteArray FigureCsv::line(const Figure& f, const LocalizedText& topicLabel)
{
    const char* confidence = f.confidence == Confidence::High ? "high" : f.confidence == Confidence::Low ? "low"
                                                                                                        : "medium";
    const QStringList cells = {f.key,          f.topic,          f.value,           f.unit,
                               f.period,       f.label.english,  f.label.french,    QString::fromLatin1(confidence),
                               f.source.publisher, f.source.title, f.source.url,    f.quote,
                               f.note.english, f.note.french,    topicLabel.english, topicLabel.french,
                               f.userData ? QStringLiteral("yours") : QStringLiteral("vigie")};
    QStringList escaped;
    for (const QString& cell : cells)
        escaped.append(escapeCell(cell));
    return (escaped.join(u',') + u'\n').toUtf8();
}

QByteArray FigureCsv::write(const QList<Figure>& figures, const QHash<QString, LocalizedText>& topicLabels)
{
    QByteArray out = headerLine();
    for (const Figure& f : figures)
        out += line(f, topicLabels.value(f.topic));
    return out;
}

FigureCsv::ImportResult FigureCsv::importFile(const QString& path, UserDatabase& database,
                                              const QStringList& reservedKeys)
{
    if (const QString refused = refusal(path); !refused.isEmpty())
        return {0, refused};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {0, tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    // Read block by block: memory stays flat whatever the file's size.
    CsvReader reader(file, maximumRecord);
    return import(reader, database, reservedKeys);
}

QString FigureCsv::refusal(const QString& path)
{
    // Checked before opening: opening a pipe with no writer waits for one, and a device never ends.
    const QFileInfo info(path);
    if (!info.exists())
        return tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path));
    if (!info.isFile())
        return tr("“%1” is not a regular file (a folder, a pipe or a device): choose a CSV file.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

FigureCsv::ImportResult FigureCsv::import(const QByteArray& csv, UserDatabase& database,
                                          const QStringList& reservedKeys)
{
    CsvReader reader(csv);
    return import(reader, database, reservedKeys);
}

FigureCsv::ImportResult FigureCsv::import(CsvReader& reader, UserDatabase& database, const QStringList& reservedKeys)
{
    auto lineError = [](int line, const QString& reason) {
        return ImportResult{0, tr("Line %1: %2").arg(line).arg(reason)};
    };
    // The reader's reasons are developer text; say them in the user's words.
    auto readerError = [&](const CsvReader& reader) {
        QString reason = tr("the file is not valid CSV (%1).").arg(reader.error());
        if (reader.error().contains(QLatin1String("UTF-8")))
            reason = tr("the file is not UTF-8 text: save it as UTF-8 and import it again.");
        else if (reader.error().contains(QLatin1String("empty")))
            reason = tr("the file is empty.");
        else if (reader.error().contains(QLatin1String("fields")))
            reason = tr("this line does not have %1 fields, like the header.").arg(reader.header().size());
        else if (reader.error().contains(QLatin1String("longer than")))
            reason = tr("this line is longer than %1 MiB: the file is not a table of figures.")
                         .arg(maximumRecord >> 20);
        else if (reader.error().startsWith(QLatin1String("cannot read")))
            reason = tr("the file could not be read to its end (%1).").arg(reader.error());
        return lineError(reader.errorLine(), reason);
    };
    if (!reader.ok())
        return readerError(reader);
    // The fourteen columns, then optionally the topic's names, then optionally the origin: files written
    // before the topic's names import as they did.
    const QStringList& header = reader.header();
    const bool withLabels = header.mid(columns().size(), 2) == topicLabelColumns();
    const qsizetype originAt = columns().size() + (withLabels ? 2 : 0);
    const bool withOrigin = header.size() == originAt + 1 && header.last() == originColumn();
    if (header.mid(0, columns().size()) != columns() || (header.size() != originAt && !withOrigin))
        return lineError(1, tr("the header must be: %1, optionally followed by %2 and by %3")
                                .arg(columns().join(u','), topicLabelColumns().join(u','), originColumn()));
    const qsizetype labelEnAt = columns().size();
    const qsizetype labelFrAt = labelEnAt + 1;

    // One write transaction, taken before reading anything: a database that another program holds locked
    // fails here, after the busy timeout, with nothing done. Rows are checked and written one by one (a large
    // file is never held whole in memory); any bad row rolls everything back, so the file goes in whole or not
    // at all.
    QSqlDatabase& sql = database.connection().database();
    if (SqliteDefences::isReadOnly(sql))
        return {0, tr("The database “%1” is read-only (its file or its folder may not be written): nothing was "
                      "imported.")
                       .arg(database.path())};
    QSqlQuery control(sql);
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (control.lastError().nativeErrorCode() == QLatin1String("5")) // SQLITE_BUSY
            return {0, tr("The database is in use by another program (%1). Nothing was imported; try again once it "
                          "has finished.")
                           .arg(control.lastError().databaseText())};
        return {0, tr("The database is busy or read-only: %1").arg(control.lastError().text())};
    }
    auto abandon = [&](const ImportResult& result) {
        QSqlQuery(sql).exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    // SQLite's default page cache: a larger one made no import faster, and memory would grow with the file.
    // Vigie's own keys are checked row by row; the user's are the table's own unique key, which the insert
    // checks, so that memory does not grow with the figures already there. A row's rowid above the last one
    // before the import tells a key used twice in the file from one already in the database.
    QSet<QByteArray> reserved;
    reserved.reserve(reservedKeys.size());
    for (const QString& key : reservedKeys)
        reserved.insert(key.toUtf8());
    QSqlQuery last(sql);
    if (!last.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM figure")) || !last.next())
        return abandon({0, tr("The database is busy or cannot be read: %1").arg(last.lastError().text())});
    const qint64 lastBefore = last.value(0).toLongLong();
    QSqlQuery keyRow(sql);
    keyRow.prepare(QStringLiteral("SELECT rowid FROM figure WHERE key = ?"));

    FigureTotals totals;
    QSqlQuery source(sql);
    source.prepare(QStringLiteral("INSERT OR IGNORE INTO source (id, publisher, title, url, language, short_en, "
                                  "short_fr) VALUES (?, ?, ?, ?, 'other', ?, ?)"));
    NativeStatement figure(sql, QStringLiteral("INSERT INTO figure (key, topic, value, number, unit, period, label_en, "
                                               "label_fr, confidence, source_id, quote, note_en, note_fr) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!figure.isValid())
        return abandon({0, tr("The database refused the import: %1").arg(figure.error())});
    static const QByteArray userTopic = QByteArrayLiteral("user");
    QHash<QByteArray, QByteArray> sourceIds; // publisher, title and URL → id: most files cite few sources
    QHash<QByteArray, std::pair<std::pair<QByteArray, QByteArray>, int>> topicNames; // topic → names, first line
    QSet<QByteArray> checkedUrls;
    int imported = 0;
    int skipped = 0;
    CsvRawRow row;
    while (reader.next(row)) {
        QList<QByteArray>& c = row.cells;
        for (QByteArray& cell : c) {
            if (cell.size() > maximumCell && QString::fromUtf8(cell).size() > maximumCell)
                return abandon(lineError(row.line, tr("a field is longer than %1 characters.").arg(maximumCell)));
            cell = unescapeCell(cell.trimmed());
        }
        if (withOrigin) {
            if (c[originAt] == "vigie") {
                ++skipped; // Vigie's own figure, exported with the user's: it is in Vigie already
                continue;
            }
            if (c[originAt] != "yours" && !c[originAt].isEmpty())
                return abandon(lineError(row.line, tr("the origin must be “yours” or “vigie”.")));
        }
        const QString reason = rowProblem(c, reserved, checkedUrls);
        if (!reason.isEmpty())
            return abandon(lineError(row.line, reason));
        if (c[LabelEn].isEmpty())
            c[LabelEn] = c[LabelFr];
        if (c[LabelFr].isEmpty())
            c[LabelFr] = c[LabelEn];

        const QByteArray sourceKey = c[Publisher] + '\n' + c[Title] + '\n' + c[Url];
        QByteArray& sourceId = sourceIds[sourceKey];
        if (sourceId.isEmpty()) {
            sourceId = "user-" + QCryptographicHash::hash(sourceKey, QCryptographicHash::Sha1).toHex().left(16);
            const QString publisher = QString::fromUtf8(c[Publisher]);
            for (const QVariant& v : {QVariant(QString::fromLatin1(sourceId)), QVariant(publisher),
                                      QVariant(QString::fromUtf8(c[Title])), QVariant(QString::fromUtf8(c[Url])),
                                      QVariant(publisher), QVariant(publisher)})
                source.addBindValue(v);
            if (!source.exec())
                return abandon(lineError(row.line, tr("the database refused it: %1").arg(source.lastError().text())));
        }
        const QByteArray& topic = c[Topic].isEmpty() ? userTopic : c[Topic];
        if (withLabels && !(c[labelEnAt].isEmpty() && c[labelFrAt].isEmpty())) {
            // One name a topic, in each language (the other copies it when empty); a second line may repeat it.
            const QByteArray& english = c[labelEnAt].isEmpty() ? c[labelFrAt] : c[labelEnAt];
            const QByteArray& french = c[labelFrAt].isEmpty() ? c[labelEnAt] : c[labelFrAt];
            const std::pair<QByteArray, QByteArray> names {english, french};
            const auto named = topicNames.constFind(topic);
            // Deep copies of what stays: a reader's cells point into a buffer that its next block replaces.
            if (named == topicNames.cend())
                topicNames.insert(QByteArray(topic.constData(), topic.size()),
                                  {{QByteArray(english.constData(), english.size()),
                                    QByteArray(french.constData(), french.size())},
                                   row.line});
            else if (named->first != names)
                return abandon(lineError(row.line, tr("the topic “%1” is named otherwise on line %2: a topic has one "
                                                      "name in each language.")
                                                       .arg(QString::fromUtf8(topic))
                                                       .arg(named->second)));
        }
        const std::optional<double> number
            = isNumber(c[Value]) ? std::optional<double>(c[Value].toDouble()) : std::nullopt;
        figure.bind(1, c[Key]);
        figure.bind(2, topic);
        figure.bind(3, c[Value]);
        figure.bind(4, number);
        figure.bind(5, c[Unit]);
        figure.bind(6, c[Period]);
        figure.bind(7, c[LabelEn]);
        figure.bind(8, c[LabelFr]);
        figure.bind(9, c[ConfidenceLevel]);
        figure.bind(10, sourceId);
        figure.bind(11, c[Quote]);
        figure.bind(12, c[NoteEn]);
        figure.bind(13, c[NoteFr]);
        if (!figure.exec()) {
            const QString key = QString::fromUtf8(c[Key]);
            keyRow.addBindValue(key);
            if (keyRow.exec() && keyRow.next()) {
                if (keyRow.value(0).toLongLong() <= lastBefore)
                    return abandon(lineError(row.line, tr("the key “%1” is already in use.").arg(key)));
                return abandon(lineError(row.line, tr("the key “%1” appears twice in the file.").arg(key)));
            }
            return abandon(lineError(row.line, tr("the database refused it: %1").arg(figure.error())));
        }
        totals.count(c[Unit], topic, c[Period], number, sourceId, c[ConfidenceLevel] == "low");
        ++imported;
    }
    if (!reader.ok())
        return abandon(readerError(reader));
    if (imported == 0 && skipped > 0)
        return abandon({0, tr("The file holds only Vigie's own figures, which Vigie has already: nothing to import."),
                        skipped});
    if (imported == 0)
        return abandon(lineError(2, tr("the file has a header but no figure.")));
    // The words of the new figures, for search, in the same transaction: one statement over the rows just written.
    if (const QString problem = FigureWords::add(sql, lastBefore); !problem.isEmpty())
        return abandon({0, tr("The import was not saved: %1").arg(problem)});
    if (const QString problem = totals.addTo(sql); !problem.isEmpty())
        return abandon({0, tr("The import was not saved: %1").arg(problem)});
    // The topics' names: a file names its topics anew, for the figures already there too.
    QSqlQuery name(sql);
    name.prepare(QStringLiteral("INSERT INTO topic_label (topic, label_en, label_fr) VALUES (?, ?, ?) "
                                "ON CONFLICT (topic) DO UPDATE SET label_en = excluded.label_en, "
                                "label_fr = excluded.label_fr"));
    for (auto it = topicNames.cbegin(); it != topicNames.cend(); ++it) {
        name.addBindValue(QString::fromUtf8(it.key()));
        name.addBindValue(QString::fromUtf8(it->first.first));
        name.addBindValue(QString::fromUtf8(it->first.second));
        if (!name.exec())
            return abandon({0, tr("The import was not saved: %1").arg(name.lastError().text())});
    }
    if (!control.exec(QStringLiteral("COMMIT")))
        return abandon({0, tr("The import was not saved: %1").arg(control.lastError().text())});
    return {imported, {}, skipped};
}

} // namespace Vigie
