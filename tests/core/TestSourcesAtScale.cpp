// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the Sources list over a million figures of the user's beside Vigie's own: the model is sound under
// QAbstractItemModelTester, every figure is listed in order, words, topics and sorts give exactly the rows
// they should, and every spelling of a word finds the same rows.

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/data/UserDatabase.h"
#include "core/dataio/SqlConnection.h"
#include "core/i18n/TextFold.h"
#include "core/i18n/Translations.h"
#include "core/models/SourcesModel.h"
#include "tests/support/GeneratedFigures.h"

using namespace Vigie;

namespace {
// A million, as the README promises; sanitizer builds, whose job is memory errors, set fewer.
const int userFigures = qEnvironmentVariableIntValue("VIGIE_SCALE_FIGURES") > 0
    ? qEnvironmentVariableIntValue("VIGIE_SCALE_FIGURES") : 1'000'000;
constexpr int listTimeout = 120'000;
/// The figure at this fraction of the generated ones (in millionths), a hospital's when a multiple of 1000.
int generatedAt(qint64 millionths) { return int(qint64(userFigures) * millionths / 1'000'000); }
}

class TestSourcesAtScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryFigureInOrder();
    void wordsFindTheSameRowsInEverySpelling();
    void topicsAndSortsAreExact();
    void aFigureIsFoundWhereverItIs();
    void exportWritesEveryFigureInFlatMemory();
    void cleanupTestCase();

private:
    void waitForList();

    QTemporaryDir m_dir;
    std::unique_ptr<ThreatDatabase> m_embedded;
    std::unique_ptr<UserData> m_user;
    Translations m_translations;
    std::unique_ptr<SourcesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_vigieFigures = 0;
};

void TestSourcesAtScale::initTestCase()
{
    m_embedded = ThreatDatabase::openEmbedded();
    QVERIFY(m_embedded);
    m_vigieFigures = m_embedded->count(QStringLiteral("figure"));
    const QString path = m_dir.filePath(QStringLiteral("user.sqlite"));
    {
        QString error;
        auto db = UserDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        error = GeneratedFigures::fill(db->connection().database(), userFigures);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_user = std::make_unique<UserData>(path, *m_embedded);
    m_model = std::make_unique<SourcesModel>(m_translations, *m_embedded, *m_user);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForList();
}

void TestSourcesAtScale::waitForList()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isListed(), listTimeout);
}

void TestSourcesAtScale::listsEveryFigureInOrder()
{
    m_model->setFilter({}, {});
    m_model->sort(-1);
    waitForList();
    QCOMPARE(m_model->rowCount(), m_vigieFigures + userFigures);
    // Vigie's figures first, then the user's in the order they were imported, each read from its database.
    QCOMPARE(m_model->figure(0)->userData, false);
    QCOMPARE(m_model->figure(m_vigieFigures)->key, GeneratedFigures::key(1));
    QCOMPARE(m_model->figure(m_vigieFigures)->userData, true);
    QCOMPARE(m_model->figure(m_model->rowCount() - 1)->key, GeneratedFigures::key(userFigures));
    const int middle = userFigures / 2 + 1; // not a multiple of 1000: not a hospital's
    QCOMPARE(m_model->index(m_vigieFigures + middle - 1, SourcesModel::FigureColumn).data().toString(),
             QStringLiteral("Generated figure %1").arg(middle));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->areTopicsListed(), listTimeout);
    const QStringList topics = m_model->topics();
    QCOMPARE(QSet<QString>(topics.cbegin(), topics.cend()).size(), topics.size()); // each once
    QVERIFY(m_model->topics().contains(QStringLiteral("generated-0")));
    QVERIFY(m_model->topics().contains(QStringLiteral("offences")));
}

