// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "widgets/ChartExporter.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Vigie {

/// Asks where and how to export every chart at once: folder, formats, languages, size and resolution.
class ExportAllDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportAllDialog(const QString& folder, QWidget* parent = nullptr);

    QString folder() const;
    QList<ExportFormat> formats() const;
    QList<Language> languages() const;
    ExportOptions baseOptions() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateOk();

    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_formatsLabel;
    QList<QCheckBox*> m_formats;
    QLabel* m_languagesLabel;
    QCheckBox* m_french;
    QCheckBox* m_english;
    QLabel* m_sizeLabel;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_dpiLabel;
    QSpinBox* m_dpi;
    QCheckBox* m_dark;
    QLabel* m_problem; ///< why the size cannot be exported, and the nearest that can
    QDialogButtonBox* m_buttons;
};

} // namespace Vigie
