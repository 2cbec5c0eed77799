// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Vigie {

/// Draws a small badge ("yours") before a cell's text where the model's @p flagRole is true: what marks the
/// user's own figures in a list of Vigie's. The text is the caller's, translated.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeDelegate(int flagRole, QObject* parent = nullptr);

    void setText(const QString& text) { m_text = text; }
    QString text() const { return m_text; }
    /// The badge's rectangle in a cell of @p cell, as paint() draws it.
    QRect badgeRect(const QStyleOptionViewItem& option, const QRect& cell) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_flagRole;
    QString m_text;
};

} // namespace Vigie
