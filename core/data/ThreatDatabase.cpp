// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/ThreatDatabase.h"


#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include "core/data/LeftoverFiles.h"
#include "core/data/SchemaCheck.h"
#include "core/data/SqliteDefences.h"
#include "core/dataio/SqlConnection.h"

namespace Vigie {

namespace {

// The columns sourceAt() reads, in its order: the source, its grade, and the relay a figure was read through
// with its grade. sourceJoins() provides the tables they come from.
const QString sourceColumns = QStringLiteral(
    "s.id, s.publisher, s.title, s.url, s.published, s.language, s.short_en, s.short_fr, "
    "sd.quality, sd.accessed, "
    "v.id, v.publisher, v.title, v.url, v.published, v.language, v.short_en, v.short_fr, vd.quality, vd.accessed");

const QString figureColumns = QStringLiteral("f.key, f.topic, f.value, f.number, f.unit, f.period, f.label_en, "
                                             "f.label_fr, f.confidence, f.quote, f.note_en, f.note_fr, "
                                             "d.value_en, d.value_fr, d.unit_en, d.unit_fr, d.period_en, d.period_fr, ")
    + sourceColumns;

/// The joins sourceColumns and the figure's details read, after "JOIN source s": the grades, the figure
/// whose key is @p figureKey (an SQL expression, or NULL for a row that has no figure), and its relay.
/// A database made before version 4 has none of these tables: the same columns then read as NULL.
QString sourceJoins(bool detailed, const QString& figureKey)
{
    if (!detailed)
        return QStringLiteral(
            " LEFT JOIN (SELECT NULL AS source_id, NULL AS quality, NULL AS accessed) sd ON 0"
            " LEFT JOIN (SELECT NULL AS value_en, NULL AS value_fr, NULL AS unit_en, NULL AS unit_fr,"
            " NULL AS period_en, NULL AS period_fr) d ON 0"
            " LEFT JOIN source v ON 0"
            " LEFT JOIN (SELECT NULL AS quality, NULL AS accessed) vd ON 0");
    return QStringLiteral(" LEFT JOIN source_detail sd ON sd.source_id = s.id"
                          " LEFT JOIN figure_detail d ON d.figure_key = %1"
                          " LEFT JOIN source v ON v.id = d.via_id"
                          " LEFT JOIN source_detail vd ON vd.source_id = v.id")
        .arg(figureKey);
}

Source sourceAt(const QSqlQuery& q, int first)
{
    Source s;
    s.id = q.value(first).toString();
    s.publisher = q.value(first + 1).toString();
    s.title = q.value(first + 2).toString();
    s.url = q.value(first + 3).toString();
    s.published = q.value(first + 4).toString();
    s.language = q.value(first + 5).toString();
    s.shortName = {q.value(first + 6).toString(), q.value(first + 7).toString()};
    s.quality = sourceQualityFromText(q.value(first + 8).toString());
    s.accessed = q.value(first + 9).toString();
    if (!q.isNull(first + 10)) {
        auto via = std::make_shared<Source>();
        via->id = q.value(first + 10).toString();
        via->publisher = q.value(first + 11).toString();
        via->title = q.value(first + 12).toString();
        via->url = q.value(first + 13).toString();
        via->published = q.value(first + 14).toString();
        via->language = q.value(first + 15).toString();
        via->shortName = {q.value(first + 16).toString(), q.value(first + 17).toString()};
        via->quality = sourceQualityFromText(q.value(first + 18).toString());
        via->accessed = q.value(first + 19).toString();
        s.via = std::move(via);
    }
    return s;
}

Figure figureAt(const QSqlQuery& q, int first = 0)
{
    Figure f;
    f.key = q.value(first).toString();
    f.topic = q.value(first + 1).toString();
    f.value = q.value(first + 2).toString();
    if (!q.isNull(first + 3))
        f.number = q.value(first + 3).toDouble();
    f.unit = q.value(first + 4).toString();
    f.period = q.value(first + 5).toString();
    f.label = {q.value(first + 6).toString(), q.value(first + 7).toString()};
    f.confidence = confidenceFromText(q.value(first + 8).toString());
    f.quote = q.value(first + 9).toString();
    f.note = {q.value(first + 10).toString(), q.value(first + 11).toString()};
    f.valueText = {q.value(first + 12).toString(), q.value(first + 13).toString()};
    f.unitText = {q.value(first + 14).toString(), q.value(first + 15).toString()};
    f.periodText = {q.value(first + 16).toString(), q.value(first + 17).toString()};
    f.source = sourceAt(q, first + 18);
    return f;
}

/// Reads (group, figures, sum) rows of a prepared query.
QList<Total> totals(QSqlQuery& q)
{
    QList<Total> result;
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble()});
    }
    return result;
}

