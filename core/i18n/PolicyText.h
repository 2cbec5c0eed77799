// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/i18n/Language.h"

namespace Vigie {

class Translations;

/// A run of the policy text; a non-empty target makes it a link ("figure:offences.total.2023",
/// "topic:anssi", "map:envr").
struct PolicySpan
{
    QString text;
    QString target;
};

/// The French foreign ministry's statement on fighting cybercrime, six paragraphs, delivered through the
/// translation catalogues: each paragraph is one message ("policy:paragraph-N") whose French and English
/// translations are the published texts, exactly, with links marked as [[target|words]]. The marks are
/// written once, in the catalogue, instead of searching the text at run time.
class PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::PolicyText)

public:
    static constexpr int paragraphCount = 6;

    explicit PolicyText(const Translations& translations);

    /// The paragraph as the catalogue holds it, with its marks. @p index is 0-based.
    QString marked(Language language, int index) const;
    QList<PolicySpan> spans(Language language, int index) const;
    /// The paragraph exactly as published: the marks removed, nothing else touched.
    QString plain(Language language, int index) const;
    /// Every link target, in both languages, without duplicates.
    QStringList targets() const;

    static QList<PolicySpan> parse(const QString& marked);

private:
    const Translations& m_translations;
};

} // namespace Vigie
