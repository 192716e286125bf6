#!/usr/bin/env bash
# Equivalence at scale: every workbook and summary written from the streaming loader must be byte
# for byte the one written from the in-memory reference loader. The unit tests compare the two on
# the seeds and on small synthetic corpora; this runs both on a big corpus (by default 100,000
# synthetic articles, seed 3, the bench's largest), where page shapes too rare for a small corpus
# show: a banner pass that read one line too few differed only at 100k. The in-memory run needs
# about 2 GB at 100k articles. `make check-loaders` runs it; CI too.
# Usage: scripts/check-loaders.sh [SEEDS_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The release build `make reports` makes (the Makefile's flags, kept in one place).
bin=$(make -s --no-print-directory release-corpus)

seeds=${1:-}
if [ -z "$seeds" ]; then
  # NB: the same bytes on any machine; the planted facts go, or the loaders would read them as a page.
  seeds="$work/corpus"
  "$bin" synth --articles 100000 --seed 3 --out "$seeds" >/dev/null
  rm "$seeds/planted-facts.jsonl"
fi
[ -d "$seeds" ] || { echo "check-loaders: no folder $seeds" >&2; exit 2; }

for loader in streaming in-memory; do
  run=("$bin" reports --seeds "$seeds" --out "$work/$loader" --quiet --loader "$loader")
  # NB: GNU time also gives the peak memory; a bare machine may not have it.
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$loader: %e s, peak RSS %M KB" "${run[@]}"
  else
    TIMEFORMAT="$loader: %R s"
    time "${run[@]}"
  fi
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