const QString embeddedCopyMarker = QStringLiteral("vigie-embedded-");

/// Removes the copies that runs of Vigie which ended without cleaning up (killed, crashed) left in the
/// temporary folder.
void removeLeftoverCopies()
{
    const QDir temp(QDir::tempPath());
    for (const QString& name : temp.entryList({embeddedCopyMarker + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (LeftoverFiles::leftByEndedRun(name, embeddedCopyMarker))
            QDir(temp.filePath(name)).removeRecursively();
    }
}

} // namespace

Confidence confidenceFromText(const QString& text)
{
    if (text == QLatin1String("high"))
        return Confidence::High;
    if (text == QLatin1String("low"))
        return Confidence::Low;
    return Confidence::Medium;
}

SourceQuality sourceQualityFromText(const QString& text)
{
    if (text == QLatin1String("primary"))
        return SourceQuality::Primary;
    if (text == QLatin1String("press"))
        return SourceQuality::Press;
    if (text == QLatin1String("relay"))
        return SourceQuality::Relay;
    if (text == QLatin1String("weak"))
        return SourceQuality::Weak;
    return SourceQuality::Unknown;
}

ThreatDatabase::ThreatDatabase() = default;
ThreatDatabase::~ThreatDatabase() = default;

std::unique_ptr<ThreatDatabase> ThreatDatabase::openEmbedded(QString* error)
{
    removeLeftoverCopies();
    std::unique_ptr<ThreatDatabase> db(new ThreatDatabase);
    db->m_tempDir = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath())
            .filePath(LeftoverFiles::ownName(embeddedCopyMarker) + QStringLiteral("-XXXXXX")));
    if (!db->m_tempDir->isValid()) {
        if (error)
            *error = db->m_tempDir->errorString();
        return nullptr;
    }
    const QString copy = db->m_tempDir->filePath(QStringLiteral("vigie.sqlite"));
    QFile embedded(QStringLiteral(":/data/vigie.sqlite"));
    if (!embedded.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the embedded database is missing from this build");
        return nullptr;
    }
    // A plain write rather than QFile::copy(), which syncs to disk: this copy is thrown away on exit, and the
    // sync can hold start-up for tens of milliseconds on a busy disk.
    QFile file(copy);
    const QByteArray bytes = embedded.readAll();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return nullptr;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner); // read-only, as the resource it comes from
    if (!db->open(copy, error, SchemaCheckPolicy::Skip))
        return nullptr;
    return db;
}

std::unique_ptr<ThreatDatabase> ThreatDatabase::openFile(const QString& path, QString* error)
{
    std::unique_ptr<ThreatDatabase> db(new ThreatDatabase);
    if (!QFile::exists(path)) {
        if (error)
            *error = QStringLiteral("no such file: %1").arg(path);
        return nullptr;
    }
    if (!db->open(path, error))
        return nullptr;
    return db;
}

bool ThreatDatabase::open(const QString& path, QString* error, SchemaCheckPolicy policy)
{
    // Opening a FIFO or a device would block or read something else: only a regular file is a database.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        if (error)
            *error = QCoreApplication::translate("Vigie::ThreatDatabase", "it is not a regular file");
        return false;
    }
    m_connection = std::make_unique<SqlConnection>(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlDatabase& db = m_connection->database();
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    // A database file is code: turn its triggers and views off before reading anything, and bound the time
    // any statement of the check may take.
    if (const QString problem = SqliteDefences::harden(db); !problem.isEmpty())
        return fail(problem);
    const StatementBudget budget(db, std::chrono::seconds(5));
    // Opening is lazy in SQLite: read the schema now so that a file that is not a database fails here.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
        return fail(probe.lastError().text());
    const int version = probe.value(0).toInt();
    probe.finish();
    if (const QString problem = policy == SchemaCheckPolicy::Skip ? QString() : SchemaCheck::problems(db, version);
        !problem.isEmpty())
        return fail(QCoreApplication::translate("Vigie::ThreatDatabase", "it is not a Vigie database: %1").arg(problem));
    m_detailed = version >= 4;
    return true;
}

