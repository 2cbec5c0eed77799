// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/ExportAllDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "widgets/export/ExportLimits.h"

namespace Vigie {

namespace {
const ExportFormat formatOrder[] = {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Pdf, ExportFormat::Svg,
                                    ExportFormat::Csv};
}

ExportAllDialog::ExportAllDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(folder, this))
    , m_browse(new QPushButton(this))
    , m_formatsLabel(new QLabel(this))
    , m_languagesLabel(new QLabel(this))
    , m_french(new QCheckBox(QStringLiteral("Français"), this))
    , m_english(new QCheckBox(QStringLiteral("English"), this))
    , m_sizeLabel(new QLabel(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpiLabel(new QLabel(this))
    , m_dpi(new QSpinBox(this))
    , m_dark(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto* formats = new QHBoxLayout;
    for (ExportFormat format : formatOrder) {
        auto* box = new QCheckBox(ChartExporter::suffix(format).toUpper(), this);
        box->setChecked(format == ExportFormat::Png);
        connect(box, &QCheckBox::toggled, this, &ExportAllDialog::updateOk);
        m_formats.append(box);
        formats->addWidget(box);
    }
    formats->addStretch();
    m_french->setChecked(true);
    m_english->setChecked(true);
    connect(m_french, &QCheckBox::toggled, this, &ExportAllDialog::updateOk);
    connect(m_english, &QCheckBox::toggled, this, &ExportAllDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportAllDialog::updateOk);
    auto* languages = new QHBoxLayout;
    languages->addWidget(m_french);
    languages->addWidget(m_english);
    languages->addStretch();
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(1, ExportLimits::maximumSide);
        side->setSuffix(QStringLiteral(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_dpi->setRange(ExportLimits::minimumDpi, ExportLimits::maximumDpi);
    m_dpi->setValue(150);
    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addStretch();
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, m_folderLabel->text(), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    m_folderLabel->setBuddy(m_folder);
    m_dpiLabel->setBuddy(m_dpi);
    m_sizeLabel->setBuddy(m_width);

    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_formatsLabel, formats);
    form->addRow(m_languagesLabel, languages);
    form->addRow(m_sizeLabel, size);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_dark);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportAllDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateOk();
}

void ExportAllDialog::retranslate()
{
    setWindowTitle(tr("Export All"));
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        if (formatOrder[i] == ExportFormat::Csv)
            m_formats.at(i)->setToolTip(tr("Each chart's numbers as its table shows them, and for the map every "
                                           "state's status under each treaty, with its dates and source"));
    }
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_formatsLabel->setText(tr("Formats:"));
    m_languagesLabel->setText(tr("Languages:"));
    m_sizeLabel->setText(tr("&Size:"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpi->setSuffix(tr(" DPI"));
    m_dark->setText(tr("&Dark colours"));
    updateOk();
}

void ExportAllDialog::updateOk()
{
    ExportOptions asked;
    asked.pixelSize = QSize(m_width->value(), m_height->value());
    asked.dpi = m_dpi->value();
    const auto refusal = ExportLimits::refusal(asked, formats());
    m_problem->setText(refusal.value_or(QString()));
    m_problem->setVisible(refusal.has_value());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!refusal && !formats().isEmpty() && !languages().isEmpty()
                     && !m_folder->text().trimmed().isEmpty());
}

QString ExportAllDialog::folder() const
{
    return m_folder->text().trimmed();
}

QList<ExportFormat> ExportAllDialog::formats() const
{
    QList<ExportFormat> result;
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        if (m_formats.at(i)->isChecked())
            result.append(formatOrder[i]);
    }
    return result;
}

QList<Language> ExportAllDialog::languages() const
{
    QList<Language> result;
    if (m_french->isChecked())
        result.append(Language::French);
    if (m_english->isChecked())
        result.append(Language::English);
    return result;
}

ExportOptions ExportAllDialog::baseOptions() const
{
    ExportOptions options;
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.dark = m_dark->isChecked();
    return options;
}

void ExportAllDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Vigie