void TestSourcesAtScale::wordsFindTheSameRowsInEverySpelling()
{
    // The hospitals: one generated figure in a thousand, and Vigie's own that name a hospital.
    m_model->setFilter(QStringLiteral("hôpital"), {});
    waitForList();
    const int hospitals = m_model->rowCount();
    QVERIFY2(hospitals > userFigures / GeneratedFigures::hospitalEvery, qPrintable(QString::number(hospitals)));
    for (const QString& spelling : {QStringLiteral("hopital"), QStringLiteral("HÔPITAL"), QStringLiteral("Hopital")}) {
        m_model->setFilter(spelling, {});
        waitForList();
        QCOMPARE(m_model->rowCount(), hospitals);
    }
    m_model->setFilter(QStringLiteral("hôp"), {});
    waitForList();
    const int hop = m_model->rowCount();
    QVERIFY(hop >= hospitals);
    m_model->setFilter(QStringLiteral("hop"), {});
    waitForList();
    QCOMPARE(m_model->rowCount(), hop);
    // Two words: both must begin a word of the figure.
    const int hospital = generatedAt(654'000) / GeneratedFigures::hospitalEvery * GeneratedFigures::hospitalEvery;
    m_model->setFilter(QStringLiteral("hospital %1").arg(GeneratedFigures::key(hospital)), {});
    waitForList();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->figure(0)->key, GeneratedFigures::key(hospital));
    // One letter: every figure with a word that begins with it ("generated" is in every generated one).
    m_model->setFilter(QStringLiteral("g"), {});
    waitForList();
    QVERIFY(m_model->rowCount() >= userFigures);
    // Punctuation alone narrows nothing.
    m_model->setFilter(QStringLiteral("\" - '"), {});
    waitForList();
    QCOMPARE(m_model->rowCount(), m_vigieFigures + userFigures);
}

void TestSourcesAtScale::topicsAndSortsAreExact()
{
    m_model->setFilter({}, QStringLiteral("generated-3"));
    m_model->sort(SourcesModel::ValueColumn, Qt::DescendingOrder);
    waitForList();
    QCOMPARE(m_model->rowCount(), userFigures / GeneratedFigures::topicCount);
    // Largest first, across page boundaries, every row of the topic.
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < 300; ++row) {
        const std::optional<Figure> f = m_model->figure(row);
        QVERIFY(f && f->number);
        QCOMPARE(f->topic, QStringLiteral("generated-3"));
        QVERIFY2(*f->number <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = *f->number;
    }
    qint64 largest = 0;
    for (int i = 3; i <= userFigures; i += GeneratedFigures::topicCount)
        largest = std::max(largest, GeneratedFigures::value(i));
    QCOMPARE(*m_model->figure(0)->number, double(largest));
    // The last rows too: the smallest values.
    const std::optional<Figure> last = m_model->figure(m_model->rowCount() - 1);
    QVERIFY(last && last->number);
    QVERIFY(*last->number <= 10);
    m_model->setFilter({}, {});
    m_model->sort(-1);
    waitForList();
}

void TestSourcesAtScale::aFigureIsFoundWhereverItIs()
{
    m_model->sort(SourcesModel::FigureColumn, Qt::AscendingOrder);
    waitForList();
    const QString key = GeneratedFigures::key(generatedAt(654'321));
    const int row = m_model->rowOf(key);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("%1 rows, listed %2").arg(m_model->rowCount()).arg(m_model->isListed())));
    QCOMPARE(m_model->figure(row)->key, key);
    QVERIFY(m_model->holds(QStringLiteral("offences.total.2023")));
    QVERIFY(m_model->rowOf(QStringLiteral("offences.total.2023")) >= 0);
    QVERIFY(!m_model->holds(QStringLiteral("no.such.figure")));
    // Labels in order as a reader reads them: without case or accents.
    for (int r = 1; r < 200; ++r) {
        const QString a = TextFold::fold(m_model->figure(r - 1)->label.english);
        const QString b = TextFold::fold(m_model->figure(r)->label.english);
        QVERIFY2(a <= b, qPrintable(a + u" > " + b));
    }
}

/// This process's peak resident memory so far, in MiB (Linux).
static double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

void TestSourcesAtScale::exportWritesEveryFigureInFlatMemory()
{
    const double before = peakMiB();
    const QString target = m_dir.filePath(QStringLiteral("mine.csv"));
    QCOMPARE(m_user->exportCsv(target, UserData::Export::YourFigures), QString());
    const double growth = peakMiB() - before;
    // Holding the million figures would take over a gigabyte; written one at a time, they take a few pages
    // of SQLite's cache. The bound leaves room for a sanitizer's quarantine of freed memory.
    QVERIFY2(growth < 400, qPrintable(QStringLiteral("the peak grew by %1 MiB").arg(growth)));
    qInfo("export of %d figures: peak grew by %.1f MiB", userFigures, growth);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int lines = 0;
    QByteArray last;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.isEmpty())
            last = line;
        ++lines;
    }
    QCOMPARE(lines, userFigures + 1); // the header, then every figure
    QVERIFY2(last.endsWith(",yours\n"), last.constData());
}

void TestSourcesAtScale::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
}

QTEST_GUILESS_MAIN(TestSourcesAtScale)
#include "TestSourcesAtScale.moc"
