#!/usr/bin/env bash
# Installs the Debian packages listed in the given package files that are not installed yet.
# usage: scripts/setup.sh scripts/packages-build.txt [more lists...]   (as root, or with sudo available)
set -euo pipefail
wanted=()
for list in "$@"; do
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || wanted+=("$pkg")
  done < "$list"
done
[ ${#wanted[@]} -eq 0 ] && exit 0
echo "setup: installing ${wanted[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null
$sudo apt-get install -y -q --no-install-recommends "${wanted[@]}" >/dev/null
