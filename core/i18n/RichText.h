// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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

/// @p plain escaped as rich text, with each place where a word of @p words (folded: TextFold::words) begins
/// a word marked in @p background: what a search found, highlighted where it leads.
QString highlighted(const QString& plain, const QStringList& words, const QString& background = QStringLiteral("#ffe066"));

} // namespace Vigie::RichText
