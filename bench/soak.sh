#!/usr/bin/env bash
# Soak benchmark: one batch over N generated articles (default 20,000, about
# 4 KB each, 9 languages, sentences drawn at random from the WikiNeural test
# sets), watched by bench/soak: peak RSS and throughput per quarter of the
# run, flat within 10 %. Needs ../shared/data; takes a few minutes.
#   bench/soak.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
OUT=bench/out
mkdir -p "$OUT"
go build -o "$OUT/textlens" ./cmd/textlens
go run ./bench/makecorpus -keep -random -data ../shared/data/ner -o "$OUT/soak-corpus" -n "$N"
echo "corpus: $N articles, $(du -sh "$OUT/soak-corpus" | cut -f1)"
go run ./bench/soak -bin "$OUT/textlens" -o "$OUT/soak.jsonl" -samples "$OUT/soak-samples.tsv" "$OUT/soak-corpus"
