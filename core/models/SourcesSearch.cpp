// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SourcesSearch.h"

#include <optional>

#include <QMutex>
#include <QMutexLocker>

namespace Vigie {

/// What the window's thread and the worker share, under one mutex.
struct SourcesSearch::Shared
{
    QMutex mutex;
    std::optional<FigureOrder::Request> pending;
    bool pendingTopics = false;
    int pendingId = 0;
    int lastId = 0;
    bool busy = false;
    bool reopen = true;
    bool stopping = false;
    QString embeddedPath;
    QString userPath;
    FigureOrder* running = nullptr; ///< the worker's, for interrupt()
};

class SourcesSearch::Worker : public QObject
{
public:
    Worker(std::shared_ptr<Shared> shared, SourcesSearch* owner)
        : m_shared(std::move(shared))
        , m_owner(owner)
    {
    }

    /// Runs requests until none is waiting. Only the last one asked for is ever answered.
    void drain()
    {
        for (;;) {
            FigureOrder::Request request;
            bool withTopics = false;
            int id = 0;
            bool reopen = false;
            QString embeddedPath;
            QString userPath;
            {
                QMutexLocker lock(&m_shared->mutex);
                if (!m_shared->pending) {
                    m_shared->busy = false;
                    return;
                }
                request = *std::exchange(m_shared->pending, std::nullopt);
                withTopics = m_shared->pendingTopics;
                id = m_shared->pendingId;
                reopen = std::exchange(m_shared->reopen, false);
                embeddedPath = m_shared->embeddedPath;
                userPath = m_shared->userPath;
                if (reopen)
                    m_shared->running = nullptr;
            }
            auto answer = std::make_shared<Answer>();
            answer->id = id;
            if (reopen || !m_order) {
                m_warning.clear(); // what the last opening could not read, not this one
                m_order = FigureOrder::open(embeddedPath, userPath, &m_warning);
                QMutexLocker lock(&m_shared->mutex);
                m_shared->running = m_order.get();
            }
            answer->warning = m_warning;
            if (!m_order) {
                answer->result.error = FigureOrder::tr("The figures could not be listed.");
            } else {
                answer->result = m_order->run(request);
            }
            if (!settle(request, id, withTopics, answer->result.interrupted))
                continue;
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, answer] { emit owner->finished(answer); }, Qt::QueuedConnection);
            // The topics after the list, which need a pass over every figure: the list shows meanwhile.
            if (withTopics && m_order) {
                auto topics = std::make_shared<Answer>();
                topics->id = id;
                topics->topicsOnly = true;
                bool interrupted = false;
                topics->topics = m_order->topics(&interrupted);
                if (!settle(request, id, withTopics, interrupted))
                    continue;
                QMetaObject::invokeMethod(
                    m_owner, [owner = m_owner, topics] { emit owner->finished(topics); }, Qt::QueuedConnection);
            }
        }
    }

    /// Whether what was just computed for request @p id may be sent. Superseded, it is not: the newer request
    /// answers, with the topics this one owed. Interrupted with none newer (the interrupt came just as it
    /// began), it runs again.
    bool settle(const FigureOrder::Request& request, int id, bool withTopics, bool interrupted)
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->stopping)
            return false;
        if (m_shared->pending) {
            m_shared->pendingTopics = m_shared->pendingTopics || withTopics;
            return false;
        }
        if (interrupted) {
            m_shared->pending = request;
            m_shared->pendingId = id;
            m_shared->pendingTopics = withTopics;
            return false;
        }
        return true;
    }

    /// Closes the databases in the thread that opened them.
    void close()
    {
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->running = nullptr;
        }
        m_order.reset();
    }

private:
    std::shared_ptr<Shared> m_shared;
    SourcesSearch* m_owner;
    std::unique_ptr<FigureOrder> m_order;
    QString m_warning;
};

SourcesSearch::SourcesSearch(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_worker(new Worker(m_shared, this))
{
    qRegisterMetaType<std::shared_ptr<const Vigie::SourcesSearch::Answer>>();
    m_thread.setObjectName(QStringLiteral("Sources search"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SourcesSearch::~SourcesSearch()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stopping = true;
        m_shared->pending.reset();
        if (m_shared->running)
            m_shared->running->interrupt();
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended: nothing of it runs any more
}

void SourcesSearch::setDatabases(const QString& embeddedPath, const QString& userPath)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->embeddedPath = embeddedPath;
    m_shared->userPath = userPath;
    m_shared->reopen = true;
}

int SourcesSearch::request(const FigureOrder::Request& request, bool withTopics)
{
    QMutexLocker lock(&m_shared->mutex);
    const bool start = !m_shared->busy;
    // A request not yet begun still owes its topics to the one that replaces it.
    m_shared->pendingTopics = withTopics || (m_shared->pending && m_shared->pendingTopics);
    m_shared->pending = request;
    m_shared->pendingId = ++m_shared->lastId;
    m_shared->busy = true;
    if (m_shared->running)
        m_shared->running->interrupt();
    if (start)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->drain(); }, Qt::QueuedConnection);
    return m_shared->pendingId;
}

bool SourcesSearch::isBusy() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->busy;
}

} // namespace Vigie
