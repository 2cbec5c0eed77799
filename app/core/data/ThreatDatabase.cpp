// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include "SqlConnection.h"

namespace Vigie {

namespace {

const QString figureColumns = QStringLiteral(
    "f.key, f.topic, f.value, f.number, f.unit, f.period, f.label_en, f.label_fr, f.confidence, f.quote, "
    "f.note_en, f.note_fr, s.id, s.publisher, s.title, s.url, s.published, s.language, s.cites, s.short_en, "
    "s.short_fr");

Source sourceAt(const QSqlQuery& q, int first)
{
    Source s;
    s.id = q.value(first).toString();
    s.publisher = q.value(first + 1).toString();
    s.title = q.value(first + 2).toString();
    s.url = q.value(first + 3).toString();
    s.published = q.value(first + 4).toString();
    s.language = q.value(first + 5).toString();
    s.cites = q.value(first + 6).toString();
    s.shortName = {q.value(first + 7).toString(), q.value(first + 8).toString()};
    return s;
}

Figure figureAt(const QSqlQuery& q)
{
    Figure f;
    f.key = q.value(0).toString();
    f.topic = q.value(1).toString();
    f.value = q.value(2).toString();
    if (!q.isNull(3))
        f.number = q.value(3).toDouble();
    f.unit = q.value(4).toString();
    f.period = q.value(5).toString();
    f.label = {q.value(6).toString(), q.value(7).toString()};
    f.confidence = confidenceFromText(q.value(8).toString());
    f.quote = q.value(9).toString();
    f.note = {q.value(10).toString(), q.value(11).toString()};
    f.source = sourceAt(q, 12);
    return f;
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

ThreatDatabase::ThreatDatabase() = default;
ThreatDatabase::~ThreatDatabase() = default;

std::unique_ptr<ThreatDatabase> ThreatDatabase::openEmbedded(QString* error)
{
    std::unique_ptr<ThreatDatabase> db(new ThreatDatabase);
    db->m_tempDir = std::make_unique<QTemporaryDir>();
    if (!db->m_tempDir->isValid()) {
        if (error)
            *error = db->m_tempDir->errorString();
        return nullptr;
    }
    const QString copy = db->m_tempDir->filePath(QStringLiteral("vigie.sqlite"));
    if (!QFile::copy(QStringLiteral(":/data/vigie.sqlite"), copy)) {
        if (error)
            *error = QStringLiteral("the embedded database is missing from this build");
        return nullptr;
    }
    if (!db->open(copy, error))
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

bool ThreatDatabase::open(const QString& path, QString* error)
{
    m_connection = std::make_unique<SqlConnection>(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlDatabase& db = m_connection->database();
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // Opening is lazy in SQLite: read the schema now so that a file that is not a database fails here.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM figure"))) {
        if (error)
            *error = probe.lastError().text();
        return false;
    }
    return true;
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
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT %1 FROM figure f JOIN source s ON s.id = f.source_id WHERE f.key = ?")
                  .arg(figureColumns));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return figureAt(q);
}

QList<Figure> ThreatDatabase::figures(const QString& topic) const
{
    QSqlQuery q(m_connection->database());
    const QString where = topic.isEmpty() ? QString() : QStringLiteral("WHERE f.topic = ?");
    q.prepare(QStringLiteral("SELECT %1 FROM figure f JOIN source s ON s.id = f.source_id %2 ORDER BY f.topic, f.key")
                  .arg(figureColumns, where));
    if (!topic.isEmpty())
        q.addBindValue(topic);
    QList<Figure> result;
    if (q.exec()) {
        while (q.next())
            result.append(figureAt(q));
    }
    return result;
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
        "p.break_reason_fr, p.provisional, s.id, s.publisher, s.title, s.url, s.published, s.language, s.cites, "
        "s.short_en, s.short_fr FROM series_point p JOIN figure f ON f.key = p.figure_key "
        "JOIN source s ON s.id = f.source_id WHERE p.series_id = ? ORDER BY p.year"));
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
            point.source = sourceAt(p, 9);
            series.points.append(point);
        }
    }
    return series;
}

int ThreatDatabase::count(const QString& table) const
{
    static const QStringList known = {QStringLiteral("source"), QStringLiteral("figure"), QStringLiteral("series"),
                                      QStringLiteral("series_point")};
    if (!known.contains(table))
        return -1; // table names cannot be bound, so only known ones are queried
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

QList<Centre> ThreatDatabase::centres() const
{
    return {};
}

QList<TreatyStatus> ThreatDatabase::treatyStatuses(const QString& treaty) const
{
    Q_UNUSED(treaty)
    return {};
}

QList<Event> ThreatDatabase::events() const
{
    return {};
}

} // namespace Vigie
