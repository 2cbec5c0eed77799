#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# man-lists-commands.sh VIGIE MANPAGE...: passes if every command that "vigie --help" lists is documented
# (as a .B/.BI/.BR line starting with its name) in each man page.
vigie=$1; shift
commands=$(env -u DISPLAY -u WAYLAND_DISPLAY "$vigie" --lang en --help 2>/dev/null \
  | sed -n '/^Commands:/,/^Run/p' | awk '/^  [a-z]/ { print $1 }')
[ -n "$commands" ] || { echo "vigie --help lists no command"; exit 1; }
status=0
for page in "$@"; do
  for command in $commands; do
    escaped=$(printf '%s' "$command" | sed 's/-/\\\\-/g')
    grep -Eq "^\.B[IR]? $escaped( |$)" "$page" || { echo "$page: no entry for $command"; status=1; }
  done
done
exit $status
