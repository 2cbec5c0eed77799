// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/FigureOrder.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include "core/data/SchemaCheck.h"
#include "core/data/SqliteDefences.h"
#include "core/dataio/FigureWords.h"
#include "core/dataio/SqlConnection.h"
#include "core/i18n/TextFold.h"

namespace Vigie {

namespace {

/// vigie_fold(text): the text as Vigie's searches compare it (TextFold), so that a sort puts "État" among the
/// E's; NULL stays NULL.
void foldFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const QByteArray folded = TextFold::fold(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

/// What a sort orders by, as SQL over "f" (figure), "s" (source) and "d" (figure_detail).
QStringList sortTerms(FigureOrder::Sort sort, Language language)
{
    const bool french = language == Language::French;
    switch (sort) {
    case FigureOrder::Sort::None:
        return {};
    case FigureOrder::Sort::Label:
        return {french ? QStringLiteral("vigie_fold(f.label_fr)") : QStringLiteral("vigie_fold(f.label_en)")};
    case FigureOrder::Sort::Value:
        return {QStringLiteral("f.number IS NULL"), QStringLiteral("f.number"), QStringLiteral("vigie_fold(f.value)")};
    case FigureOrder::Sort::Unit:
        return {french ? QStringLiteral("vigie_fold(coalesce(d.unit_fr, f.unit))")
                       : QStringLiteral("vigie_fold(coalesce(d.unit_en, f.unit))")};
    case FigureOrder::Sort::Period:
        return {QStringLiteral("f.period")};
    case FigureOrder::Sort::Source:
        return {QStringLiteral("vigie_fold(s.publisher)"), QStringLiteral("vigie_fold(s.title)")};
    case FigureOrder::Sort::Confidence:
        return {QStringLiteral("CASE f.confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END")};
    }
    return {};
}

} // namespace

FigureOrder::FigureOrder() = default;

FigureOrder::~FigureOrder() = default;

std::unique_ptr<FigureOrder> FigureOrder::open(const QString& embeddedPath, const QString& userPath, QString* warning)
{
    std::unique_ptr<FigureOrder> order(new FigureOrder);
    auto openReadOnly = [&](const QString& path) -> bool {
        // A read waits for an import's commit rather than failing at once.
        order->m_connection = std::make_unique<SqlConnection>(
            path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlDatabase& db = order->m_connection->database();
        return db.open() && SqliteDefences::harden(db).isEmpty();
    };
    // The user's database is the main one, checked as any file of theirs; Vigie's own is attached to it.
    bool users = false;
    if (!userPath.isEmpty() && QFileInfo(userPath).isFile()) {
        users = openReadOnly(userPath);
        QSqlDatabase& db = order->m_connection->database();
        QSqlQuery version(db);
        users = users && version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
            && version.value(0).toInt() == SchemaCheck::currentVersion();
        version.finish();
        users = users && SchemaCheck::problems(db, SchemaCheck::currentVersion()).isEmpty();
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS vigie"));
        attach.addBindValue(embeddedPath);
        users = users && attach.exec();
        if (!users && warning)
            *warning = tr("Your figures could not be read: the list shows Vigie's own.");
        if (users)
            order->m_parts = {{QStringLiteral("vigie"), false}, {QStringLiteral("main"), true}};
    }
    if (!users) {
        if (!openReadOnly(embeddedPath))
            return nullptr;
        order->m_parts = {{QStringLiteral("main"), false}};
    }
    sqlite3* handle = SqliteDefences::handle(order->m_connection->database());
    if (!handle || sqlite3_create_function_v2(handle, "vigie_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                              &foldFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return nullptr;
    order->m_handle = handle;
    return order;
}

void FigureOrder::interrupt()
{
    if (sqlite3* handle = m_handle.load())
        sqlite3_interrupt(handle);
}

bool FigureOrder::step(const QString& sql, const QStringList& texts, const std::function<void(void*)>& row,
                       QString* error, bool* interrupted)
{
    sqlite3* handle = m_handle.load();
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    QList<QByteArray> bound;
    for (const QString& text : texts)
        bound.append(text.toUtf8());
    for (int i = 0; i < bound.size(); ++i)
        sqlite3_bind_text(statement, i + 1, bound.at(i).constData(), int(bound.at(i).size()), SQLITE_STATIC);
    int status;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    const bool ok = status == SQLITE_DONE;
    if (!ok) {
        *interrupted = status == SQLITE_INTERRUPT;
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    sqlite3_finalize(statement);
    return ok;
}

FigureOrder::Result FigureOrder::run(const Request& request)
{
    const QStringList terms = sortTerms(request.sort, request.language);
    const QString match = FigureWords::matchQuery(request.words);
    QStringList texts;
    QStringList arms;
    for (const Part& part : std::as_const(m_parts)) {
        if ((request.origin == Origin::Vigie && part.users) || (request.origin == Origin::Yours && !part.users))
            continue;
        QStringList columns {part.users ? QStringLiteral("f.rowid") : QStringLiteral("-f.rowid")};
        for (int i = 0; i < terms.size(); ++i)
            columns.append(QStringLiteral("%1 AS s%2").arg(terms.at(i)).arg(i));
        if (!terms.isEmpty()) // what ties are ordered by: a compound select sorts by its columns only
            columns << (part.users ? QStringLiteral("1 AS m") : QStringLiteral("0 AS m")) << QStringLiteral("f.rowid AS r");
        QStringList where;
        if (!request.topic.isEmpty()) {
            where.append(QStringLiteral("f.topic = ?"));
            texts.append(request.topic);
        }
        if (!match.isEmpty()) {
            where.append(QStringLiteral("f.rowid IN (SELECT rowid FROM %1.figure_search WHERE figure_search MATCH ?)")
                             .arg(part.schema));
            texts.append(match);
        }
        // Joined only where the sort reads them: a join costs a lookup a figure, a million of them.
        QString arm = QStringLiteral("SELECT %1 FROM %2.figure f").arg(columns.join(QStringLiteral(", ")), part.schema);
        if (request.sort == Sort::Source)
            arm += QStringLiteral(" JOIN %1.source s ON s.id = f.source_id").arg(part.schema);
        if (request.sort == Sort::Unit)
            arm += QStringLiteral(" LEFT JOIN %1.figure_detail d ON d.figure_key = f.key").arg(part.schema);
        if (!where.isEmpty())
            arm += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        // Unsorted, each part keeps its own order and Vigie's figures come first: no sort of the whole list.
        if (terms.isEmpty())
            arm += part.users ? QStringLiteral(" ORDER BY f.rowid") : QStringLiteral(" ORDER BY f.topic, f.key");
        arms.append(arm);
    }
    Result result;
    auto collect = [&result](void* statement) {
        result.refs.push_back(sqlite3_column_int64(static_cast<sqlite3_stmt*>(statement), 0));
    };
    QString error;
    if (arms.isEmpty()) // only the user's, who have none
        return result;
    if (terms.isEmpty()) {
        int used = 0;
        for (const QString& arm : std::as_const(arms)) {
            const int count = int(arm.count(u'?'));
            if (!step(arm, texts.mid(used, count), collect, &error, &result.interrupted))
                break;
            used += count;
        }
    } else {
        QStringList order;
        for (int i = 0; i < terms.size(); ++i)
            order.append(QStringLiteral("s%1%2").arg(i).arg(request.descending ? QStringLiteral(" DESC") : QString()));
        // Ties in Vigie's order: its figures first, then by rowid.
        order << QStringLiteral("m") << QStringLiteral("r");
        step(arms.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")),
             texts, collect, &error, &result.interrupted);
    }
    if (!error.isEmpty()) {
        result.refs.clear();
        result.error = result.interrupted ? QString() : tr("The figures could not be listed: %1").arg(error);
    }
    return result;
}

QStringList FigureOrder::topics(bool* interrupted)
{
    *interrupted = false;
    QStringList topics;
    QSet<QString> seen;
    for (const Part& part : std::as_const(m_parts)) {
        const QString sql = part.users
            ? QStringLiteral("SELECT topic FROM main.figure GROUP BY topic ORDER BY min(rowid)")
            : QStringLiteral("SELECT DISTINCT topic FROM %1.figure ORDER BY topic").arg(part.schema);
        QString error;
        step(sql, {}, [&](void* statement) {
            auto* s = static_cast<sqlite3_stmt*>(statement);
            const QString topic = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)),
                                                    sqlite3_column_bytes(s, 0));
            if (!seen.contains(topic)) {
                seen.insert(topic);
                topics.append(topic);
            }
        }, &error, interrupted);
        if (*interrupted)
            return {};
    }
    return topics;
}

} // namespace Vigie
