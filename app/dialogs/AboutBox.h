// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

#include "core/data/Records.h"

namespace Vigie {

/// Help → About Vigie: the version, the licence and the credits of the data, the map and the libraries.
class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(Vigie::AboutBox)

public:
    /// The box's text, with the dataset's version and the date its figures were last checked.
    static QString text(const DatasetInfo& dataset);
    static void show(QWidget* parent, const DatasetInfo& dataset);
};

} // namespace Vigie
