#!/usr/bin/env bash
# A held-out figure for a source whose dev split does not look like its
# held-back test split: KMOU's dev split is four collections of sports news,
# ThaiNER's one document, while their test splits are every 7th document of
# the corpus. This holds out every EVERY-th document of the source's train
# split (the 4th, 11th, 18th…, as the test splits were cut), retrains the
# language's model exactly as scripts/train-models.sh does without them,
# and scores it end to end on them:
#   scripts/heldout.sh SOURCE LANG [EVERY]      e.g. scripts/heldout.sh kmou ko
# Needs ../shared/data (D=… for another place); writes nothing in the repo.
# Takes as long as training the model (Korean: about 3 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:?usage: scripts/heldout.sh SOURCE LANG [EVERY]}
LNG=${2:?usage: scripts/heldout.sh SOURCE LANG [EVERY]}
EVERY=${3:-7}
D=$(realpath "${D:-../shared/data/ner}")
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
for s in "$D"/*/; do
  n=$(basename "$s")
  [ "$n" = "$SRC" ] || ln -s "$s" "$W/$n"
done
mkdir -p "$W/$SRC/$LNG" "$W/models"
cp "$D/$SRC/$LNG/dev.conll" "$W/$SRC/$LNG/"
awk -v every="$EVERY" -v out="$W/$SRC/$LNG" '
  /^-DOCSTART-/ { doc++ }
  { print > (out (doc > 0 && (doc - 1) % every == 3 ? "/test.conll" : "/train.conll")) }
' "$D/$SRC/$LNG/train.conll"
echo "held out: $(grep -c '^-DOCSTART-' "$W/$SRC/$LNG/test.conll") of $(grep -c '^-DOCSTART-' "$D/$SRC/$LNG/train.conll") documents"
KB=$D/../gazetteer/entities.tsv OUT=$W/models LANGS=$LNG SKIP_XX=1 scripts/train-models.sh "$W" >"$W/train.log" 2>&1 ||
  { cat "$W/train.log"; exit 1; }
for split in test dev; do
  echo "== $split: $([ $split = test ] && echo "the held-out documents" || echo "the dev split, same model")"
  go run ./cmd/textlens evaluate ner --data "$W" --split "$split" --lang "$LNG" --model "$W/models/$LNG.ner"
done
