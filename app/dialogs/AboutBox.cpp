// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/AboutBox.h"

#include <QLocale>
#include <QMessageBox>

#include "core/i18n/NumberFormat.h"

namespace Vigie {

QString AboutBox::text(const DatasetInfo& dataset)
{
    // The dataset's date, as the status bar and every export's footer give it.
    QString data;
    if (!dataset.checked.isEmpty())
        data = QStringLiteral("<p>%1</p>")
                   .arg(tr("Dataset %1, figures checked against their sources as of %2.")
                            .arg(dataset.version.toHtmlEscaped(),
                                 NumberFormat(languageForLocale(QLocale())).period(dataset.checked)));
    return tr("<h3>Vigie %1</h3>"
              "<p>A dashboard of the cyber-threat landscape: France's figures on cybercrime, each with its source.</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>"
              "<p>Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.</p>"
              "<p>Data: COMCYBER-MI, SSMSI (Ministère de l'Intérieur) and the other publishers named with each "
              "figure.</p>"
              "<p>Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le "
              "Doze), ODbL 1.0.</p>"
              "<p>Typeface: DejaVu Sans, embedded so that exports look the same on every machine. Bitstream Vera "
              "licence; Copyright © 2003 Bitstream, Inc.; DejaVu changes in the public domain.</p>")
        .arg(QStringLiteral(VIGIE_VERSION), QString::fromLatin1(qVersion()))
        + data;
}

void AboutBox::show(QWidget* parent, const DatasetInfo& dataset)
{
    QMessageBox::about(parent, tr("About Vigie"), text(dataset));
}

} // namespace Vigie
