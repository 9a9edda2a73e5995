package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/text"
)

var update = flag.Bool("update", false, "rewrite models/MANIFEST.json from the embedded models")

// manifestEntry describes one shipped model file.
type manifestEntry struct {
	File          string   `json:"file"`
	Bytes         int      `json:"bytes"`
	SHA256        string   `json:"sha256"`
	Lang          string   `json:"lang"`
	Domains       []string `json:"domains,omitempty"`
	DefaultDomain string   `json:"default_domain,omitempty"`
	KnownNames    int      `json:"known_names"`
	Info          string   `json:"info"`
}

const maxModelBytes = 8 << 20

// TestManifest checks models/MANIFEST.json against the embedded models
// (rewrite it with -update after retraining) and the size limit.
func TestManifest(t *testing.T) {
	sum := sha256.Sum256([]byte(namesBin))
	if *update {
		if err := os.WriteFile(filepath.Join("models", "names.sha256"), []byte(hex.EncodeToString(sum[:])+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if recorded, _ := os.ReadFile(filepath.Join("models", "names.sha256")); strings.TrimSpace(string(recorded)) != hex.EncodeToString(sum[:]) {
		t.Errorf("models/names.sha256 is not the SHA-256 of models/names.bin; run with -update")
	}
	var got []manifestEntry
	for _, lang := range Shipped() {
		name := lang + ".ner"
		data := shippedModels[lang]
		if data == "" {
			t.Fatalf("%s: not embedded", name)
		}
		if len(data) > maxModelBytes {
			t.Errorf("%s is %d bytes, over the 8 MB limit", name, len(data))
		}
		m, err := Load(lang)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sum := sha256.Sum256([]byte(data))
		got = append(got, manifestEntry{File: name, Bytes: len(data), SHA256: hex.EncodeToString(sum[:]), Lang: m.Lang,
			Domains: m.Domains, DefaultDomain: m.DefaultDomain, KnownNames: m.Names.Len(), Info: m.Info})
	}
	path := filepath.Join("models", "MANIFEST.json")
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []manifestEntry
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("models/MANIFEST.json does not describe the embedded models; run go test ./analyze/ner -run TestManifest -update")
	}
	for _, lang := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", Multilingual} {
		if m, err := Load(lang); err != nil || m == nil {
			t.Errorf("no shipped model for %s: %v", lang, err)
		}
	}
}

func tagText(t testing.TB, lang, s string) []string {
	m, err := Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	doc := text.New(s)
	doc.Tokenize(lang)
	var out []string
	for _, mn := range m.Tag(doc, lang) {
		out = append(out, mn.Type+":"+doc.Slice(mn.Span))
	}
	return out
}

// TestSeedArticle checks the French seed article, as the issue states it.
func TestSeedArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the French model")
	}
	data, err := os.ReadFile("../../testdata/articles/fr-seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, m := range tagText(t, "fr", string(data)) {
		got[m] = true
	}
	for _, want := range []string{
		"PER:Vladimir Poutine", "PER:Joe Biden", "PER:Iouri Ouchakov",
		"LOC:Moscou", "LOC:Washington", "LOC:Genève", "LOC:Russie", "LOC:États-Unis", "LOC:Ukraine",
		"ORG:OSCE", "ORG:Conseil Russie-Otan",
	} {
		if !got[want] {
			t.Errorf("seed: missing %s", want)
		}
	}
	for m := range got {
		name := m[strings.Index(m, ":")+1:]
		switch name {
		case "Les", "Ainsi", "Chacun", "Laisser", "Votre", "Le", "Selon", "Cette":
			t.Errorf("seed: function word tagged as a name: %s", m)
		}
	}
}

