#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# expect-exit.sh CODE PATTERN COMMAND...: runs COMMAND with no display, and passes if it exits with CODE
# and its output (stdout and stderr) contains PATTERN (a grep -E pattern; empty matches anything).
code=$1; pattern=$2; shift 2
output=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" 2>&1)
status=$?
printf '%s\n' "$output"
[ "$status" -eq "$code" ] || { echo "expected exit code $code, got $status"; exit 1; }
[ -z "$pattern" ] || printf '%s\n' "$output" | grep -Eq -e "$pattern" || { echo "output lacks: $pattern"; exit 1; }
