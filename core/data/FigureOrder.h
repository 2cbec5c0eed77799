// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/i18n/Language.h"

struct sqlite3;

namespace Vigie {

class SqlConnection;

/// Which figures the Sources list shows, in which order, over Vigie's figures and the user's as one list:
/// the user's database opened read-only with the embedded one attached. It answers with references only
/// (eight bytes a figure), never the figures themselves, so that a million of them cost 8 MB; the list reads
/// the few rows it shows by reference (ThreatDatabase::figuresAt).
///
/// A run may take a second at a million figures: it belongs on a worker thread, where this object is made
/// and used. interrupt() is the one call another thread may make.
class FigureOrder
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FigureOrder)

public:
    /// A figure's place in either database: Vigie's rowids negative, the user's positive.
    using Ref = qint64;
    static Ref vigieRef(qint64 rowid) { return -rowid; }
    static Ref userRef(qint64 rowid) { return rowid; }
    static bool isUsers(Ref ref) { return ref > 0; }
    static qint64 rowid(Ref ref) { return ref > 0 ? ref : -ref; }

    enum class Sort
    {
        None, ///< Vigie's figures by topic and key, then the user's in the order they were imported
        Label,
        Value, ///< numbers by value, then texts
        Unit,
        Period,
        Source,
        Confidence, ///< high, medium, low
    };
    /// Whose figures a list holds.
    enum class Origin
    {
        All,
        Vigie, ///< Vigie's own only
        Yours, ///< the user's only
    };
    struct Request
    {
        Origin origin = Origin::All;
        QString words; ///< as typed: each word must begin a word of the figure (FigureWords::matchQuery)
        QString topic; ///< empty: every topic
        Sort sort = Sort::None;
        bool descending = false;
        Language language = Language::English; ///< the labels a sort by label reads
    };
    struct Result
    {
        std::vector<Ref> refs;
        QString error; ///< translated; empty on success
        bool interrupted = false;
    };

    /// Opens @p embeddedPath (Vigie's database) and, when it exists, @p userPath. A user database that cannot
    /// be read as Vigie's leaves the list to Vigie's figures, with @p warning set.
    static std::unique_ptr<FigureOrder> open(const QString& embeddedPath, const QString& userPath, QString* warning);
    ~FigureOrder();
    Q_DISABLE_COPY_MOVE(FigureOrder)

    Result run(const Request& request);
    /// Every topic: Vigie's in order, then the user's in order of first use.
    QStringList topics(bool* interrupted);
    /// Stops the statement running now, from any thread; run() then returns with interrupted set.
    void interrupt();

private:
    FigureOrder();
    struct Part
    {
        QString schema; ///< "main" or "vigie"
        bool users;
    };
    bool step(const QString& sql, const QStringList& texts, const std::function<void(void*)>& row, QString* error,
              bool* interrupted);

    std::unique_ptr<SqlConnection> m_connection;
    std::atomic<sqlite3*> m_handle = nullptr;
    QList<Part> m_parts;
};

} // namespace Vigie
