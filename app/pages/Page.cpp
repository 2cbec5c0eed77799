// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/Page.h"

namespace Vigie {

QString Page::exportTo(const QString& /*path*/, const ExportOptions& /*options*/) const
{
    return tr("This page has nothing to export.");
}

QImage Page::exportImage(const ExportOptions& /*options*/) const
{
    return {};
}

} // namespace Vigie
