// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actions/CitationActions.h"

#include <QClipboard>
#include <QGuiApplication>

#include "app/AppContext.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/LanguageManager.h"

namespace Vigie {

CitationActions::CitationActions(const AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

QString CitationActions::citation(const QString& figureKey) const
{
    const CitationFormat format(m_context.translations, m_context.languages.language());
    if (const auto figure = m_context.catalog.figure(figureKey))
        return format.forClipboard(*figure, m_context.database.dataset());
    // A user's figure: cited from the user's own file, with no date of Vigie's data.
    if (const ThreatDatabase* user = m_context.userData.reader()) {
        if (const auto figure = user->figure(figureKey))
            return format.forClipboard(*figure, DatasetInfo {});
    }
    return {};
}

void CitationActions::copy(const QString& figureKey)
{
    copyText(citation(figureKey));
}

void CitationActions::copyText(const QString& text)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit statusMessage(tr("Citation copied to the clipboard"), 5000);
}

} // namespace Vigie
