#!/usr/bin/env bash
# The README's pictures: the article view of the French seed and the
# dashboard of the 1,000-article benchmark corpus (bench/makecorpus, needs
# ../shared/data), rendered by headless Chromium into docs/img/.
#   scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CHROME=$(command -v chromium-headless-shell || command -v chromium)
OUT=bench/out
mkdir -p "$OUT" docs/img
go build -o "$OUT/textlens" ./cmd/textlens
[ -d "$OUT/corpus" ] || go run ./bench/makecorpus -data ../shared/data/ner -o "$OUT/corpus" -n 1000
"$OUT/textlens" analyze --format html -o "$OUT/article-view.html" testdata/articles/fr-seed.txt
"$OUT/textlens" analyze --quiet -o "$OUT/corpus.jsonl" "$OUT/corpus" testdata/articles || true
"$OUT/textlens" report --format html -o "$OUT/dashboard.html" "$OUT/corpus.jsonl"
shot() { # page png height
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="1280,$3" \
    --screenshot="$2" "file://$PWD/$1" 2>/dev/null
}
shot "$OUT/article-view.html" docs/img/article-view.png 1100
shot "$OUT/dashboard.html" docs/img/dashboard.png 2600
ls -la docs/img
