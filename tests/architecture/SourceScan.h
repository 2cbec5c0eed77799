// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// What the architecture rules read: the C++ files of a source tree, line by line, and what they report.
namespace SourceScan {

/// One broken rule: where (path relative to the tree's root, line from 1), the line itself and the rule.
struct Finding
{
    QString file;
    int line = 0;
    QString text;
    QString rule;

    QString toString() const { return QStringLiteral("%1:%2: %3 (%4)").arg(file).arg(line).arg(text, rule); }
};

inline QString report(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings)
        lines << finding.toString();
    return QStringLiteral("%1 finding(s):\n%2").arg(findings.size()).arg(lines.join(QLatin1Char('\n')));
}

/// The C++ sources and headers under @p folder of @p root, as sorted paths relative to @p root.
inline QStringList sourceFiles(const QString& root, const QString& folder)
{
    static const QStringList patterns = {QStringLiteral("*.h"),   QStringLiteral("*.hpp"), QStringLiteral("*.hh"),
                                         QStringLiteral("*.hxx"), QStringLiteral("*.cpp"), QStringLiteral("*.cc"),
                                         QStringLiteral("*.cxx"), QStringLiteral("*.c"),   QStringLiteral("*.ipp"),
                                         QStringLiteral("*.inl")};
    const QDir base(root);
    QStringList files;
    QDirIterator it(base.filePath(folder), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

inline QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

/// @p lines with comments blanked out (line count kept), so that a rule looks at code only. String and
/// character literals are kept, and a comment marker inside them is not one.
inline QStringList withoutComments(const QStringList& lines)
{
    QStringList out;
    bool inBlock = false;
    for (const QString& line : lines) {
        QString code;
        QChar quote;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
            if (inBlock) {
                if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                    inBlock = false;
                    ++i;
                }
                continue;
            }
            if (!quote.isNull()) {
                code += c;
                if (c == QLatin1Char('\\') && !next.isNull()) {
                    code += next;
                    ++i;
                } else if (c == quote) {
                    quote = QChar();
                }
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('/'))
                break;
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                inBlock = true;
                ++i;
                code += QLatin1Char(' ');
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                quote = c;
            code += c;
        }
        out << code;
    }
    return out;
}

} // namespace SourceScan
