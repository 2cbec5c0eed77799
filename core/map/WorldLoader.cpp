// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/WorldLoader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Vigie {

WorldLoader::WorldLoader(QObject* parent)
    : QObject(parent)
{
}

WorldLoader::~WorldLoader() = default;

void WorldLoader::request()
{
    if (m_requested)
        return;
    m_requested = true;
    // The result is handed back to the application's thread, where the pointer is checked: the loader may be
    // gone by then (a test, or a window closed during the parse).
    QPointer<WorldLoader> self(this);
    QThreadPool::globalInstance()->start([self] {
        WorldMap::Problem problem;
        std::shared_ptr<const WorldMap> world = WorldMap::loadEmbedded(&problem);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, world, problem] {
                if (self)
                    self->finish(world, problem);
            },
            Qt::QueuedConnection);
    });
}

void WorldLoader::finish(std::shared_ptr<const WorldMap> world, const WorldMap::Problem& problem)
{
    m_loaded = true;
    m_world = std::move(world);
    m_problem = m_world ? std::nullopt : std::optional<WorldMap::Problem>(problem);
    emit loaded();
}

} // namespace Vigie
