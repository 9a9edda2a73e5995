#!/usr/bin/env bash
# Benchmark: textlens beside the naive glue (lingua-go, all languages, +
# prose NewDocument per file) on one corpus, one machine, one run.
#   bench/run.sh [N]        N articles (default 1000); needs ../shared/data
# Prints wall time, articles/s, CPU time and peak RSS for each, and the
# ratios. The naive glue takes several minutes on 1,000 articles.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
OUT=bench/out
mkdir -p "$OUT"
go build -o "$OUT/textlens" ./cmd/textlens
go build -o "$OUT/naive" ./bench/naive
rm -rf "$OUT/corpus"
go run ./bench/makecorpus -data ../shared/data/ner -o "$OUT/corpus" -n "$N"

measure() { # name command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "$@" > "$OUT/$name.jsonl" 2> "$OUT/$name.err" || true
  read -r wall user sys rss < "$OUT/$name.time"
  echo "$name $wall $user $sys $rss"
}

n=$(ls "$OUT"/corpus/*.txt | wc -l)
echo "corpus: $n articles, $(du -sh "$OUT/corpus" | cut -f1)"
{
  measure textlens-batch "$OUT/textlens" analyze --quiet -o "$OUT/textlens-batch.out" "$OUT/corpus"
  measure naive-batch "$OUT/naive" "$OUT"/corpus/*.txt
  measure textlens-cold "$OUT/textlens" analyze testdata/articles/fr-seed.txt
  measure naive-cold "$OUT/naive" testdata/articles/fr-seed.txt
} > "$OUT/results.txt"
awk -v n="$n" '
  { wall[$1]=$2; cpu[$1]=$3+$4; rss[$1]=$5 }
  END {
    printf "%-16s %10s %12s %10s %10s\n", "run", "wall s", "articles/s", "CPU s", "RSS MB"
    split("textlens-batch naive-batch textlens-cold naive-cold", runs, " ")
    for (i = 1; i <= 4; i++) { r = runs[i]; k = (r ~ /batch/) ? n : 1
      printf "%-16s %10.2f %12.1f %10.2f %10.0f\n", r, wall[r], k / wall[r], cpu[r], rss[r] / 1024 }
    printf "\nbatch: textlens is %.1fx faster (wall), %.1fx less CPU\n", wall["naive-batch"] / wall["textlens-batch"], cpu["naive-batch"] / cpu["textlens-batch"]
    printf "cold:  textlens is %.1fx faster (wall)\n", wall["naive-cold"] / wall["textlens-cold"]
  }' "$OUT/results.txt"
