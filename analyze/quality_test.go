package analyze

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
)

// nerFloors are end-to-end micro-F1 floors (PER, LOC, ORG) through the
// same path as 'textlens analyze' (Analyzer.EvaluateNER), 0.02 under what
// they measured when set, on the first 1,000 sentences of each set.
// Sets with a test split here are scored on it; the news sources, whose
// test splits are held back, on dev. Raised when the models were retrained
// with the clipping quantile chosen on dev (docs/ner.md), but for
// Europarl-NER fp, whose German debate says "Kommission" 35 times: the
// retrained German model tags it alone as an organization, as Europarl-NER
// does 80 times in its train split and europarl-fp never (0.900 → 0.825).
var nerFloors = map[string]float64{
	"conll/en/test": 0.84, "conll/de/test": 0.61, "conll/es/test": 0.74, "conll/nl/test": 0.82,
	"wikineural/en/test": 0.77, "wikineural/de/test": 0.86, "wikineural/es/test": 0.85, "wikineural/fr/test": 0.74,
	"wikineural/it/test": 0.82, "wikineural/nl/test": 0.80, "wikineural/pl/test": 0.83, "wikineural/pt/test": 0.83,
	"wikineural/ru/test": 0.71, "kind/it/dev": 0.74, "nerel/ru/dev": 0.83, "nkjp/pl/dev": 0.75,
	"smartdata/de/dev": 0.69, "europarl-fp/de/dev": 0.80, "harem2/pt/dev": 0.69, "mxnews/es/dev": 0.84,
	"sequoia/fr/dev": 0.84,
	// the languages of issue 12 (the first 1,000 sentences: hu and fi lower than on all of dev)
	"anercorp/ar/dev": 0.65, "arman/fa/dev": 0.58, "cnec/cs/dev": 0.73, "elner/el/dev": 0.87,
	"hiner/hi/dev": 0.81, "klue/ko/dev": 0.71, "nemo/he/dev": 0.56, "nergrit/id/dev": 0.70,
	"nerkor/hu/dev": 0.76, "neruk/uk/dev": 0.81, "norne/nb/dev": 0.85, "peoplesdaily/zh/dev": 0.70,
	"ronec/ro/dev": 0.53, "stockmark/ja/dev": 0.68, "swener/sv/dev": 0.80, "thainer/th/dev": 0.70,
	"turku/fi/dev": 0.64,
	// NERP is written all in lower case: the Indonesian model follows its
	// features there (default domain "nergrit|nerp")
	"nerp/id/dev": 0.70,
}

// otherFloors are floors of the sets' other figures: the micro-F1
// without the gold names written in lower case (NERScores.Capitalized),
// for the sets that mark pronouns and common nouns as names (textlens
// reports names); and the micro-F1 that counts a name found without the
// proclitics its gold span keeps (NERScores.CliticAligned): textlens gives
// the name alone ("ארה\"ב" of "בארה\"ב"), and the strict figure falls as
// more names are known without them.
var otherFloors = []struct {
	what   string
	scores func(NERScores) ner.Scores
	floors map[string]float64
}{
	{"without the names in lower case", func(s NERScores) ner.Scores { return s.Capitalized }, map[string]float64{"ronec/ro/dev": 0.59}},
	{"with names found without their proclitics", func(s NERScores) ner.Scores { return s.CliticAligned },
		map[string]float64{"anercorp/ar/dev": 0.70, "nemo/he/dev": 0.69}},
}

func TestNERQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes thousands of sentences")
	}
	dir := filepath.Join("..", "..", "shared", "data", "ner")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared NER data not present (../shared/data/ner)")
	}
	a, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for key, floor := range nerFloors {
		file := filepath.Join(dir, key+".conll")
		lang := filepath.Base(filepath.Dir(file))
		docs, err := ner.ReadCoNLLFile(file, lang)
		if err != nil {
			t.Fatal(err)
		}
		var keep []ner.Document
		n := 0
		for _, d := range docs {
			if n >= 1000 {
				break
			}
			keep = append(keep, d)
			n += len(d.Sentences)
		}
		s, err := a.EvaluateNER(context.Background(), GoldArticles(keep))
		if err != nil {
			t.Fatal(err)
		}
		f1 := s.Types.Micro([]string{"PER", "LOC", "ORG"}).F1()
		t.Logf("%s: %.3f (floor %.2f)", key, f1, floor)
		if f1 < floor {
			t.Errorf("%s: end-to-end micro-F1 %.3f, under the floor %.2f", key, f1, floor)
		}
		for _, o := range otherFloors {
			if floor, ok := o.floors[key]; ok {
				f1 := o.scores(s).Micro([]string{"PER", "LOC", "ORG"}).F1()
				t.Logf("%s: %.3f %s (floor %.2f)", key, f1, o.what, floor)
				if f1 < floor {
					t.Errorf("%s: end-to-end micro-F1 %s %.3f, under the floor %.2f", key, o.what, f1, floor)
				}
			}
		}
	}
}

