#!/usr/bin/env bash
# Equivalence at scale: every workbook and summary written from the streaming loader must be byte
# for byte the one written from the in-memory reference loader. The unit tests compare the two on
# the seeds and on small synthetic corpora; this runs both on a big corpus (default: the 100k one
# `make bench` writes), where page shapes too rare for a small corpus show: a banner pass that read
# one line too few differed only at 100k. The in-memory run needs about 2 GB at 100k articles.
# Usage: scripts/check-loaders.sh [SEEDS_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-.build/bench/synth-100000-seed3/pages}
[ -d "$seeds" ] || { echo "check-loaders: no folder $seeds (run make bench first, or pass a folder)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The release build `make reports` makes (the Makefile's RELEASE flags, kept in one place).
read -ra release <<< "$(make -s --no-print-directory release-flags)"
swift build "${release[@]}" --product corpus >/dev/null
bin=$(swift build "${release[@]}" --show-bin-path)/corpus

for loader in streaming in-memory; do
  /usr/bin/time -f "$loader: %e s, peak RSS %M KB" \
    "$bin" reports --seeds "$seeds" --out "$work/$loader" --quiet --loader "$loader"
done
status=0
for file in "$work/streaming"/*; do
  name=$(basename "$file")
  if cmp -s "$file" "$work/in-memory/$name"; then
    echo "same       $name"
  else
    echo "DIFFERENT  $name"
    status=1
  fi
done
exit $status
