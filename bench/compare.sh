#!/usr/bin/env bash
# Batch throughput of the working tree beside an earlier release, in one run:
# builds REF (a git ref, e.g. a tag or a commit) in a temporary worktree and
# the working tree, runs `analyze DIR -o FILE` with each on the same corpus,
# alternating, RUNS times each (default 3), and prints the medians and the
# ratio of throughputs (>1: the working tree is faster).
#   bench/compare.sh REF [N] [RUNS]     N articles (default 1000, bench/makecorpus; needs ../shared/data)
# With CORPUS=langid, the corpus is N short texts in lingua's 75 languages
# (bench/makecorpus -langid): the batch that loads every language's models.
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:?usage: bench/compare.sh REF [N] [RUNS]}
N=${2:-1000}
RUNS=${3:-3}
OUT=bench/out
mkdir -p "$OUT"
WT=$(mktemp -d)
trap 'git worktree remove --force "$WT" >/dev/null 2>&1 || true' EXIT
git worktree add --detach "$WT" "$REF" >/dev/null
go -C "$WT" build -o "$PWD/$OUT/textlens-ref" ./cmd/textlens
go build -o "$OUT/textlens" ./cmd/textlens
CORPUS_DIR=$OUT/corpus
if [ "${CORPUS:-}" = langid ]; then
  CORPUS_DIR=$OUT/corpus-langid
  go run ./bench/makecorpus -keep -langid ../shared/data/langid -o "$CORPUS_DIR" -n "$N"
else
  go run ./bench/makecorpus -keep -data ../shared/data/ner -o "$CORPUS_DIR" -n "$N"
fi
: > "$OUT/compare.txt"
for i in $(seq "$RUNS"); do
  for b in ref new; do
    bin="$OUT/textlens"; [ "$b" = ref ] && bin="$OUT/textlens-ref"
    /usr/bin/time -f "$b %e %U %S %M" -a -o "$OUT/compare.txt" "$bin" analyze --quiet -o "$OUT/compare-$b.jsonl" "$CORPUS_DIR"
  done
done
echo "REF = $REF ($(git rev-parse --short "$REF")), working tree = $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), $N articles${CORPUS:+ ($CORPUS)}, $RUNS runs each"
awk -v n="$N" '
  function median(s,   a, k, i, j, t) {
    k = split(s, a, " ")
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((k + 1) / 2)]
  }
  { wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4); rss[$1] = rss[$1] " " $5 }
  END {
    printf "%-4s %12s %12s %16s %12s\n", "run", "median wall", "articles/s", "CPU ms/article", "peak RSS MB"
    split("ref new", runs, " ")
    for (i = 1; i <= 2; i++) { r = runs[i]
      printf "%-4s %11.2fs %12.0f %16.2f %12.0f\n", r, median(wall[r]), n / median(wall[r]), 1000 * median(cpu[r]) / n, median(rss[r]) / 1024 }
    printf "\nthroughput, new / ref: %.2f (wall)   CPU per article, ref / new: %.2f\n", median(wall["ref"]) / median(wall["new"]), median(cpu["ref"]) / median(cpu["new"])
  }' "$OUT/compare.txt"
cmp -s <(sed 's/"modified":"[^"]*"//' "$OUT/compare-ref.jsonl") <(sed 's/"modified":"[^"]*"//' "$OUT/compare-new.jsonl") &&
  echo "records: identical" || echo "records: $(diff <(cat "$OUT/compare-ref.jsonl") <(cat "$OUT/compare-new.jsonl") | grep -c '^>') of $N lines differ"
