// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStringList>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

/// What a reader would see as broken in a shown widget tree: a label, button or heading whose text does not
/// fit (clipped or elided), and a visible widget that lies outside its parent. Scrolled contents (inside a
/// scroll area's viewport) are left out: they may be larger than what shows, by design; so are table cells,
/// whose tooltips carry their whole text.
namespace LayoutCheck {

inline QString describe(const QWidget* w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u'#' + w->objectName();
    if (const auto* label = qobject_cast<const QLabel*>(w))
        name += QStringLiteral(" “%1”").arg(label->text().left(60));
    else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        name += QStringLiteral(" “%1”").arg(button->text().left(60));
    return name + QStringLiteral(" %1×%2").arg(w->width()).arg(w->height());
}

/// Whether @p label shows all of its text in its contents rectangle.
inline bool labelFits(const QLabel* label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return true;
    const QRect area = label->contentsRect().marginsRemoved(QMargins(label->margin(), label->margin(),
                                                                     label->margin(), label->margin()));
    if (label->wordWrap() || Qt::mightBeRichText(label->text())) {
        // The height its text needs at its width; a word longer than the width shows as a wider hint.
        const int needed = label->heightForWidth(area.width());
        return needed <= area.height() + 1 && label->minimumSizeHint().width() <= label->width() + 1;
    }
    const QSize needed = label->fontMetrics().size(Qt::TextShowMnemonic, label->text());
    return needed.width() <= area.width() + 1 && needed.height() <= area.height() + 1;
}

/// Every problem in the visible tree under @p root, one line each.
inline QStringList problems(const QWidget* root)
{
    QStringList found;
    const auto walk = [&](const auto& self, const QWidget* w) -> void {
        if (!w->isVisible())
            return;
        if (const auto* label = qobject_cast<const QLabel*>(w); label && !labelFits(label))
            found.append(QStringLiteral("text does not fit: ") + describe(w));
        if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && !qobject_cast<const QTabBar*>(w->parentWidget())) {
            const bool wraps = button->hasHeightForWidth();
            if (!button->text().isEmpty() && !wraps && button->sizeHint().width() > button->width() + 1)
                found.append(QStringLiteral("button narrower than its text: ") + describe(w));
            if (!button->text().isEmpty() && wraps
                && (button->heightForWidth(button->width()) > button->height() + 1
                    || button->minimumSizeHint().width() > button->width() + 1))
                found.append(QStringLiteral("wrapped text does not fit: ") + describe(w));
        }
        if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            // Every tab in view: none hidden behind the scroll arrows, none elided.
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->rect().contains(tabs->tabRect(i).adjusted(1, 1, -1, -1)))
                    found.append(QStringLiteral("tab out of view: “%1” in ").arg(tabs->tabText(i)) + describe(w));
                else if (tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) > tabs->tabRect(i).width())
                    found.append(QStringLiteral("tab narrower than its text: “%1” in ").arg(tabs->tabText(i)) + describe(w));
            }
        }
        if (const QWidget* parent = w->parentWidget(); parent && !w->isWindow()
            && !parent->rect().contains(w->geometry().adjusted(1, 1, -1, -1)))
            found.append(QStringLiteral("outside its parent %1: ").arg(describe(parent)) + describe(w));
        if (const auto* scroll = qobject_cast<const QScrollArea*>(w); scroll && scroll->widget()) {
            // A page that scrolls: what it holds must fit the width it is given, and may be taller.
            const QWidget* content = scroll->widget();
            if (content->width() > scroll->viewport()->width() + 1)
                found.append(QStringLiteral("wider than its scroll area: ") + describe(content));
            for (const QObject* child : content->children()) {
                const auto* cw = qobject_cast<const QWidget*>(child);
                if (cw && !cw->isWindow())
                    self(self, cw);
            }
            return;
        }
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(w)) {
            // The frame and scroll bars, not what scrolls.
            for (const QObject* child : w->children()) {
                const auto* cw = qobject_cast<const QWidget*>(child);
                if (cw && cw != area->viewport() && !cw->isWindow())
                    self(self, cw);
            }
            return;
        }
        for (const QObject* child : w->children()) {
            const auto* cw = qobject_cast<const QWidget*>(child);
            if (cw && !cw->isWindow())
                self(self, cw);
        }
    };
    walk(walk, root);
    return found;
}

/// The visible widgets under @p root that need more than @p limit, widest or tallest first: what keeps a
/// window from going smaller, for a failure's message.
inline QStringList demanding(const QWidget* root, const QSize& limit)
{
    QStringList found;
    const auto walk = [&](const auto& self, const QWidget* w, int depth) -> void {
        if (!w->isVisible() || depth > 12)
            return;
        const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (least.width() > limit.width() || least.height() > limit.height())
            found.append(QStringLiteral("%1%2 needs %3×%4").arg(QString(depth * 2, u' '), describe(w))
                             .arg(least.width()).arg(least.height()));
        for (const QObject* child : w->children()) {
            const auto* cw = qobject_cast<const QWidget*>(child);
            if (cw && !cw->isWindow())
                self(self, cw, depth + 1);
        }
    };
    walk(walk, root, 0);
    return found;
}

} // namespace LayoutCheck
