// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>

#include "widgets/ChartExporter.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Vigie {

class Settings;

/// Where and how to export, as the user chose it.
struct ExportTarget
{
    ExportOptions options;
    QString path;
};

/// Asks how to export a chart: format, size (as on screen, or chosen), resolution, language and colours.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QSize& screenSize, QWidget* parent = nullptr);

    /// The whole exchange for one picture: options (starting from the remembered ones), then the file name
    /// ("vigie-NAME-LANG.EXT" by default), remembering the choices. Nothing when the user cancels.
    static std::optional<ExportTarget> ask(QWidget* parent, const QSize& screenSize, Settings& settings,
                                           Language interfaceLanguage, const QString& name, const QString& title);

    /// The options chosen; "same as the interface" resolves to @p interfaceLanguage.
    ExportOptions options(Language interfaceLanguage) const;
    void setOptions(const ExportOptions& options, bool useScreenSize);
    bool usesScreenSize() const;
    bool usesMillimetres() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();

    QSize m_screenSize;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QRadioButton* m_screenSizeButton;
    QRadioButton* m_customSizeButton;
    QLabel* m_widthLabel;
    QSpinBox* m_width;
    QLabel* m_heightLabel;
    QSpinBox* m_height;
    QComboBox* m_unit;
    QLabel* m_dpiLabel;
    QSpinBox* m_dpi;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_dark;
    QLabel* m_problem; ///< why the size cannot be exported, and the nearest that can
    QDialogButtonBox* m_buttons;
};

} // namespace Vigie
