// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: a full language switch with every page built, against a bare installTranslator() of the same
// catalogue with no widgets. Target: under 50 ms, so that the switch feels instant.

#include <QApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "bench/BenchUtil.h"
#include "core/i18n/LanguageManager.h"

using namespace Vigie;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    constexpr int runs = 21;

    // Bare: swap one translator with no widget listening.
    QTranslator bare;
    if (!bare.load(QStringLiteral(":/i18n/vigie_fr.qm")))
        return 1;
    const double bareMs = Bench::medianMs(runs, [&] {
        QCoreApplication::installTranslator(&bare);
        QCoreApplication::removeTranslator(&bare);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });

    QTemporaryDir dir;
    Services services(dir.filePath(QStringLiteral("settings.ini")));
    services.languages().setLanguage(Language::English);
    QString error;
    if (!services.openDatabase(&error))
        return 1;
    MainWindow window(services.context());
    window.resize(1400, 900);
    window.show();
    for (int page = 0; page < window.pages().size(); ++page) {
        window.setCurrentPage(page);
        QCoreApplication::processEvents();
    }
    bool french = false;
    const double switchMs = Bench::medianMs(runs, [&] {
        french = !french;
        window.setLanguage(french ? Language::French : Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    });

    Bench::report(QStringLiteral("language switch, every page built"), switchMs, QStringLiteral("ms"),
                  QStringLiteral("< 50 ms"), switchMs < 50);
    Bench::report(QStringLiteral("bare installTranslator"), bareMs * 1000, QStringLiteral("µs"), QStringLiteral("-"),
                  true);
    Bench::report(QStringLiteral("language switch / bare"), bareMs > 0 ? switchMs / bareMs : 0, QStringLiteral("x"),
                  QStringLiteral("-"), true);
    return 0;
}