// TestTraditionalChineseQuality: People's Daily's dev split written in
// Traditional characters (each Simplified character replaced by the first
// Traditional one of ner/data/tschars.txt) scores as the Simplified text
// does, end to end (0.709 there; 0.461 before the Chinese tagger read
// Traditional text through Simplified).
func TestTraditionalChineseQuality(t *testing.T) {
	table, err := os.ReadFile(filepath.Join("ner", "data", "tschars.txt"))
	if err != nil {
		t.Fatal(err)
	}
	trad := map[rune]rune{}
	for _, line := range strings.Split(string(table), "\n") {
		if r := []rune(line); len(r) == 2 && line[0] != '#' {
			if _, ok := trad[r[1]]; !ok {
				trad[r[1]] = r[0]
			}
		}
	}
	rewrittenQuality(t, "peoplesdaily", "zh", "Traditional People's Daily", 0.69, func(w string) string {
		if r := []rune(w); len(r) == 1 && trad[r[0]] != 0 {
			return string(trad[r[0]])
		}
		return w
	})
}

// TestSerbianCyrillicQuality writes UNER's Serbian dev split (SETimes, in
// Latin letters) in the Cyrillic alphabet, as much Serbian news is
// written, and scores it end to end: the Serbian model, trained on the
// Latin text, reads Cyrillic words through their Latin spelling (0.551
// before it did).
func TestSerbianCyrillicQuality(t *testing.T) {
	rewrittenQuality(t, "uner", "sr", "UNER sr dev in Cyrillic", 0.78, text.SerbianCyrillic)
}

// rewrittenQuality scores source's dev split in lang end to end, each gold
// token written again by rewrite, and fails under floor (micro-F1 over PER,
// LOC and ORG). It skips without the shared data.
func rewrittenQuality(t *testing.T, source, lang, what string, floor float64, rewrite func(string) string) {
	t.Helper()
	if testing.Short() {
		t.Skip("analyzes hundreds of sentences")
	}
	file := filepath.Join("..", "..", "shared", "data", "ner", source, lang, "dev.conll")
	if _, err := os.Stat(file); err != nil {
		t.Skip("shared NER data not present (../shared/data/ner)")
	}
	docs, err := ner.ReadCoNLLFile(file, lang)
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i, w := range s.Tokens {
				if r := rewrite(w); r != w {
					s.Tokens[i] = r
					changed++
				}
			}
		}
	}
	a, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := a.EvaluateNER(context.Background(), GoldArticles(docs))
	if err != nil {
		t.Fatal(err)
	}
	f1 := sc.Types.Micro([]string{"PER", "LOC", "ORG"}).F1()
	t.Logf("%s: %d tokens written again; end-to-end micro-F1 %.3f", what, changed, f1)
	if f1 < floor {
		t.Errorf("%s: micro-F1 %.3f, under %.2f", what, f1, floor)
	}
}

// TestGoldArticles checks the text rebuilt from gold tokens and the gold
// spans in it.
func TestGoldArticles(t *testing.T) {
	docs := []ner.Document{
		{Lang: "fr", Sentences: []ner.Sentence{{Tokens: []string{"M.", "Poutine", "à", "Moscou", "."}, Tags: []string{"O", "B-PER", "O", "B-LOC", "O"}}}},
		{Lang: "fr", Sentences: []ner.Sentence{{Tokens: []string{"Conseil", "Russie-Otan", "sans", "point"}, Tags: []string{"B-ORG", "I-ORG", "O", "O"}}}},
		{Lang: "fr", Sentences: []ner.Sentence{{Tokens: []string{"L'", "Otan", "."}, Tags: []string{"O", "B-ORG", "O"}}}},
		{Lang: "ko", Sentences: []ner.Sentence{{Tokens: []string{"서", "울", "▁", "시", "."}, Tags: []string{"B-LOC", "I-LOC", "O", "O", "O"}},
			{Tokens: []string{"말", "했", "다"}, Tags: []string{"O", "O", "O"}}}},
		{Lang: "zh", Sentences: []ner.Sentence{{Tokens: []string{"北", "京", "。"}, Tags: []string{"B-LOC", "I-LOC", "O"}},
			{Tokens: []string{"好"}, Tags: []string{"O"}}}},
	}
	arts := GoldArticles(docs)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3 (one per language)", len(arts))
	}
	// Korean writes spaces between words (the corpora's "▁") and between
	// sentences; Chinese neither
	if arts[2].Text != "北京。好" {
		t.Errorf("Chinese: %q", arts[2].Text)
	}
	if want := "M. Poutine à Moscou . Conseil Russie-Otan sans point\nL' Otan ."; arts[0].Text != want {
		t.Errorf("text %q, want %q", arts[0].Text, want)
	}
	r := []rune(arts[0].Text)
	var got []string
	for _, n := range arts[0].Names {
		got = append(got, n.Type+":"+string(r[n.Start:n.End]))
	}
	want := []string{"PER:Poutine", "LOC:Moscou", "ORG:Conseil Russie-Otan", "ORG:Otan"}
	if len(got) != len(want) {
		t.Fatalf("names %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d: %s, want %s", i, got[i], want[i])
		}
	}
	if arts[1].Text != "서울 시. 말했다" || string([]rune(arts[1].Text)[arts[1].Names[0].Start:arts[1].Names[0].End]) != "서울" {
		t.Errorf("Korean: %q %+v", arts[1].Text, arts[1].Names)
	}
}

