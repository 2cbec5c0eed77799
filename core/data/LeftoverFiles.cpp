// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/LeftoverFiles.h"

#include <cerrno>

#include <signal.h>

#include <QCoreApplication>

namespace Vigie::LeftoverFiles {

bool leftByEndedRun(const QString& name, const QString& marker)
{
    const qsizetype at = name.lastIndexOf(marker);
    if (at < 0)
        return false;
    bool ok = false;
    const qint64 pid = name.mid(at + marker.size()).section(u'-', 0, 0).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    // ESRCH: no such process. Any other answer (alive, or someone else's) keeps the file.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString ownName(const QString& marker)
{
    return marker + QString::number(QCoreApplication::applicationPid());
}

} // namespace Vigie::LeftoverFiles
