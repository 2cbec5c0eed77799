// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the export dialog's arithmetic: on-screen size scaled by resolution, pixels as typed, millimetres
// converted at the chosen resolution, and the language choice.

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

#include "app/dialogs/ExportDialog.h"

using namespace Vigie;

Q_DECLARE_METATYPE(Vigie::Language)

class TestExportDialog : public QObject {
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void languageChoice();
    void unreadableSizeIsRefusedWithTheNearest();
};

void TestExportDialog::sizes_data()
{
    QTest::addColumn<bool>("screen");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QSize>("typed");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("screen at 96") << true << "px" << QSize() << 96 << QSize(800, 500);
    QTest::newRow("screen at 300") << true << "px" << QSize() << 300 << QSize(2500, 1563);
    QTest::newRow("pixels") << false << "px" << QSize(1920, 1080) << 150 << QSize(1920, 1080);
    QTest::newRow("A4 landscape mm at 300") << false << "mm" << QSize(297, 210) << 300 << QSize(3508, 2480);
    QTest::newRow("mm at 96") << false << "mm" << QSize(254, 127) << 96 << QSize(960, 480);
}

void TestExportDialog::sizes()
{
    QFETCH(bool, screen);
    QFETCH(QString, unit);
    QFETCH(QSize, typed);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);

    ExportDialog dialog(QSize(800, 500));
    const QList<QRadioButton*> radios = dialog.findChildren<QRadioButton*>();
    QCOMPARE(radios.size(), 2);
    radios.at(screen ? 0 : 1)->setChecked(true);
    const QList<QSpinBox*> spins = dialog.findChildren<QSpinBox*>();
    QCOMPARE(spins.size(), 3); // width, height, DPI
    if (!screen) {
        spins.at(0)->setValue(typed.width());
        spins.at(1)->setValue(typed.height());
    }
    spins.at(2)->setValue(dpi);
    for (QComboBox* combo : dialog.findChildren<QComboBox*>()) {
        const int index = combo->findText(unit);
        if (index >= 0 && combo->count() == 2)
            combo->setCurrentIndex(index);
    }
    const ExportOptions options = dialog.options(Language::English);
    QCOMPARE(options.pixelSize, pixels);
    QCOMPARE(options.dpi, dpi);
    QVERIFY(!ChartExporter::validate(options));
}

void TestExportDialog::languageChoice()
{
    ExportDialog dialog(QSize(800, 500));
    QCOMPARE(dialog.options(Language::French).language, Language::French); // "same as the interface"
    for (QComboBox* combo : dialog.findChildren<QComboBox*>()) {
        const int index = combo->findText(QStringLiteral("English"));
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
    QCOMPARE(dialog.options(Language::French).language, Language::English);
}

void TestExportDialog::unreadableSizeIsRefusedWithTheNearest()
{
    ExportDialog dialog(QSize(800, 500));
    dialog.findChildren<QRadioButton*>().at(1)->setChecked(true);
    const QList<QSpinBox*> spins = dialog.findChildren<QSpinBox*>();
    spins.at(0)->setValue(800);
    spins.at(1)->setValue(600);
    spins.at(2)->setValue(300); // 68 × 51 mm: too small to read
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto shownText = [&] {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->isHidden() && label->text().contains(QStringLiteral("1417 × 803")))
                return label->text();
        }
        return QString();
    };
    QVERIFY2(shownText().contains(QStringLiteral("nearest size it accepts")), qPrintable(shownText()));
    spins.at(0)->setValue(1600);
    spins.at(1)->setValue(900); // 135 × 76 mm
    QVERIFY(ok->isEnabled());
    QVERIFY(shownText().isEmpty());
    // The smallest size accepted, typed in millimetres, is accepted at every resolution.
    for (QComboBox* combo : dialog.findChildren<QComboBox*>()) {
        if (combo->findText(QStringLiteral("mm")) >= 0)
            combo->setCurrentIndex(combo->findText(QStringLiteral("mm")));
    }
    spins.at(0)->setValue(120);
    spins.at(1)->setValue(68);
    for (const int dpi : {72, 96, 150, 300, 600}) {
        spins.at(2)->setValue(dpi);
        QVERIFY2(ok->isEnabled(), qPrintable(QString::number(dpi)));
    }
    spins.at(1)->setValue(67);
    QVERIFY(!ok->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
