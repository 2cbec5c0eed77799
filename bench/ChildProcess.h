// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One child process for a benchmark, started with posix_spawn and reaped with wait4: its wall time, its peak
// resident set (ru_maxrss, KiB on Linux) and its standard output. Linux only.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QStringList>

namespace Bench {

struct ChildResult {
    double wallMs = 0;
    qint64 peakKiB = 0; ///< ru_maxrss of the reaped child
    int exitCode = -1; ///< -1 when the child did not exit normally (signal, time-out, spawn failure)
    QByteArray output; ///< everything the child wrote on stdout
};

/// Runs @p arguments (the program first, as an absolute path) with exactly @p environment, stdin from /dev/null,
/// stdout captured and stderr shared with this process; kills it after timeoutMs.
inline ChildResult runChild(const QStringList& arguments, const QStringList& environment, int timeoutMs = 120000)
{
    ChildResult result;
    // The C strings that posix_spawn wants; the byte arrays own them until it returns, once the child has exec'd.
    QList<QByteArray> argumentBytes, environmentBytes;
    for (const QString& argument : arguments)
        argumentBytes.append(QFile::encodeName(argument));
    for (const QString& variable : environment)
        environmentBytes.append(QFile::encodeName(variable));
    std::vector<char*> argv, envp;
    for (QByteArray& bytes : argumentBytes)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    for (QByteArray& bytes : environmentBytes)
        envp.push_back(bytes.data());
    envp.push_back(nullptr);

    int pipeFds[2];
    if (argv.size() < 2 || ::pipe2(pipeFds, O_CLOEXEC) != 0)
        return result;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    // dup2 clears close-on-exec on the child's stdout; both ends of the pipe itself close at exec.
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawnError = ::posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]); // else the read below would never see the end of the child's stdout
    if (spawnError != 0) {
        ::close(pipeFds[0]);
        std::fprintf(stderr, "bench: cannot run %s: %s\n", argv.front(), std::strerror(spawnError));
        return result;
    }

    // The child's stdout ends when it exits. Polling with a deadline keeps a hung child from hanging the bench.
    bool timedOut = false;
    char buffer[4096];
    for (;;) {
        const qint64 left = timeoutMs - timer.elapsed();
        pollfd readable {pipeFds[0], POLLIN, 0};
        const int ready = left > 0 ? ::poll(&readable, 1, int(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = true;
            break;
        }
        const ssize_t count = ::read(pipeFds[0], buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        result.output.append(buffer, count);
    }
    ::close(pipeFds[0]);
    if (timedOut) {
        std::fprintf(stderr, "bench: %s took over %d s, killed\n", argv.front(), timeoutMs / 1000);
        ::kill(pid, SIGKILL);
    }

    int status = 0;
    rusage usage {};
    pid_t reaped = -1;
    do
        reaped = ::wait4(pid, &status, 0, &usage);
    while (reaped < 0 && errno == EINTR);
    result.wallMs = timer.nsecsElapsed() / 1e6;
    if (reaped != pid)
        return result;
    result.peakKiB = usage.ru_maxrss;
    if (!timedOut && WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    return result;
}

} // namespace Bench
