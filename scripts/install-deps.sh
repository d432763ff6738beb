#!/usr/bin/env bash
# Installs the Debian packages newsdesk needs that are missing. Called by `make`; safe to
# run again (it does nothing when everything is there).
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "newsdesk: the Swift 6 toolchain is not on PATH; install it from swift.org, then run make again." >&2
  exit 1
fi

missing=()
for package in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  run_as_root=()
elif command -v sudo >/dev/null 2>&1; then
  run_as_root=(sudo)
else
  echo "newsdesk: missing Debian packages (${missing[*]}) and no way to install them: run 'apt-get install ${missing[*]}' as root, then make again." >&2
  exit 1
fi

echo "newsdesk: installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
