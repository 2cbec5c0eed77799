// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the map-data loader (GeoJSON to country outlines). It must never crash: bad input gives an
// error and no map, and a map it accepts answers hit-tests.

#include <cstdlib>

#include <QGuiApplication>

#include "core/map/WorldMap.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "vigie";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv); // QPainterPath and fonts need a GUI application
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto world = Vigie::WorldMap::fromGeoJson(json, &error);
    if (!world && error.isEmpty())
        std::abort(); // a refusal must say why
    if (world)
        (void)world->countryAt(QPointF(0, 0));
    return 0;
}
