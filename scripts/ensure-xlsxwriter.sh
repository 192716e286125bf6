#!/usr/bin/env bash
# Makes sure libxlsxwriter (and pkg-config, which SwiftPM uses to find it) is installed.
# Installs it from Debian's packages when missing; fails with a clear message when it cannot.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists xlsxwriter; then
  exit 0
fi

echo "libxlsxwriter not found; installing libxlsxwriter-dev with apt-get…" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "error: libxlsxwriter-dev is missing and this user is not root and has no sudo." >&2
    echo "       Install it yourself: apt-get install libxlsxwriter-dev pkg-config" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq libxlsxwriter-dev pkg-config; }; then
  echo "error: could not install libxlsxwriter-dev with apt-get (see the messages above)." >&2
  exit 1
fi
if ! pkg-config --exists xlsxwriter; then
  echo "error: libxlsxwriter-dev was installed but pkg-config still cannot find 'xlsxwriter'." >&2
  exit 1
fi
echo "libxlsxwriter installed." >&2
