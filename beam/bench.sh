#!/usr/bin/env bash
# The pipeline on Prism beside the CLI batch on the same corpus, in one run:
# alternating, 3 runs each; prints the medians, the ratio of throughputs and
# the CPU per article.
#   beam/bench.sh [N]     N articles (default 1000) made by bench/makecorpus; needs ../shared/data
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
OUT=bench/out
mkdir -p "$OUT"
go build -o "$OUT/textlens" ./cmd/textlens
go -C beam build -o "$PWD/$OUT/textlens-beam" ./cmd/textlens-beam
go run ./bench/makecorpus -keep -data ../shared/data/ner -o "$OUT/corpus" -n "$N"
C="$PWD/$OUT/corpus"
: > "$OUT/beam-bench.txt"
for i in 1 2 3; do
  /usr/bin/time -f "cli %e %U %S %M" -a -o "$OUT/beam-bench.txt" "$OUT/textlens" analyze --quiet -o "$OUT/cli.jsonl" "$C"
  rm -rf "$OUT/beam-out" && mkdir -p "$OUT/beam-out"
  /usr/bin/time -f "prism %e %U %S %M" -a -o "$OUT/beam-bench.txt" "$OUT/textlens-beam" --input "$C/*.txt" --output "$OUT/beam-out/part" --shards 4 2>/dev/null
done
awk -v n="$N" '
  { wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4); rss[$1] = $5 }
  function median(s,   a, k, i, j, t) {
    k = split(s, a, " ")
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((k + 1) / 2)]
  }
  END {
    printf "%-6s %12s %12s %16s %10s\n", "run", "median wall", "articles/s", "CPU ms/article", "RSS MB"
    for (r in wall) printf "%-6s %11.2fs %12.0f %16.2f %10.0f\n", r, median(wall[r]), n / median(wall[r]), 1000 * median(cpu[r]) / n, rss[r] / 1024
    printf "\nPrism throughput / CLI throughput: %.2f\n", median(wall["cli"]) / median(wall["prism"])
  }' "$OUT/beam-bench.txt"
