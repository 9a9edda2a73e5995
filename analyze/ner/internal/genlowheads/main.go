// Command genlowheads writes the lower-case words that may start a place's
// or an organization's name, per language (analyze/ner/data/lowheads.txt),
// from the train splits of the sources each model learns from: the words
// that start a gold name of two words or more at least twice, and at least
// a quarter as often as they stand right before one, outside it, within two
// short words ("río Ebro", "mer Noire", "canale di Sicilia"; not "ciudad de
// México", "presidente del Gobierno").
//
//	go run ./analyze/ner/internal/genlowheads -data ../shared/data/ner
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/ner"
)

// sources are the corpora of each language whose names may start with a
// word in lower case, as scripts/train-models.sh trains the models on them.
var sources = map[string][]string{
	"es": {"mxnews", "conll", "europarl", "wikineural"},
	"fr": {"sequoia", "wikineural"},
	"it": {"kind", "kind-adg", "europarl", "wikineural"},
	"pt": {"harem2", "harem", "uner", "wikineural"},
	"ro": {"ronec"},
	"id": {"nergrit", "nerp"},
	"el": {"elner"},
}

// linking are the short words between a common noun and the name it
// introduces ("ciudad de México", "canale di Sicilia").
var linking = map[string]bool{"de": true, "del": true, "di": true, "della": true, "dello": true, "dei": true, "degli": true,
	"delle": true, "du": true, "des": true, "da": true, "do": true, "dos": true, "das": true, "la": true, "le": true, "el": true,
	"lo": true, "los": true, "las": true, "il": true, "al": true, "a": true}

func main() {
	data := flag.String("data", "../shared/data/ner", "the NER corpora (SOURCE/LANG/SPLIT.conll)")
	out := flag.String("o", "analyze/ner/data/lowheads.txt", "output file")
	flag.Parse()
	var b strings.Builder
	b.WriteString("# Lower-case words that may start a place's or an organization's name, per language: they start\n" +
		"# a gold name of two words or more at least twice, and at least a quarter as often as they stand\n" +
		"# right before one, in the train splits of the model's sources (go run ./analyze/ner/internal/genlowheads)\n")
	langs := make([]string, 0, len(sources))
	for l := range sources {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, lang := range langs {
		var docs []ner.Document
		for _, src := range sources[lang] {
			d, err := ner.ReadCoNLLFile(filepath.Join(*data, src, lang, "train.conll"), lang)
			if err != nil {
				log.Fatal(err)
			}
			docs = append(docs, d...)
		}
		for _, w := range heads(docs) {
			fmt.Fprintf(&b, "%s\t%s\n", lang, w)
		}
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// heads lists the lower-case words that start names more often than a
// quarter of the times they stand before one.
func heads(docs []ner.Document) []string {
	starts, before := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			begins := map[int]bool{}
			for i, tag := range s.Tags {
				if !strings.HasPrefix(tag, "B-") {
					continue
				}
				begins[i] = true
				multi := i+1 < len(s.Tags) && strings.HasPrefix(s.Tags[i+1], "I-")
				if tag != "B-PER" && multi && lower(s.Tokens[i]) {
					starts[strings.ToLower(s.Tokens[i])]++
				}
			}
			for i, tok := range s.Tokens {
				if s.Tags[i] != "O" || !lower(tok) {
					continue
				}
				j := i + 1
				for j < len(s.Tokens) && j < i+3 && s.Tags[j] == "O" && linking[strings.ToLower(s.Tokens[j])] {
					j++
				}
				if begins[j] {
					before[strings.ToLower(tok)]++
				}
			}
		}
	}
	var out []string
	for w, n := range starts {
		if n >= 2 && 4*n > before[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

func lower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