func TestOtherLanguages(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models")
	}
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Prime Minister Keir Starmer met Emmanuel Macron in Paris on Thursday.", []string{"PER:Keir Starmer", "PER:Emmanuel Macron", "LOC:Paris"}},
		{"de", "Bundeskanzler Olaf Scholz reiste am Montag nach Washington.", []string{"PER:Olaf Scholz", "LOC:Washington"}},
		{"es", "El presidente Pedro Sánchez viajó a Bruselas para reunirse con la Comisión Europea.", []string{"PER:Pedro Sánchez", "LOC:Bruselas", "ORG:Comisión Europea"}},
		{"ru", "Президент России Владимир Путин провёл переговоры в Москве.", []string{"LOC:России", "PER:Владимир Путин", "LOC:Москве"}},
		{"pl", "Prezydent Andrzej Duda spotkał się w Warszawie z sekretarzem generalnym NATO.", []string{"PER:Andrzej Duda", "LOC:Warszawie", "ORG:NATO"}},
	}
	for _, tt := range tests {
		got := tagText(t, tt.lang, tt.text)
		have := map[string]bool{}
		for _, g := range got {
			have[g] = true
		}
		for _, w := range tt.want {
			if !have[w] {
				t.Errorf("%s: missing %s in %v", tt.lang, w, got)
			}
		}
	}
}

// TestTraditionalChinese: a Traditional Chinese sentence gets the names of
// its Simplified version (the model learned from Simplified text), at the
// same offsets.
func TestTraditionalChinese(t *testing.T) {
	if testing.Short() {
		t.Skip("loads models")
	}
	simp := tagText(t, "zh", "香港行政长官梁振英在立法会接受质询，北京国务院港澳办发表声明。")
	trad := tagText(t, "zh", "香港行政長官梁振英在立法會接受質詢，北京國務院港澳辦發表聲明。")
	if len(simp) == 0 {
		t.Fatal("no names in the Simplified sentence")
	}
	if len(trad) != len(simp) {
		t.Fatalf("Traditional %v, Simplified %v", trad, simp)
	}
	for i := range simp {
		// same type and length: the texts differ by their characters
		if len([]rune(trad[i])) != len([]rune(simp[i])) || trad[i][:4] != simp[i][:4] {
			t.Errorf("Traditional %v, Simplified %v", trad, simp)
		}
	}
}

// TestQualityFloor scores the shipped models on the first 1,000 test
// sentences of each shared WikiNeural language and CoNLL set, when the data
// is present, against floors a little under the README's figures.
func TestQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("scores thousands of sentences")
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "ner")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared NER data not present")
	}
	floors := map[string]float64{
		"wikineural/de": 0.86, "wikineural/en": 0.74, "wikineural/es": 0.80, "wikineural/fr": 0.84,
		"wikineural/it": 0.78, "wikineural/nl": 0.86, "wikineural/pl": 0.85, "wikineural/pt": 0.85,
		"wikineural/ru": 0.72, "conll/en": 0.82, "conll/es": 0.74, "conll/nl": 0.76, "conll/de": 0.70,
	}
	for key, floor := range floors {
		lang := filepath.Base(key)
		docs, err := ReadCoNLLFile(filepath.Join(dir, key, "test.conll"), lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) > 1000 {
			docs = docs[:1000]
		}
		m, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		f1 := Evaluate(m, docs).Micro([]string{"PER", "LOC", "ORG"}).F1()
		if f1 < floor {
			t.Errorf("%s: micro-F1 %.4f below %.2f", key, f1, floor)
		} else {
			t.Logf("%s: micro-F1 %.4f", key, f1)
		}
	}
}

