// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include "app/Application.h"

int main(int argc, char* argv[])
{
    Vigie::Application::prepareEnvironment(argc, argv);
    QApplication qtApp(argc, argv);
    Vigie::Application app;
    return app.run(QApplication::arguments());
}