QStringList ThreatDatabase::foreignKeyProblems() const
{
    QSqlQuery q(m_connection->database());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(q.lastError().text());
        return problems;
    }
    while (q.next()) {
        problems.append(QCoreApplication::translate("Vigie::ThreatDatabase", "row %1 of “%2” refers to a missing “%3”")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return problems;
}

int ThreatDatabase::schemaVersion() const
{
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool ThreatDatabase::isWritable() const
{
    // Rewriting user_version with its own value is a write that changes nothing.
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion()));
}

QString ThreatDatabase::path() const
{
    return m_connection->database().databaseName();
}

std::optional<Figure> ThreatDatabase::figure(const QString& key) const
{
    if (!m_figureQuery) {
        m_figureQuery = std::make_unique<QSqlQuery>(m_connection->database());
        m_figureQuery->setForwardOnly(true);
        if (!m_figureQuery->prepare(
                QStringLiteral("SELECT %1 FROM figure f JOIN source s ON s.id = f.source_id%2 WHERE f.key = ?")
                    .arg(figureColumns, sourceJoins(m_detailed, QStringLiteral("f.key"))))) {
            m_figureQuery.reset();
            return std::nullopt;
        }
    }
    QSqlQuery& q = *m_figureQuery;
    q.bindValue(0, key);
    std::optional<Figure> found;
    if (q.exec() && q.next())
        found = figureAt(q);
    q.finish(); // no statement left open on the file between calls
    return found;
}

QList<Figure> ThreatDatabase::figures(const QString& topic) const
{
    QList<Figure> result;
    readFigures(topic, [&result](const Figure& f) {
        result.append(f);
        return true;
    });
    return result;
}

bool ThreatDatabase::forEachFigure(const std::function<bool(const Figure&)>& visit) const
{
    return readFigures({}, visit);
}

bool ThreatDatabase::readFigures(const QString& topic, const std::function<bool(const Figure&)>& visit) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true); // one row in memory at a time
    const QString where = topic.isEmpty() ? QString() : QStringLiteral("WHERE f.topic = ?");
    q.prepare(QStringLiteral("SELECT %1 FROM figure f JOIN source s ON s.id = f.source_id%2 %3 ORDER BY f.topic, f.key")
                  .arg(figureColumns, sourceJoins(m_detailed, QStringLiteral("f.key")), where));
    if (!topic.isEmpty())
        q.addBindValue(topic);
    if (!q.exec())
        return false;
    while (q.next()) {
        if (!visit(figureAt(q)))
            break;
    }
    return !q.lastError().isValid();
}

QHash<qint64, Figure> ThreatDatabase::figuresAt(const QList<qint64>& rowids) const
{
    QHash<qint64, Figure> result;
    if (rowids.isEmpty())
        return result;
    // The rowids are integers of Vigie's own making, written into the statement: one statement a page.
    QStringList list;
    list.reserve(rowids.size());
    for (qint64 rowid : rowids)
        list.append(QString::number(rowid));
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT f.rowid, %1 FROM figure f JOIN source s ON s.id = f.source_id%2 "
                              "WHERE f.rowid IN (%3)")
                   .arg(figureColumns, sourceJoins(m_detailed, QStringLiteral("f.key")), list.join(u','))))
        while (q.next())
            result.insert(q.value(0).toLongLong(), figureAt(q, 1));
    return result;
}

qint64 ThreatDatabase::rowidOf(const QString& key) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT rowid FROM figure WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Total> ThreatDatabase::totalsByYear(const QString& topic) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT year, figures, sum FROM figure_total WHERE unit = 'count' AND topic = ? "
                             "ORDER BY year"));
    q.addBindValue(topic);
    return totals(q);
}

QList<Total> ThreatDatabase::totalsByTopic(int year) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT topic, figures, sum FROM figure_total WHERE unit = 'count' AND year = ? "
                             "ORDER BY topic"));
    q.addBindValue(QString::number(year));
    return totals(q);
}

QList<Total> ThreatDatabase::totalTopics() const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT topic, sum(figures), total(sum) FROM figure_total WHERE unit = 'count' "
                             "GROUP BY topic ORDER BY 3 DESC, 1"));
    return totals(q);
}