// BenchmarkTag measures tagging speed (tokens/s in the custom metric) on
// a French article (single-source model) and an English one (two-source
// model: twice the features).
func BenchmarkTag(b *testing.B) {
	for _, c := range []struct{ lang, file string }{{"fr", "fr-seed.txt"}, {"en", "en-dev-01.txt"}} {
		b.Run(c.lang, func(b *testing.B) {
			data, err := os.ReadFile("../../testdata/articles/" + c.file)
			if err != nil {
				b.Fatal(err)
			}
			m, err := Load(c.lang)
			if err != nil {
				b.Fatal(err)
			}
			doc := text.New(string(data))
			doc.Tokenize(c.lang)
			b.ResetTimer()
			for b.Loop() {
				m.Tag(doc, c.lang)
			}
			b.ReportMetric(float64(len(doc.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// TestAllModelsEmbedded: every model file in models/ is in shippedModels.
func TestAllModelsEmbedded(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("models", "*.ner"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".ner")
		if _, ok := shippedModels[lang]; !ok {
			t.Errorf("%s is not embedded: add it to shippedModels in models.go", f)
		}
	}
	if len(files) != len(shippedModels) {
		t.Errorf("%d model files, %d embedded", len(files), len(shippedModels))
	}
}

// TestNameTableOrder: in every shipped names table (the shared one and
// each model's own), the entries that start with one word run longest
// first, and those of one length are sorted by their second word, the
// order nameTable.mark's search relies on.
func TestNameTableOrder(t *testing.T) {
	for lang := range shippedModels {
		m, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []*Names{m.Names, m.Own} {
			if n == nil || n.table == nil {
				continue
			}
			tb := n.table
			keys := tb.ranges().keys
			for j := 1; j < len(keys); j++ {
				if keys[j] <= keys[j-1] { // sorted, and each prefix's entries contiguous
					t.Fatalf("%s: first tokens' prefixes out of order at %d: %08x after %08x", lang, j, keys[j], keys[j-1])
				}
			}
			for j := 1; j < len(tb.offs)-1; j++ {
				if tb.first(j) != tb.first(j-1) {
					continue
				}
				a, b := tb.ntoks(j-1), tb.ntoks(j)
				if b > a || (a == b && tb.second(j) < tb.second(j-1)) {
					t.Fatalf("%s: entries %d and %d out of order: %q %d %q, then %d %q", lang, j-1, j, tb.first(j), a, tb.second(j-1), b, tb.second(j))
				}
			}
		}
	}
}

// TestMarkLongRun: a word that starts many known names finds the right
// one of each length, the longest first.
func TestMarkLongRun(t *testing.T) {
	const per, loc, org = 1 << 0, 1 << 1, 1 << 2 // bits by Types
	var entries []nameEntry
	for i := range 40 {
		entries = append(entries, nameEntry{types: loc, toks: []string{"new", fmt.Sprintf("w%02d", i)}})
		entries = append(entries, nameEntry{types: org, toks: []string{"new", fmt.Sprintf("w%02d", i), "x"}})
	}
	entries = append(entries, nameEntry{types: per, toks: []string{"new"}})
	n := namesOf(entries)
	for _, c := range []struct {
		words   []string
		b       uint8
		nameLen uint8
	}{
		{[]string{"new", "w17", "x"}, org, 3},
		{[]string{"new", "w17", "y"}, loc, 2},
		{[]string{"new", "w40"}, per, 1},
		{[]string{"new"}, per, 1},
		{[]string{"new", "w00", "x"}, org, 3},
		{[]string{"new", "w39"}, loc, 2},
	} {
		toks := make([]token, len(c.words))
		for i, w := range c.words {
			toks[i] = token{lower: w, cap: true}
		}
		n.mark(toks, "en", newNameMemo(0))
		if toks[0].nameB != c.b || toks[0].nameLen != c.nameLen {
			t.Errorf("%v: nameB %b, length %d; want %b, %d", c.words, toks[0].nameB, toks[0].nameLen, c.b, c.nameLen)
		}
	}
}

// TestShippedNamesWellFormed checks every entry of the shipped names,
// which loading trusts (readTableChecked without check).
func TestShippedNamesWellFormed(t *testing.T) {
	n, rest, err := readTable(namesBin)
	if err != nil {
		t.Fatalf("models/names.bin: %v", err)
	}
	if rest != "" || n.Len() == 0 {
		t.Fatalf("models/names.bin: %d names, %d bytes after them", n.Len(), len(rest))
	}
}
