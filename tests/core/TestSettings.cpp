// SPDX-License-Identifier: GPL-3.0-or-later
// Tests typed settings: defaults, persistence, change signals, and bad saved values.

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/Settings.h"

using namespace Vigie;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void languagePersists();
    void changeSignal();
    void unknownLanguageIsIgnored();
    void badDpiFallsBack();
    void corruptFileGivesDefaults();
    void mapLayerAndLegendPersist();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("vigie.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaults()
{
    Settings settings(path());
    QVERIFY(!settings.language());
    QVERIFY(settings.mainWindowGeometry().isEmpty());
    QCOMPARE(settings.currentPage(), 0);
    QVERIFY(!settings.exportSize().isValid());
    QCOMPARE(settings.exportDpi(), 96);
}

void TestSettings::languagePersists()
{
    {
        Settings settings(path());
        settings.setLanguage(Language::French);
        settings.setExportSize(QSize(1600, 900));
        settings.sync();
    }
    Settings reopened(path());
    QCOMPARE(reopened.language(), std::optional<Language>(Language::French));
    QCOMPARE(reopened.exportSize(), QSize(1600, 900));
}

void TestSettings::changeSignal()
{
    Settings settings(path());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setLanguage(Language::English);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<Settings::Key>(), Settings::Key::Language);
    settings.setLanguage(Language::English); // same value: no signal
    QCOMPARE(spy.count(), 0);
    settings.setCurrentPage(2);
    QCOMPARE(spy.count(), 1);
}

void TestSettings::unknownLanguageIsIgnored()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    }
    Settings settings(path());
    QVERIFY(!settings.language());
}

void TestSettings::badDpiFallsBack()
{
    Settings settings(path());
    settings.setExportDpi(5000);
    QCOMPARE(settings.exportDpi(), 96);
    settings.setExportDpi(300);
    QCOMPARE(settings.exportDpi(), 300);
}

void TestSettings::corruptFileGivesDefaults()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x00\xff[ui\nlanguage=\x01\x02\n[[[=\n") + QByteArray(4096, '\xfe'));
    file.close();
    Settings settings(path());
    QVERIFY(!settings.language());
    QCOMPARE(settings.exportDpi(), 96);
    QCOMPARE(settings.currentPage(), 0);
    settings.setLanguage(Language::French); // and it can still save
    settings.sync();
    QCOMPARE(Settings(path()).language(), std::optional<Language>(Language::French));
}

void TestSettings::mapLayerAndLegendPersist()
{
    {
        Settings settings(path());
        QCOMPARE(settings.mapLayer(), QStringLiteral("none"));
        QCOMPARE(settings.mapLegendFolded(), std::nullopt);
        settings.setMapLayer(QStringLiteral("budapest"));
        settings.setMapLegendFolded(true);
        settings.sync();
    }
    Settings reopened(path());
    QCOMPARE(reopened.mapLayer(), QStringLiteral("budapest"));
    QCOMPARE(reopened.mapLegendFolded(), std::optional<bool>(true));
    reopened.setMapLegendFolded(false);
    QCOMPARE(reopened.mapLegendFolded(), std::optional<bool>(false));
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("map/legendFolded"), QStringLiteral("maybe"));
    }
    QCOMPARE(Settings(path()).mapLegendFolded(), std::nullopt); // not a choice Vigie wrote: as if none
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
