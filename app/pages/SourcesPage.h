// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit> // complete: searchField() returns one
#include <QTimer>

#include "app/pages/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Vigie {

struct AppContext;
class BadgeDelegate;
class SourcesModel;

/// Every figure Vigie holds, with its source, exact quote, link and confidence, filtered by words and topic.
class SourcesPage : public Page
{
    Q_OBJECT

public:
    explicit SourcesPage(const AppContext& context, QWidget* parent = nullptr);

    /// The page's name in the navigation, known before the page is built.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    /// Selects the figure with @p key (clearing filters that hide it); false if there is none.
    bool showFigure(const QString& key);
    /// Shows only the figures of @p topic.
    void showTopic(const QString& topic);
    /// Filters by @p words and selects the figure with @p key, its matches highlighted; if the words do not
    /// find it, as showFigure(). Where Search Everything leads.
    void showFound(const QString& key, const QString& words);
    QLineEdit* searchField() const override { return m_filter; }

    QLabel* countLabel() const { return m_count; }
    /// "Only your figures": the list keeps the user's own.
    QCheckBox* yoursOnly() const { return m_yoursOnly; }
    BadgeDelegate* badge() const { return m_badge; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    QLineEdit* filter() const { return m_filter; }
    int visibleCount() const;
    QString selectedKey() const;
    /// False while typing pauses or a list asked for is being computed.
    bool isListed() const;
    /// How long typing must pause before the list is filtered.
    static constexpr int typingPause = 150;

    /// Opens @p url in the browser if it is http or https; false otherwise (nothing else is ever opened).
    static bool openSourceUrl(const QString& url);

public slots:
    /// Reads the figures again: Vigie's own, then the user's.
    void reload();

signals:
    /// A new list is shown, after a filter, a sort or an import.
    void listShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDetails();
    void updateCount();
    void updateTopics();
    void fitHeaders();
    void applyFilter();
    void showList();

    const AppContext& m_context;
    SourcesModel* m_model;
    QStringList m_topics; ///< as the model lists them
    QStringList m_shownTopics; ///< as the topic box shows them
    QTimer m_typing;
    QTimer m_searching;
    QString m_keepKey; ///< the figure to select once the list asked for is shown
    bool m_showKeptAnyway = false; ///< if the filter hides m_keepKey, clear it
    QLabel* m_heading;
    QLineEdit* m_filter;
    QLabel* m_topicLabel; ///< the topic box's buddy: what a screen reader names it by
    QComboBox* m_topic;
    QCheckBox* m_yoursOnly;
    BadgeDelegate* m_badge;
    QLabel* m_count;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_open;
};

} // namespace Vigie
