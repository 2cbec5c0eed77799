#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-metadata.sh PACKAGING_DIR VERSION: validates the desktop file and the AppStream metainfo, and checks
# that the changelog and the metainfo name the project's version. Exits 77 (ctest: skipped) without the tools.
set -euo pipefail
dir=$1
version=$2
status=0

changelog_version=$(sed -n '1s/^vigie (\([^)]*\)).*/\1/p' "$dir/changelog")
if [ "$changelog_version" != "$version" ]; then
  echo "packaging/changelog: the top entry is ${changelog_version:-unreadable}, project() says $version" >&2
  status=1
fi
if ! grep -q "<release version=\"$version\"" "$dir/org.vigie.Vigie.metainfo.xml"; then
  echo "packaging/org.vigie.Vigie.metainfo.xml: no <release> for version $version" >&2
  status=1
fi

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if [ ${#missing[@]} -gt 0 ]; then
  [ $status -ne 0 ] && exit $status
  echo "skipped: install ${missing[*]} to validate the desktop file and the metainfo"
  exit 77
fi

desktop-file-validate "$dir/org.vigie.Vigie.desktop" || status=1
appstreamcli validate --no-net "$dir/org.vigie.Vigie.metainfo.xml" || status=1
exit $status
