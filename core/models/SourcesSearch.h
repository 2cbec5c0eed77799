// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QStringList>
#include <QThread>

#include "core/data/FigureOrder.h"

namespace Vigie {

/// Runs the Sources list's FigureOrder on a worker thread, so that a search over a million figures never
/// holds the window: the latest request wins, a running one is interrupted, and the answer comes back on the
/// caller's thread as finished().
class SourcesSearch : public QObject
{
    Q_OBJECT

public:
    explicit SourcesSearch(QObject* parent = nullptr);
    ~SourcesSearch() override;

    /// Where the two databases are; the next request opens them again (after an import made the user's).
    void setDatabases(const QString& embeddedPath, const QString& userPath);
    /// Asks for the list; @p withTopics also lists every topic. Returns the request's number.
    int request(const FigureOrder::Request& request, bool withTopics);
    bool isBusy() const;

    struct Answer
    {
        int id = 0;
        FigureOrder::Result result;
        bool topicsOnly = false; ///< the topics asked for, sent after the list
        QStringList topics;
        QString warning; ///< translated: what could not be read
    };

signals:
    void finished(std::shared_ptr<const Vigie::SourcesSearch::Answer> answer);

private:
    struct Shared;
    class Worker;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker* m_worker;
};

} // namespace Vigie
