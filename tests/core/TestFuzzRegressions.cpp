// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzers once broke Vigie with (tests/fuzz/regressions/): each must now load or be
// refused quickly, with a reason, and without exhausting memory.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "core/dataio/CsvReader.h"
#include "core/map/WorldMap.h"

using namespace Vigie;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(VIGIE_SOURCE_DIR "/tests/fuzz/regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    QElapsedTimer timer;
    timer.start();
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1String("map_data-"))) {
        QString error;
        const auto world = WorldMap::fromGeoJson(input, &error);
        QVERIFY(world || !error.isEmpty());
        if (world)
            QCOMPARE(world->countryAt(QPointF(0, 0)), nullptr);
    } else if (name.startsWith(QLatin1String("csv-"))) {
        (void)CsvReader::parse(input);
    }
    QVERIFY2(timer.elapsed() < 5000, "a regression input must be handled in moments");
}

QTEST_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
