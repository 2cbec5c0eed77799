// SPDX-License-Identifier: GPL-3.0-or-later
// Renders an SVG icon to a square PNG: render-icon INPUT.svg SIZE OUTPUT.png
// Used once by the vigie-update-icons target; the PNGs it writes are committed.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // No window is ever shown: do not depend on a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        err << "usage: render-icon INPUT.svg SIZE OUTPUT.png" << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "render-icon: cannot read " << args.at(1) << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    // No text chunks (such as a creation time), so the same SVG always gives the same bytes.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(3), "PNG", 0)) {
        err << "render-icon: cannot write " << args.at(3) << Qt::endl;
        return 1;
    }
    return 0;
}
