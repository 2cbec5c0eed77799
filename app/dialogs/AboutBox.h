// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace Vigie {

/// Help → About Vigie: the version, the licence and the credits of the data, the map and the libraries.
class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(Vigie::AboutBox)

public:
    static QString text();
    static void show(QWidget* parent);
};

} // namespace Vigie
