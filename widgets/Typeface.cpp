// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Typeface.h"

#include <algorithm>

#include <QFontDatabase>

namespace Vigie {

QString Typeface::family()
{
    return QStringLiteral("DejaVu Sans");
}

bool Typeface::ensureLoaded()
{
    static const bool loaded = [] {
        bool all = true;
        for (const char* file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"})
            all = QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0 && all;
        return all;
    }();
    return loaded;
}

QFont Typeface::font(double pixels, bool bold)
{
    ensureLoaded();
    QFont font(family());
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    // Unhinted outlines advance by their design widths at every size, so a line measured at the logical
    // size is as long when the painter draws it three times larger for a 300-DPI file.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace Vigie