QList<TotalSource> ThreatDatabase::totalSources(const QString& topic) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.year, t.figures, t.low, s.id, s.publisher, s.title, s.url, s.published, "
                             "s.short_en, s.short_fr FROM figure_total_source t JOIN source s ON s.id = t.source_id "
                             "WHERE t.unit = 'count' AND t.topic = ? ORDER BY t.year, t.figures DESC, s.publisher"));
    q.addBindValue(topic);
    QList<TotalSource> sources;
    if (!q.exec())
        return sources;
    while (q.next()) {
        TotalSource from;
        from.year = q.value(0).toString();
        from.figures = q.value(1).toInt();
        from.low = q.value(2).toInt();
        from.source.id = q.value(3).toString();
        from.source.publisher = q.value(4).toString();
        from.source.title = q.value(5).toString();
        from.source.url = q.value(6).toString();
        from.source.published = q.value(7).toString();
        from.source.shortName = {q.value(8).toString(), q.value(9).toString()};
        sources.append(from);
    }
    return sources;
}

QHash<QString, LocalizedText> ThreatDatabase::topicLabels() const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    QHash<QString, LocalizedText> labels;
    if (q.exec(QStringLiteral("SELECT topic, label_en, label_fr FROM topic_label"))) {
        while (q.next())
            labels.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    }
    return labels;
}

QStringList ThreatDatabase::figureKeys() const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    QStringList keys;
    if (q.exec(QStringLiteral("SELECT key FROM figure ORDER BY key"))) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    return keys;
}

std::optional<Series> ThreatDatabase::series(const QString& id) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT id, label_en, label_fr, unit FROM series WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Series series;
    series.id = q.value(0).toString();
    series.label = {q.value(1).toString(), q.value(2).toString()};
    series.unit = q.value(3).toString();

    QSqlQuery p(m_connection->database());
    p.prepare(QStringLiteral(
        "SELECT p.year, p.value, p.figure_key, p.break_before, p.segment_en, p.segment_fr, p.break_reason_en, "
        "p.break_reason_fr, p.provisional, f.confidence, f.note_en, f.note_fr, %1 FROM series_point p "
        "JOIN figure f ON f.key = p.figure_key "
        "JOIN source s ON s.id = f.source_id%2 WHERE p.series_id = ? ORDER BY p.year")
                  .arg(sourceColumns, sourceJoins(m_detailed, QStringLiteral("f.key"))));
    p.addBindValue(id);
    if (p.exec()) {
        while (p.next()) {
            SeriesPoint point;
            point.year = p.value(0).toInt();
            point.value = p.value(1).toDouble();
            point.figureKey = p.value(2).toString();
            point.breakBefore = p.value(3).toBool();
            point.segment = {p.value(4).toString(), p.value(5).toString()};
            point.breakReason = {p.value(6).toString(), p.value(7).toString()};
            point.provisional = p.value(8).toBool();
            point.caveat = p.value(9).toString() == QLatin1String("low") || !p.value(10).toString().isEmpty();
            point.note = {p.value(10).toString(), p.value(11).toString()};
            point.source = sourceAt(p, 12);
            series.points.append(point);
        }
    }
    return series;
}

DatasetInfo ThreatDatabase::dataset() const
{
    DatasetInfo info;
    if (!m_detailed)
        return info;
    QSqlQuery q(m_connection->database());
    if (q.exec(QStringLiteral("SELECT name, value FROM dataset"))) {
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("version"))
                info.version = q.value(1).toString();
            else if (q.value(0).toString() == QLatin1String("checked"))
                info.checked = q.value(1).toString();
        }
    }
    return info;
}

