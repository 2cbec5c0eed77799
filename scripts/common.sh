#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared set-up for scripts/run and scripts/test: install what is missing, configure, build.
set -euo pipefail

VIGIE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VIGIE_BUILD=${VIGIE_BUILD:-$VIGIE_ROOT/build} # scripts/package sets its own

# Debian 12 packages Vigie needs to build, run and test. Keep in step with README.md.
VIGIE_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins
  libqcustomplot-dev libsqlite3-dev sqlite3 fonts-dejavu-core
  xvfb xauth
)

vigie_log() { printf '\033[1m[vigie]\033[0m %s\n' "$*" >&2; }

vigie_install_packages() {
  local missing=() pkg
  for pkg in "${VIGIE_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { vigie_log "missing packages (${missing[*]}) and no sudo: install them as root"; exit 1; }
    sudo=(sudo)
  fi
  vigie_log "installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# vigie_build [PRESET [TARGET...]]: configures (once) and builds with a preset of CMakePresets.json
# (default: default), everything or only the targets named.
vigie_build() {
  local preset=${1:-default}
  local targets=("${@:2}")
  local dir="$VIGIE_ROOT/build"
  [ "$preset" = default ] || dir="$VIGIE_ROOT/build-$preset"
  if [ ! -f "$dir/build.ninja" ]; then
    vigie_log "configuring $preset in $dir"
    (cd "$VIGIE_ROOT" && cmake --preset "$preset")
  fi
  vigie_log "building $preset"
  if [ ${#targets[@]} -gt 0 ]; then
    cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
  else
    cmake --build "$dir" --parallel "$(nproc)"
  fi
}
