// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the build of the threat database from resources/data, and that bad data stops it with a clear
// file:line: reason, both through the library and through the vigie-dbgen tool that the build runs.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/data/ThreatDatabase.h"
#include "core/dataio/DatabaseBuilder.h"

using namespace Vigie;

class TestDatabaseBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void buildsFromResources();
    void rejectsBadRows_data();
    void rejectsBadRows();
    void failedBuildKeepsPreviousFile();
    void toolReportsFileLineAndReason();

private:
    QStringList dataFiles(const QString& dir) const;
    void copyResourcesTo(const QString& dir) const;
    void replaceLine(const QString& path, int line, const QByteArray& text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

QStringList TestDatabaseBuilder::dataFiles(const QString& dir) const
{
    QStringList files;
    for (const char* name : {"source", "figure", "series", "series_point"})
        files.append(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".csv")));
    return files;
}

void TestDatabaseBuilder::copyResourcesTo(const QString& dir) const
{
    const QDir resources(QStringLiteral(VIGIE_SOURCE_DIR "/resources/data"));
    for (const QString& name : resources.entryList({QStringLiteral("*.csv"), QStringLiteral("*.sql")}))
        QVERIFY(QFile::copy(resources.filePath(name), QDir(dir).filePath(name)));
}

void TestDatabaseBuilder::replaceLine(const QString& path, int line, const QByteArray& text) const
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QVERIFY(line - 1 < lines.size());
    lines[line - 1] = text;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
}

void TestDatabaseBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    copyResourcesTo(m_dir->path());
}

void TestDatabaseBuilder::buildsFromResources()
{
    const QString db = m_dir->filePath(QStringLiteral("vigie.sqlite"));
    const auto error = DatabaseBuilder::build(db, m_dir->filePath(QStringLiteral("schema.sql")),
                                              dataFiles(m_dir->path()));
    QVERIFY2(!error, error ? qPrintable(error->toString()) : "");

    QString openError;
    const auto threats = ThreatDatabase::openFile(db, &openError);
    QVERIFY2(threats, qPrintable(openError));
    QVERIFY(threats->schemaVersion() >= 1);
    const auto total = threats->figure(QStringLiteral("offences.total.2023"));
    QVERIFY(total);
    QCOMPARE(total->number.value_or(0), 278770.0);
}

void TestDatabaseBuilder::rejectsBadRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("text in a number column")
        << QStringLiteral("series_point.csv") << 2
        << QByteArray("offences.recorded,2022,many,offences.total.2022,0,,,,,0") << QStringLiteral("not a number");
    QTest::newRow("bad year")
        << QStringLiteral("series_point.csv") << 3
        << QByteArray("offences.recorded,20x3,278770,offences.total.2023,0,,,,,0") << QStringLiteral("whole number");
    QTest::newRow("unknown source")
        << QStringLiteral("figure.csv") << 2
        << QByteArray("x.y,offences,1,1,count,2023,A,B,high,no-such-source,quote,,") << QStringLiteral("FOREIGN KEY");
    QTest::newRow("duplicate key")
        << QStringLiteral("series.csv") << 3 << QByteArray("offences.recorded,A,B,count") << QStringLiteral("UNIQUE");
    QTest::newRow("missing field")
        << QStringLiteral("series.csv") << 2 << QByteArray("offences.recorded,A,count") << QStringLiteral("fields");
    QTest::newRow("bad confidence")
        << QStringLiteral("figure.csv") << 2
        << QByteArray("x.y,offences,1,1,count,2023,A,B,certain,kulturegeek-2024-07,quote,,")
        << QStringLiteral("CHECK");
    QTest::newRow("unknown column") << QStringLiteral("series.csv") << 1 << QByteArray("id,label_en,label_fr,colour")
                                    << QStringLiteral("unknown column");
}

void TestDatabaseBuilder::rejectsBadRows()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);

    replaceLine(m_dir->filePath(file), line, text);
    const QString db = m_dir->filePath(QStringLiteral("vigie.sqlite"));
    const auto error = DatabaseBuilder::build(db, m_dir->filePath(QStringLiteral("schema.sql")),
                                              dataFiles(m_dir->path()));
    QVERIFY(error);
    QCOMPARE(error->file, file);
    QCOMPARE(error->line, line);
    QVERIFY2(error->reason.contains(reason, Qt::CaseInsensitive), qPrintable(error->reason));
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(db + QStringLiteral(".partial")));
}

void TestDatabaseBuilder::failedBuildKeepsPreviousFile()
{
    const QString db = m_dir->filePath(QStringLiteral("vigie.sqlite"));
    QVERIFY(!DatabaseBuilder::build(db, m_dir->filePath(QStringLiteral("schema.sql")), dataFiles(m_dir->path())));
    const QByteArray before = [&] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    replaceLine(m_dir->filePath(QStringLiteral("series.csv")), 2, QByteArray("broken"));
    QVERIFY(DatabaseBuilder::build(db, m_dir->filePath(QStringLiteral("schema.sql")), dataFiles(m_dir->path())));
    QFile after(db);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestDatabaseBuilder::toolReportsFileLineAndReason()
{
    replaceLine(m_dir->filePath(QStringLiteral("series_point.csv")), 3,
                QByteArray("offences.recorded,2023,lots,offences.total.2023,0,,,,,0"));
    QProcess tool;
    QStringList arguments = {QStringLiteral("--schema"), m_dir->filePath(QStringLiteral("schema.sql")),
                             QStringLiteral("--out"), m_dir->filePath(QStringLiteral("out.sqlite"))};
    arguments += dataFiles(m_dir->path());
    tool.start(QStringLiteral(VIGIE_DBGEN), arguments);
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitCode(), 1);
    const QString message = QString::fromUtf8(tool.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("series_point.csv:3:")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("'lots' is not a number")), qPrintable(message));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.sqlite"))));
}

QTEST_GUILESS_MAIN(TestDatabaseBuilder)
#include "TestDatabaseBuilder.moc"
