#!/usr/bin/env bash
# Linear-cost check for `corpus articles`: time two sizes of (a) one file with no line break and
# (b) one file of many short lines; time per MB should stay flat as the size doubles.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Text written for the benchmark (not taken from the seeds): a title, a byline, short body lines.
gen_noline() { # $1 = megabytes; one paragraph, no line break at all
  python3 - "$1" > "$2" <<'PY'
import sys
mb = int(sys.argv[1])
unit = "本报讯（记者 林木）近日，区工会组织 1 2 0 名职工参加技能培训，２０２４年累计培训３０００人次，今年还将新增驿站。"
data = unit.encode()
n = mb * 1024 * 1024 // len(data)
sys.stdout.buffer.write(data * n)
PY
}
gen_lines() { # $1 = number of lines; short column-broken lines with a title block every 40 lines
  python3 - "$1" > "$2" <<'PY'
import sys
lines = int(sys.argv[1])
body = ["区工会在辖区内新建了一批职工驿", "站，为户外劳动者提供饮水、热饭", "和休息等服务，今年已接待职工", "两万余人次。"]
out = []
i = 0
while len(out) < lines:
    if i % 10 == 0:
        out += ["工会驿站温暖户外劳动者", "本报讯（记者 林木）近日，区工会召开会议。"]
    out += body
    i += 1
sys.stdout.write("\n".join(out[:lines]) + "\n")
PY
}

# The release build `make reports` makes (the Makefile's flags, kept in one place).
bin=$(make -s --no-print-directory release-corpus)

run() { # $1 = label, $2 = file
  local dir="$work/seeds-$1"; mkdir -p "$dir"; mv "$2" "$dir/"
  local mb; mb=$(du -m "$dir" | cut -f1)
  /usr/bin/time -v "$bin" articles --seeds "$dir" --format jsonl > /dev/null 2> "$work/time.txt" || true
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
  awk -v l="$1" -v mb="$mb" -v s="$secs" -v rss="$rss" \
    'BEGIN { printf "%-22s %6d MB %8.2f s %8.2f MB/s  max RSS %s MB\n", l, mb, s, (s > 0 ? mb / s : 0), rss }'
}

gen_noline 25 "$work/noline25.txt";   run "no-newline 25MB" "$work/noline25.txt"
gen_noline 50 "$work/noline50.txt";   run "no-newline 50MB" "$work/noline50.txt"
gen_lines 500000 "$work/lines500k.txt"; run "short lines 500k" "$work/lines500k.txt"
gen_lines 1000000 "$work/lines1m.txt";  run "short lines 1M" "$work/lines1m.txt"
