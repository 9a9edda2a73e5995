#!/usr/bin/env bash
# Retrains every shipped NER model from the shared gold corpora:
#   scripts/train-models.sh [DATA_DIR]     (default ../shared/data/ner)
# Writes analyze/ner/models/<lang>.ner and names.bin (the known names they
# share, factored out by analyze/ner/internal/sharenames). Deterministic (fixed seed); takes
# about 7 minutes on 2 cores. Each model: train splits of the sources
# below, the epoch chosen on their dev splits, then refit on train+dev;
# known-name features from WikiANN's train split of all its languages.
set -euo pipefail
cd "$(dirname "$0")/.."
D=${1:-../shared/data/ner}
OUT=analyze/ner/models
mkdir -p "$OUT"
go build -o /tmp/textlens-train ./cmd/textlens
NAMES=$(ls "$D"/wikiann/*/train.conll | paste -sd, -)

# Sources per language (train and dev splits are used). With several
# sources, features are learned shared and per source (domain adaptation);
# DEFAULT is the source whose conventions the model follows on articles.
declare -A DEFAULT=([en]=conll [de]=conll [es]=conll [nl]=conll [pt]=wikineural [ru]=wikineural)
declare -A SOURCES=(
  [en]="conll wikineural"
  [de]="conll wikineural germeval2014"
  [es]="conll wikineural"
  [nl]="conll wikineural"
  [fr]="wikineural"
  [it]="wikineural"
  [pt]="wikineural harem"
  [ru]="wikineural factrueval2016"
  [pl]="wikineural"
)

files() { # lang split sources...
  local lang=$1 split=$2; shift 2
  local out=()
  for s in "$@"; do
    [ -f "$D/$s/$lang/$split.conll" ] && out+=("$D/$s/$lang/$split.conll")
  done
  (IFS=,; echo "${out[*]:-}")
}

for lang in en de es nl fr it pt ru pl; do
  # shellcheck disable=SC2086
  train=$(files "$lang" train ${SOURCES[$lang]})
  dev=$(files "$lang" dev ${SOURCES[$lang]})
  echo "== $lang: train $train; dev $dev"
  /tmp/textlens-train train ner --lang "$lang" --train "$train" ${dev:+--dev "$dev"} --refit \
    ${DEFAULT[$lang]:+--default-domain "${DEFAULT[$lang]}"} --names "$NAMES" -o "$OUT/$lang.ner"
done

# The multilingual model: every language's WikiNeural train split, each with
# its own language for the country-name gazetteer.
train=""; dev=""
for lang in en de es nl fr it pt ru pl; do
  train+="${train:+,}$lang=$D/wikineural/$lang/train.conll"
  dev+="${dev:+,}$lang=$D/wikineural/$lang/dev.conll"
done
echo "== xx (multilingual)"
/tmp/textlens-train train ner --lang xx --train "$train" --dev "$dev" --refit --names "$NAMES" -o "$OUT/xx.ner"
echo "== sharing the known names"
go run ./analyze/ner/internal/sharenames "$OUT"
go test ./analyze/ner -run TestManifest -update
ls -l "$OUT"
