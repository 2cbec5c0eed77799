// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Vigie {

/// A tile of a dashboard: a card with a heading, what it shows, and a link to the page that shows it whole.
class DashboardTile : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardTile(QWidget* content, QWidget* parent = nullptr);

    void setTexts(const QString& heading, const QString& link, const QString& linkTip);
    QLabel* heading() const { return m_heading; }
    QToolButton* link() const { return m_link; }
    QWidget* content() const { return m_content; }

signals:
    /// The link was followed.
    void opened();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void colourLink();

    QLabel* m_heading;
    QToolButton* m_link;
    QWidget* m_content;
};

} // namespace Vigie
