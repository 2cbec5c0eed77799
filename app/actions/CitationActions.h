// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Vigie {

struct AppContext;

/// Copy citation: puts a figure's citation on the clipboard, in the interface's language, as
/// CitationFormat::forClipboard words it: the figure, its primary source and relay, and the data's date.
class CitationActions : public QObject {
    Q_OBJECT

public:
    explicit CitationActions(const AppContext& context, QObject* parent = nullptr);

    /// The text Copy citation gives for the figure @p figureKey (Vigie's, or the user's), or an empty string
    /// when there is no such figure.
    QString citation(const QString& figureKey) const;

public slots:
    /// Copies citation(@p figureKey) to the clipboard and says so in the status bar.
    void copy(const QString& figureKey);
    /// Copies a citation already worded (a state's treaty status, from the map), and says so.
    void copyText(const QString& text);

signals:
    void statusMessage(const QString& text, int timeout);

private:
    const AppContext& m_context;
};

} // namespace Vigie
