// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigie::RichText {

/// @p plain as rich text that shows exactly as written. Qt renders a tooltip or a label as HTML as soon as it
/// looks like HTML (Qt::mightBeRichText), so text from a data file, an imported topic or a quote, is escaped
/// before it reaches one: "<h1>" shows as "<h1>", never as a heading or an image.
inline QString fromPlain(const QString& plain)
{
    if (plain.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(plain.toHtmlEscaped());
}

} // namespace Vigie::RichText
