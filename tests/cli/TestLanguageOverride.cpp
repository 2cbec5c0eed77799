// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real binary to check the language rules: the saved choice applies, --lang overrides it for
// one run without replacing it, and the system locale decides when nothing is saved.

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguageOverride : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savedChoiceApplies();
    void langOptionOverridesForOneRun();
    void systemLocaleOnFirstLaunch_data();
    void systemLocaleOnFirstLaunch();

private:
    QString exportOnce(const QStringList& extra, const QString& locale = QStringLiteral("C.UTF-8"));
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("config/Vigie/Vigie.conf")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLanguageOverride::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestLanguageOverride::exportOnce(const QStringList& extra, const QString& locale)
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QDir(out).removeRecursively();
    QProcess vigie;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    vigie.setProcessEnvironment(env);
    vigie.start(QStringLiteral(VIGIE_BINARY), extra + QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("offences-by-year"), QStringLiteral("--out"), out});
    if (!vigie.waitForFinished(60000) || vigie.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(vigie.readAllStandardError());
    const QStringList files = QDir(out).entryList(QDir::Files);
    return files.isEmpty() ? QString() : files.first();
}

void TestLanguageOverride::savedChoiceApplies()
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(exportOnce({}), QStringLiteral("offences-by-year-fr.png"));
}

void TestLanguageOverride::langOptionOverridesForOneRun()
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(exportOnce({QStringLiteral("--lang"), QStringLiteral("en")}), QStringLiteral("offences-by-year-en.png"));
    QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
             QStringLiteral("fr"));
    QCOMPARE(exportOnce({}), QStringLiteral("offences-by-year-fr.png"));
}

void TestLanguageOverride::systemLocaleOnFirstLaunch_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("file");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("offences-by-year-fr.png");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA.UTF-8") << QStringLiteral("offences-by-year-fr.png");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("offences-by-year-en.png");
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("offences-by-year-en.png");
}

void TestLanguageOverride::systemLocaleOnFirstLaunch()
{
    QFETCH(QString, locale);
    QFETCH(QString, file);
    QCOMPARE(exportOnce({}, locale), file);
}

QTEST_GUILESS_MAIN(TestLanguageOverride)
#include "TestLanguageOverride.moc"
