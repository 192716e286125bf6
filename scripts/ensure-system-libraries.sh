#!/usr/bin/env bash
# Makes sure the C libraries the package links are installed, with pkg-config (which SwiftPM uses
# to find them): libxlsxwriter, which writes the workbooks, and jemalloc, the tools' allocator.
# Installs what is missing from Debian's packages; fails with a clear message when it cannot.
set -euo pipefail

# pkg-config names, and the Debian package of each, in order.
modules=(xlsxwriter jemalloc)
declare -A packages=([xlsxwriter]=libxlsxwriter-dev [jemalloc]=libjemalloc-dev)

missing=()
for module in "${modules[@]}"; do
  if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$module"; }; then
    missing+=("${packages[$module]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "not found: ${missing[*]}; installing with apt-get…" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "error: ${missing[*]} missing and this user is not root and has no sudo." >&2
    echo "       Install them yourself: apt-get install ${missing[*]} pkg-config" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" pkg-config; }; then
  echo "error: could not install ${missing[*]} with apt-get (see the messages above)." >&2
  exit 1
fi
for module in "${modules[@]}"; do
  if ! pkg-config --exists "$module"; then
    echo "error: ${packages[$module]} was installed but pkg-config still cannot find '$module'." >&2
    exit 1
  fi
done
echo "installed: ${missing[*]}." >&2
