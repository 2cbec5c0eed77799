// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the policy-text link markup. Parsing must never crash, and text without marks must come
// back unchanged.

#include <cstdlib>

#include "core/i18n/PolicyText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString joined;
    for (const Vigie::PolicySpan& span : Vigie::PolicyText::parse(text))
        joined += span.text;
    if (!text.contains(QLatin1String("[[")) && joined != text)
        std::abort();
    return 0;
}
