// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/settings/Settings.h"
#include "widgets/export/ExportLimits.h"

namespace Vigie {

namespace {
enum LanguageChoice { InterfaceLanguage, French, English };
}

ExportDialog::ExportDialog(const QSize& screenSize, QWidget* parent)
    : QDialog(parent)
    , m_screenSize(screenSize)
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_screenSizeButton(new QRadioButton(this))
    , m_customSizeButton(new QRadioButton(this))
    , m_widthLabel(new QLabel(this))
    , m_width(new QSpinBox(this))
    , m_heightLabel(new QLabel(this))
    , m_height(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_dpiLabel(new QLabel(this))
    , m_dpi(new QSpinBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_dark(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (ExportFormat format :
         {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Pdf, ExportFormat::Svg, ExportFormat::Csv})
        m_format->addItem(QString(), QVariant::fromValue(int(format)));
    for (QSpinBox* side : {m_width, m_height})
        side->setRange(1, ExportLimits::maximumSide);
    m_width->setValue(1600);
    m_height->setValue(900);
    m_unit->addItem(QStringLiteral("px"));
    m_unit->addItem(QStringLiteral("mm"));
    m_dpi->setRange(ExportLimits::minimumDpi, ExportLimits::maximumDpi);
    m_dpi->setValue(300); // print quality by default; screens need 96
    m_language->addItem(QString(), InterfaceLanguage);
    m_language->addItem(QStringLiteral("Français"), French);
    m_language->addItem(QStringLiteral("English"), English);
    m_screenSizeButton->setChecked(true);
    m_widthLabel->setBuddy(m_width);
    m_heightLabel->setBuddy(m_height);
    m_dpiLabel->setBuddy(m_dpi);
    m_formatLabel->setBuddy(m_format);
    m_languageLabel->setBuddy(m_language);

    connect(m_customSizeButton, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateEnabled);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* custom = new QHBoxLayout;
    custom->addWidget(m_widthLabel);
    custom->addWidget(m_width);
    custom->addWidget(m_heightLabel);
    custom->addWidget(m_height);
    custom->addWidget(m_unit);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_screenSizeButton);
    form->addRow(m_customSizeButton, custom);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_dark);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    retranslate();
    updateEnabled();
}

std::optional<ExportTarget> ExportDialog::ask(QWidget* parent, const QSize& screenSize, Settings& settings,
                                              Language interfaceLanguage, const QString& name, const QString& title)
{
    ExportDialog dialog(screenSize, parent);
    ExportOptions initial;
    initial.dpi = settings.exportDpi();
    if (settings.exportSize().isValid())
        initial.pixelSize = settings.exportSize();
    dialog.setOptions(initial, !settings.exportSize().isValid());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ExportOptions options = dialog.options(interfaceLanguage);
    settings.setExportDpi(options.dpi);
    settings.setExportSize(dialog.usesScreenSize() ? QSize() : options.pixelSize);

    const QString suffix = ChartExporter::suffix(options.format);
    const QString fileName = QStringLiteral("vigie-%1-%2.%3").arg(name, languageCode(options.language), suffix);
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(settings.exportDirectory()).filePath(fileName),
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return std::nullopt;
    settings.setExportDirectory(QFileInfo(path).absolutePath());
    return ExportTarget {options, path};
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Chart"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("JPEG image"));
    m_format->setItemText(2, tr("PDF document (vector)"));
    m_format->setItemText(3, tr("SVG drawing (vector)"));
    m_format->setItemText(4, tr("CSV table of the numbers"));
    m_screenSizeButton->setText(tr("&As on screen (%1 × %2 px)").arg(m_screenSize.width()).arg(m_screenSize.height()));
    m_customSizeButton->setText(tr("&Custom size:"));
    m_widthLabel->setText(tr("&Width"));
    m_heightLabel->setText(tr("&Height"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setToolTip(tr("Dots per inch written in the file: 96 for screens, 300 for print."));
    m_unit->setToolTip(tr("Pixels, or millimetres at the chosen resolution"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Same as the interface"));
    m_dark->setText(tr("&Dark colours"));
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool custom = m_customSizeButton->isChecked();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_unit->setEnabled(custom);
    // A size outside what lays out readably is refused here, with the nearest that is not; a CSV has no size.
    const ExportOptions asked = options(Language::English);
    const auto refusal = ExportLimits::refusal(asked, {asked.format});
    m_problem->setText(refusal.value_or(QString()));
    m_problem->setVisible(refusal.has_value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!refusal);
}

bool ExportDialog::usesMillimetres() const
{
    return m_unit->currentIndex() == 1;
}

bool ExportDialog::usesScreenSize() const
{
    return m_screenSizeButton->isChecked();
}

ExportOptions ExportDialog::options(Language interfaceLanguage) const
{
    ExportOptions options;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.dpi = m_dpi->value();
    // "As on screen" keeps the on-screen layout: more DPI means more pixels, not smaller text.
    if (usesScreenSize()) {
        options.pixelSize = m_screenSize * (options.dpi / 96.0);
    } else if (usesMillimetres()) {
        // A physical size: the pixels follow from the resolution.
        options.pixelSize =
            QSize(qRound(m_width->value() / 25.4 * options.dpi), qRound(m_height->value() / 25.4 * options.dpi));
    } else {
        options.pixelSize = QSize(m_width->value(), m_height->value());
    }
    switch (m_language->currentData().toInt()) {
    case French:
        options.language = Language::French;
        break;
    case English:
        options.language = Language::English;
        break;
    default:
        options.language = interfaceLanguage;
    }
    options.dark = m_dark->isChecked();
    return options;
}

void ExportDialog::setOptions(const ExportOptions& options, bool useScreenSize)
{
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    (useScreenSize ? m_screenSizeButton : m_customSizeButton)->setChecked(true);
    if (options.pixelSize.isValid()) {
        m_width->setValue(options.pixelSize.width());
        m_height->setValue(options.pixelSize.height());
    }
    m_dpi->setValue(options.dpi);
    m_dark->setChecked(options.dark);
    updateEnabled();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Vigie
