// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/TopicNames.h"

#include "core/i18n/Translations.h"

namespace Vigie {

QString TopicNames::vigies(const Translations& translations, Language language, const QString& topic)
{
    static const struct
    {
        const char* topic;
        const char* name;
    } names[] = {
        {"offences", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Digital offences")},
        {"anssi", QT_TRANSLATE_NOOP("Vigie::TopicNames", "ANSSI overview")},
        {"cybermalveillance", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Cybermalveillance.gouv.fr")},
        {"budapest", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Budapest Convention")},
        {"uncc", QT_TRANSLATE_NOOP("Vigie::TopicNames", "UN Convention against Cybercrime")},
        {"centres", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Capacity centres")},
        {"unsc", QT_TRANSLATE_NOOP("Vigie::TopicNames", "UN Security Council, 8 November 2024")},
        {"hospitals", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Hospitals attacked")},
        {"national", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Other national figures")},
        {"user", QT_TRANSLATE_NOOP("Vigie::TopicNames", "Your data")},
    };
    for (const auto& entry : names) {
        if (topic == QLatin1String(entry.topic))
            return translations.translate(language, "Vigie::TopicNames", entry.name);
    }
    return {};
}

} // namespace Vigie