// TestGoldArticlesRunning: the running text attaches periods, commas and
// closing quotes, and opening ones to what follows, with the gold spans
// moved along; a quote that closes the sentence before stays on its line.
func TestGoldArticlesRunning(t *testing.T) {
	docs := []ner.Document{{Lang: "de", Sentences: []ner.Sentence{
		{Tokens: []string{"Er", "sagte", `"`, "am", "3", ".", "März", "in", "Köln", "."}, Tags: []string{"O", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O"}},
		{Tokens: []string{`"`, "Die", "(", "SPD", ")", "schwieg", "."}, Tags: []string{"O", "O", "O", "B-ORG", "O", "O", "O"}},
	}}}
	arts := GoldArticlesRunning(docs)
	if want := `Er sagte "am 3. März in Köln." Die (SPD) schwieg.`; len(arts) != 1 || arts[0].Text != want {
		t.Fatalf("text %q, want %q", arts[0].Text, want)
	}
	r := []rune(arts[0].Text)
	var got []string
	for _, n := range arts[0].Names {
		got = append(got, string(r[n.Start:n.End]))
	}
	if !slices.Equal(got, []string{"Köln", "SPD"}) {
		t.Errorf("names %q, want Köln, SPD", got)
	}
	// the second sentence starts after the quote that closes the first
	if len(arts[0].Sentences) != 1 || !strings.HasPrefix(string(r[arts[0].Sentences[0]:]), "Die") {
		t.Errorf("sentence starts %v", arts[0].Sentences)
	}
}

// TestSeedEntities: the seed keeps exactly its three people, and its
// places carry the right Wikidata ids (Moscou the city, not the oblast).
func TestSeedEntities(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the French model")
	}
	a, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Analyze(context.Background(), Input{Path: "../testdata/articles/fr-seed.txt"})
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]bool{}
	ids := map[string]string{}
	for _, e := range res.Entities {
		if e.Type == "PERSON" {
			people[e.Name] = true
		}
		ids[e.Name] = e.Wikidata
	}
	for _, p := range []string{"Vladimir Poutine", "Joe Biden", "Iouri Ouchakov"} {
		if !people[p] {
			t.Errorf("missing person %s", p)
		}
	}
	if len(people) != 3 {
		t.Errorf("people %v, want exactly 3", people)
	}
	for name, id := range map[string]string{"Russie": "Q159", "États-Unis": "Q30", "Ukraine": "Q212", "Moscou": "Q649",
		"Vladimir Poutine": "Q7747", "Joe Biden": "Q6279"} {
		if ids[name] != id {
			t.Errorf("%s: wikidata %q, want %s", name, ids[name], id)
		}
	}
}

// TestCliticsBefore: a name found without the one or two proclitics its
// gold span keeps.
func TestCliticsBefore(t *testing.T) {
	he := []rune("ביקר ובירושלים והארץ")
	tests := []struct {
		gold, start int
		want        bool
	}{
		{5, 7, true},   // ו ב before ירושלים
		{5, 6, true},   // ו
		{5, 5, false},  // the same span: not this case
		{5, 8, false},  // three letters
		{0, 2, false},  // ב י: י is no proclitic
		{15, 16, true}, // ו before הארץ
	}
	for _, tt := range tests {
		if got := cliticsBefore(he, tt.gold, tt.start, proclitics["he"]); got != tt.want {
			t.Errorf("%q before %q: %v, want %v", string(he[tt.gold:tt.start]), string(he[tt.start:]), got, tt.want)
		}
	}
}

// TestCapitalizedScores: a gold name written without a capital letter in
// cased text (RONEC's "el") is left out of the Capitalized counts, with
// whatever was found on it; the strict counts keep it.
func TestCapitalizedScores(t *testing.T) {
	a, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Ion Popescu a declarat ieri la București că el nu va candida. Guvernul României a confirmat vestea."
	span := func(s string) (int, int) {
		i := strings.Index(text, s)
		start := len([]rune(text[:i]))
		return start, start + len([]rune(s))
	}
	var gold []GoldName
	for _, g := range []struct{ name, typ string }{{"Ion Popescu", "PER"}, {"București", "LOC"}, {"el", "PER"}} {
		s, e := span(g.name)
		gold = append(gold, GoldName{Start: s, End: e, Type: g.typ})
	}
	s, err := a.EvaluateNER(context.Background(), []GoldArticle{{Lang: "ro", Text: text, Names: gold}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Uncapitalized != 1 {
		t.Errorf("Uncapitalized = %d, want 1", s.Uncapitalized)
	}
	if got, want := s.Types.Micro(nil).Gold, 3; got != want {
		t.Errorf("strict gold = %d, want %d", got, want)
	}
	if got, want := s.Capitalized.Micro(nil).Gold, 2; got != want {
		t.Errorf("capitalized gold = %d, want %d", got, want)
	}
}