int ThreatDatabase::count(const QString& table) const
{
    static const QStringList known = {QStringLiteral("source"),        QStringLiteral("figure"),
                                      QStringLiteral("series"),        QStringLiteral("series_point"),
                                      QStringLiteral("event"),         QStringLiteral("treaty_status"),
                                      QStringLiteral("centre"),        QStringLiteral("centre_fact"),
                                      QStringLiteral("centre_country"), QStringLiteral("figure_detail"),
                                      QStringLiteral("source_detail"), QStringLiteral("dataset"),
                                      QStringLiteral("figure_total"),  QStringLiteral("figure_total_source"),
                                      QStringLiteral("topic_label")};
    if (!known.contains(table))
        return -1; // table names cannot be bound, so only known ones are queried
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

QList<Centre> ThreatDatabase::centres() const
{
    QList<Centre> result;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name_en, name_fr, short_en, short_fr, city_en, city_fr, country_iso3, "
                               "latitude, longitude FROM centre ORDER BY id")))
        return result; // an older database without centres
    while (q.next()) {
        Centre c;
        c.id = q.value(0).toString();
        c.name = {q.value(1).toString(), q.value(2).toString()};
        c.shortName = {q.value(3).toString(), q.value(4).toString()};
        c.city = {q.value(5).toString(), q.value(6).toString()};
        c.countryIso3 = q.value(7).toString();
        c.latitude = q.value(8).toDouble();
        c.longitude = q.value(9).toDouble();
        result.append(c);
    }
    for (Centre& c : result) {
        QSqlQuery countries(m_connection->database());
        countries.prepare(QStringLiteral("SELECT iso3, role FROM centre_country WHERE centre_id = ? ORDER BY iso3"));
        countries.addBindValue(c.id);
        if (countries.exec()) {
            while (countries.next())
                (countries.value(1).toString() == QLatin1String("partner") ? c.partnerIso3 : c.beneficiaryIso3)
                    .append(countries.value(0).toString());
        }
        QSqlQuery facts(m_connection->database());
        facts.prepare(QStringLiteral(
            "SELECT c.figure_key, c.label_en, c.label_fr, c.value_en, c.value_fr, f.confidence, %1 FROM centre_fact c "
            "JOIN figure f ON f.key = c.figure_key JOIN source s ON s.id = f.source_id%2 WHERE c.centre_id = ? "
            "ORDER BY c.position")
                          .arg(sourceColumns, sourceJoins(m_detailed, QStringLiteral("f.key"))));
        facts.addBindValue(c.id);
        if (facts.exec()) {
            while (facts.next()) {
                c.facts.append({facts.value(0).toString(),
                                {facts.value(1).toString(), facts.value(2).toString()},
                                {facts.value(3).toString(), facts.value(4).toString()},
                                confidenceFromText(facts.value(5).toString()),
                                sourceAt(facts, 6)});
            }
        }
    }
    return result;
}

QList<TreatyStatus> ThreatDatabase::treatyStatuses(const QString& treaty) const
{
    QList<TreatyStatus> result;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.treaty, t.iso3, t.state_en, t.state_fr, t.signature, t.ratification, "
                             "t.entry_into_force, t.status_as_of, t.confidence, %1 FROM treaty_status t "
                             "JOIN source s ON s.id = t.source_id%2 WHERE t.treaty = ? ORDER BY t.iso3")
                  .arg(sourceColumns, sourceJoins(m_detailed, QStringLiteral("NULL"))));
    q.addBindValue(treaty);
    if (!q.exec())
        return result;
    while (q.next()) {
        TreatyStatus t;
        t.treaty = q.value(0).toString();
        t.iso3 = q.value(1).toString();
        t.state = {q.value(2).toString(), q.value(3).toString()};
        t.signature = q.value(4).toString();
        t.ratification = q.value(5).toString();
        t.entryIntoForce = q.value(6).toString();
        t.statusAsOf = q.value(7).toString();
        t.confidence = confidenceFromText(q.value(8).toString());
        t.source = sourceAt(q, 9);
        result.append(t);
    }
    return result;
}

QList<Event> ThreatDatabase::events() const
{
    QList<Event> result;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.key, e.date, e.kind, e.title_en, e.title_fr, f.confidence, f.quote, e.figure_key, %1 "
                               "FROM event e JOIN figure f ON f.key = e.figure_key "
                               "JOIN source s ON s.id = f.source_id%2 ORDER BY e.date")
                    .arg(sourceColumns, sourceJoins(m_detailed, QStringLiteral("f.key")))))
        return result;
    while (q.next()) {
        Event e;
        e.key = q.value(0).toString();
        e.date = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.title = {q.value(3).toString(), q.value(4).toString()};
        e.confidence = confidenceFromText(q.value(5).toString());
        e.quote = q.value(6).toString();
        e.figureKey = q.value(7).toString();
        e.source = sourceAt(q, 8);
        result.append(e);
    }
    return result;
}

} // namespace Vigie
