package ner

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/textlens/textlens/analyze/text"
)

const tinyCoNLL = `-DOCSTART-	O

Anna	B-PER
Schmidt	I-PER
lives	O
in	O
Berlin	B-LOC
.	O

She	O
works	O
for	O
Siemens	B-ORG
in	O
Munich	B-LOC
.	O

-DOCSTART-	O

Paul	B-PER
Meyer	I-PER
visited	O
Paris	B-LOC
with	O
Anna	B-PER
.	O

The	O
Olympics	B-MISC
opened	O
in	O
Rome	B-LOC
.	O
`

func tinyDocs(t *testing.T) []Document {
	t.Helper()
	docs, err := ReadCoNLL(strings.NewReader(tinyCoNLL), "en")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestReadCoNLL(t *testing.T) {
	docs := tinyDocs(t)
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 2 {
		t.Fatalf("documents %d, sentences %d/%d", len(docs), len(docs[0].Sentences), len(docs[1].Sentences))
	}
	if got := docs[0].Sentences[0].Tags; !reflect.DeepEqual(got, []string{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}) {
		t.Errorf("tags %v", got)
	}
	noDocs, _ := ReadCoNLL(strings.NewReader("a\tO\n\nb\tB-LOC\n"), "en")
	if len(noDocs) != 2 {
		t.Errorf("a file without -DOCSTART- gives %d documents, want one per sentence", len(noDocs))
	}
	for _, bad := range []string{"word\tB-FOO\n", "lonely\n"} {
		if _, err := ReadCoNLL(strings.NewReader(bad), "en"); err == nil {
			t.Errorf("ReadCoNLL(%q) succeeded", bad)
		}
	}
}

// tag returns the indexes of IOB2 tags.
func tag(s ...string) []int { return tagIndexes(s) }

func TestSpans(t *testing.T) {
	tests := []struct {
		tags []int
		want []tagSpan
	}{
		{tag("B-PER", "I-PER", "O", "B-LOC"), []tagSpan{{0, 2, 0}, {3, 4, 1}}},
		{tag("B-PER", "B-PER"), []tagSpan{{0, 1, 0}, {1, 2, 0}}},
		{tag("O", "I-ORG", "I-ORG"), []tagSpan{{1, 3, 2}}},
		{tag("B-LOC", "I-ORG"), []tagSpan{{0, 1, 1}, {1, 2, 2}}},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := spans(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("spans(%v) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestViterbiKeepsBIO(t *testing.T) {
	// Emissions that favour I-PER first: the constraint must forbid it.
	emit := make([][nTags]float32, 2)
	emit[0][2] = 10 // I-PER at the start
	emit[1][2] = 10
	var trans [nTags + 1][nTags]float32
	got := viterbi(emit, &trans, make([]int, 2))
	if isI(got[0]) {
		t.Errorf("sentence starts with %s", Tags[got[0]])
	}
}

func trainTiny(t *testing.T) *Model {
	t.Helper()
	docs := tinyDocs(t)
	m, err := Train(context.Background(), docs, docs, TrainOptions{Lang: "en", Bits: 14, Epochs: 10, Seed: 1, Names: NamesFrom(docs)})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestOutsideBias: the bias lowers the weight of every transition into O
// by its amount and nothing else.
func TestOutsideBias(t *testing.T) {
	docs := tinyDocs(t)
	m := trainTiny(t)
	b, err := Train(context.Background(), docs, docs, TrainOptions{Lang: "en", Bits: 14, Epochs: 10, Seed: 1, Names: NamesFrom(docs), OutsideBias: 2})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Weights, b.Weights) {
		t.Error("the bias changed the feature weights")
	}
	for p := range m.Trans {
		for c := range m.Trans[p] {
			want := m.Trans[p][c]
			if c == 0 {
				want -= 2
			}
			if b.Trans[p][c] != want {
				t.Errorf("Trans[%d][%d] = %v, want %v", p, c, b.Trans[p][c], want)
			}
		}
	}
}

func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	docs := tinyDocs(t)
	m := trainTiny(t)
	if f1 := Evaluate(m, docs).Micro(nil).F1(); f1 < 0.99 {
		t.Errorf("F1 on its own training data %.3f, want 1", f1)
	}
	again := trainTiny(t)
	if !reflect.DeepEqual(m.Weights, again.Weights) || m.Trans != again.Trans {
		t.Error("two trainings with the same seed differ")
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := trainTiny(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Lang != m.Lang || got.Bits != m.Bits || got.Scale != m.Scale || got.Trans != m.Trans ||
		!reflect.DeepEqual(got.dense(), m.Weights) || got.Info != m.Info || got.Names.Len() != m.Names.Len() {
		t.Error("model changed through Write and ReadModel")
	}
	if _, err := ReadModel(bytes.NewReader(buf.Bytes()[:buf.Len()/2])); err == nil {
		t.Error("truncated model accepted")
	}
	// a model with its own names keeps them
	m.Own = NamesFrom([]Document{{Sentences: []Sentence{{Tokens: []string{"Kalymnos"}, Tags: []string{"B-LOC"}}}}})
	buf.Reset()
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadModel(bytes.NewReader(buf.Bytes())); err != nil || got.Own.Len() != 1 || got.Names.Len() != m.Names.Len() {
		t.Errorf("own names through Write and ReadModel: %v, %d own names", err, got.Own.Len())
	}
	if _, err := ReadModel(strings.NewReader("not a model")); err == nil {
		t.Error("garbage accepted")
	}
}

func TestTidy(t *testing.T) {
	sents := [][]string{
		{"Joe", "Biden", "spoke", "."},
		{"Biden", "said", "Otan", "de", "se", "."},
	}
	toks := prepare(sents, "", nil, nil, nil)
	tags := [][]int{tag("B-PER", "I-PER", "O", "O"), tag("B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O")}
	tidy(toks, tags, "fr", casedSents(sents))
	want := [][]int{tag("B-PER", "I-PER", "O", "O"), tag("B-PER", "O", "B-ORG", "O", "O", "O")}
	if !reflect.DeepEqual(tags, want) {
		t.Errorf("tidy: %v, want %v", tags, want)
	}
}

// TestLowerHeads: in the languages whose places may start in lower case, a
// listed head stays ("río Ebro", "mer Noire"), another word goes ("incendio
// de Almería", "ciudad de México"); and a capitalized word that stands
// before persons' names rather than starting them leaves the name
// ("President", "Император"), a particle stays ("von der Leyen"); a
// lower-case word that follows names rather than ending them leaves it
// ("said"); a word the corpora use outside names is no name alone
// ("Thursday"); a name they give one type takes it ("Amman", "Saudi
// Arabia"), and a name ending with a word of names of one type takes that
// type ("Green Party").
func TestLowerHeads(t *testing.T) {
	tests := []struct {
		lang      string
		sent      []string
		tags, out []int
	}{
		{"es", []string{"El", "río", "Ebro", "crece", "."}, tag("O", "B-LOC", "I-LOC", "O", "O"), tag("O", "B-LOC", "I-LOC", "O", "O")},
		{"es", []string{"El", "incendio", "de", "Almería", "sigue", "."}, tag("O", "B-LOC", "I-LOC", "I-LOC", "O", "O"), tag("O", "O", "O", "B-LOC", "O", "O")},
		{"es", []string{"La", "ciudad", "de", "México", "."}, tag("O", "B-LOC", "I-LOC", "I-LOC", "O"), tag("O", "O", "O", "B-LOC", "O")},
		{"fr", []string{"La", "mer", "Noire", "."}, tag("O", "B-LOC", "I-LOC", "O"), tag("O", "B-LOC", "I-LOC", "O")},
		{"de", []string{"der", "deutschen", "Bundesbank", "."}, tag("O", "B-ORG", "I-ORG", "O"), tag("O", "B-ORG", "I-ORG", "O")},
		{"de", []string{"darunter", "Deutschland", "."}, tag("B-LOC", "I-LOC", "O"), tag("O", "B-LOC", "O")},
		// a word that stands before persons' names rather than starting them
		{"en", []string{"President", "Joe", "Biden", "spoke", "."}, tag("B-PER", "I-PER", "I-PER", "O", "O"), tag("O", "B-PER", "I-PER", "O", "O")},
		{"ru", []string{"Император", "Акихито", "прибыл", "."}, tag("B-PER", "I-PER", "O", "O"), tag("O", "B-PER", "O", "O")},
		{"de", []string{"Ursula", "von", "der", "Leyen", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "I-PER", "I-PER", "I-PER", "O")},
		{"en", []string{"Joe", "Biden", "."}, tag("B-PER", "I-PER", "O"), tag("B-PER", "I-PER", "O")},
		// a lower-case word that follows names rather than ending them
		{"en", []string{"Joe", "Biden", "said", "so", "."}, tag("B-PER", "I-PER", "I-PER", "O", "O"), tag("B-PER", "I-PER", "O", "O", "O")},
		{"fr", []string{"La", "mer", "Noire", "."}, tag("O", "B-LOC", "I-LOC", "O"), tag("O", "B-LOC", "I-LOC", "O")},
		// a word the corpora use outside names is no name alone
		{"en", []string{"Thursday", "was", "cold", "."}, tag("B-PER", "O", "O", "O"), tag("O", "O", "O", "O")},
		{"en", []string{"with", "Thursday", "Murray", "."}, tag("O", "B-PER", "I-PER", "O"), tag("O", "B-PER", "I-PER", "O")},
		{"de", []string{"Das", "Jahr", "endet", "."}, tag("B-ORG", "I-ORG", "O", "O"), tag("O", "O", "O", "O")},
		// a word the corpora name alone with one type takes it
		{"en", []string{"He", "flew", "to", "Amman", "."}, tag("O", "O", "O", "B-PER", "O"), tag("O", "O", "O", "B-LOC", "O")},
		{"en", []string{"He", "flew", "to", "Saudi", "Arabia", "."}, tag("O", "O", "O", "B-PER", "I-PER", "O"), tag("O", "O", "O", "B-LOC", "I-LOC", "O")},
		// a name of several words ending with a word of names of one type
		{"en", []string{"The", "Green", "Party", "won", "."}, tag("O", "B-LOC", "I-LOC", "O", "O"), tag("O", "B-ORG", "I-ORG", "O", "O")},
		// a person's or a place's name is split at a comma before a capital
		{"en", []string{"in", "Austin", ",", "Texas", "."}, tag("O", "B-LOC", "I-LOC", "I-LOC", "O"), tag("O", "B-LOC", "O", "B-LOC", "O")},
		{"id", []string{"Ye", "Eun", ",", "Sun", "Mi", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "I-PER", "O", "B-PER", "I-PER", "O")},
		{"en", []string{"Harold", "Belafonte", ",", "Jr", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "I-PER", "I-PER", "I-PER", "O")},
		{"uk", []string{"вул", "Попова", ",", "16", "."}, tag("B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"), tag("B-LOC", "I-LOC", "I-LOC", "I-LOC", "O")},
		{"de", []string{"Dresden", "-", "Hamburg", "."}, tag("B-LOC", "I-LOC", "I-LOC", "O"), tag("B-LOC", "O", "B-LOC", "O")},
		{"cs", []string{"Kovaříková", "-", "Novotný", "."}, tag("B-PER", "I-PER", "I-PER", "O"), tag("B-PER", "O", "B-PER", "O")},
		{"id", []string{"Yoon", "Eun", "-", "Hye", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "I-PER", "I-PER", "I-PER", "O")},
		// a bracket the name does not close (or open) ends it
		{"es", []string{"Rivaldo", "(", "Emerson", "Asuncao", ")", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "O", "O"), tag("B-PER", "O", "B-PER", "I-PER", "O", "O")},
		{"de", []string{"Stevic", "(", "80.", "Gütschow", ")"}, tag("B-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "O", "O", "B-PER", "O")},
		{"en", []string{"James", "(", "Buddy", ")", "McGirt", "won"}, tag("B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O")},
		{"en", []string{"University", "of", "California", ",", "Los", "Angeles", "."}, tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"), tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O")},
		// a conjunction splits two persons, not a Portuguese person's surnames nor an organization
		{"es", []string{"Euclides", "y", "Coelho", "Neto", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "O", "B-PER", "I-PER", "O")},
		{"pt", []string{"Maximiano", "de", "Carvalho", "e", "Silva", "."}, tag("B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"), tag("B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O")},
		{"es", []string{"Ministerio", "de", "Sanidad", "y", "Consumo", "."}, tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"), tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O")},
		// … and a place only between two known places (none known here)
		{"hr", []string{"Bosna", "i", "Hercegovina", "."}, tag("B-LOC", "I-LOC", "I-LOC", "O"), tag("B-LOC", "I-LOC", "I-LOC", "O")},
		// a Hungarian ruler's numeral before the name is part of it
		{"hu", []string{"a", "király", "II", ".", "Lajos", "volt"}, tag("O", "O", "O", "O", "B-PER", "O"), tag("O", "O", "B-PER", "I-PER", "I-PER", "O")},
		{"hu", []string{"IV", ".", "Kun", "László", "."}, tag("B-MISC", "O", "B-PER", "I-PER", "O"), tag("B-PER", "I-PER", "I-PER", "I-PER", "O")},
		// a lower-case word that ends the corpora's places joins the place before it
		{"hu", []string{"a", "Deák", "tér", "felé", "."}, tag("O", "B-LOC", "O", "O", "O"), tag("O", "B-LOC", "I-LOC", "O", "O")},
		// a capitalized word the corpora use outside names ends no person's name
		{"de", []string{"Putins", "Sieg", "ist", "sicher", "."}, tag("B-PER", "I-PER", "O", "O", "O"), tag("B-PER", "O", "O", "O", "O")},
		{"en", []string{"Queen", "Isabella", "I", "died", "."}, tag("O", "B-PER", "I-PER", "O", "O"), tag("O", "B-PER", "I-PER", "O", "O")},
		// an Arabic word with a joined preposition right before a name is no part of one
		{"ar", []string{"مستودعات", "بريف", "دمشق", "."}, tag("O", "B-LOC", "B-LOC", "O"), tag("O", "O", "B-LOC", "O")},
		{"ar", []string{"منطقة", "القلمون", "بريف", "دمشق", "."}, tag("O", "B-LOC", "I-LOC", "B-LOC", "O"), tag("O", "B-LOC", "O", "B-LOC", "O")},
	}
	for _, tt := range tests {
		toks := prepare([][]string{tt.sent}, tt.lang, nil, nil, nil)
		tags := [][]int{tt.tags}
		tidy(toks, tags, tt.lang, true)
		if !reflect.DeepEqual(tags[0], tt.out) {
			t.Errorf("%s %v: %v, want %v", tt.lang, tt.sent, tags[0], tt.out)
		}
	}
}

// TestSurnameAlone: the last word of a person's name, untagged elsewhere
// in the document, is that person, capitalized only; in German only when
// the person is named twice ("Putins Sieg" once does not make "einen Sieg"
// a person).
func TestSurnameAlone(t *testing.T) {
	tests := []struct {
		lang      string
		sents     [][]string
		tags, out [][]int
	}{
		{"en", [][]string{{"Joe", "Biden", "spoke", "."}, {"Later", "Biden", "left", "."}, {"The", "biden", "."}},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("O", "O", "O", "O"), tag("O", "O", "O")},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("O", "B-PER", "O", "O"), tag("O", "O", "O")}},
		// "Sieg", a word of the corpora outside names, leaves "Putins Sieg"
		// and is not tagged alone elsewhere
		{"de", [][]string{{"Putins", "Sieg", "kam", "."}, {"Ein", "Sieg", "fehlt", "."}},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("O", "O", "O", "O")},
			[][]int{tag("B-PER", "O", "O", "O"), tag("O", "O", "O", "O")}},
		// with a proclitic ("and Harkin"), the whole word: analyze strips the letter
		{"he", [][]string{{"טום", "הארקין", "אמר", "."}, {"והארקין", "הלך", "."}, {"ובית", "."}},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("O", "O", "O"), tag("O", "O")},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("B-PER", "O", "O"), tag("O", "O")}},
		{"de", [][]string{{"Boris", "Nadeschdin", "kam", "."}, {"Nadeschdin", "sprach", "."}, {"Für", "Nadeschdin", "."}},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("B-PER", "O", "O"), tag("O", "O", "O")},
			[][]int{tag("B-PER", "I-PER", "O", "O"), tag("B-PER", "O", "O"), tag("O", "B-PER", "O")}},
	}
	for _, tt := range tests {
		toks := prepare(tt.sents, tt.lang, nil, nil, nil)
		tidy(toks, tt.tags, tt.lang, true)
		if !reflect.DeepEqual(tt.tags, tt.out) {
			t.Errorf("%s %v: %v, want %v", tt.lang, tt.sents, tt.tags, tt.out)
		}
	}
}

// TestDropNonNames: in cased text, a span without a capital letter is no
// name (unless alone in brackets, as an agency signs), and a person's
// name ends before a role in apposition; in a text all in lower case
// nothing is dropped.
func TestDropNonNames(t *testing.T) {
	tests := []struct {
		name      string
		sent      []string
		tags, out []int
	}{
		{"pronoun", []string{"Ion", "Popescu", "a", "spus", "că", "el", "vine", "."},
			tag("B-PER", "I-PER", "O", "O", "O", "B-PER", "O", "O"), tag("B-PER", "I-PER", "O", "O", "O", "O", "O", "O")},
		{"common noun org", []string{"La", "polizia", "di", "Roma", "indaga", "."},
			tag("O", "B-ORG", "O", "B-LOC", "O", "O"), tag("O", "O", "O", "B-LOC", "O", "O")},
		{"apposition", []string{"Dorin", "Micșa", ",", "directorul", "școlii", ",", "a", "spus", "."},
			tag("B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O"), tag("B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O")},
		{"agency in brackets", []string{"Berlin", "(", "dpa", ")", "-", "Die", "Regierung", "tagte", "."},
			tag("B-LOC", "O", "B-ORG", "O", "O", "O", "O", "O", "O"), tag("B-LOC", "O", "B-ORG", "O", "O", "O", "O", "O", "O")},
		{"misc kept", []string{"Românii", "și", "ortodocșii", "."},
			tag("B-MISC", "O", "B-MISC", "O"), tag("B-MISC", "O", "B-MISC", "O")},
		{"lower-case text", []string{"presiden", "moldova", ",", "vladimir", "voronin", "."},
			tag("O", "B-LOC", "O", "B-PER", "I-PER", "O"), tag("O", "B-LOC", "O", "B-PER", "I-PER", "O")},
	}
	for _, tt := range tests {
		toks := prepare([][]string{tt.sent}, "", nil, nil, nil)
		tags := [][]int{slices.Clone(tt.tags)}
		tidy(toks, tags, "ro", Cased(tt.sent))
		if !reflect.DeepEqual(tags[0], tt.out) {
			t.Errorf("%s: %v, want %v", tt.name, tags[0], tt.out)
		}
	}
}

func TestLowerOnlyAndCased(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  bool
	}{
		{[]string{"el"}, true},
		{[]string{"consiglio", "comunale"}, true},
		{[]string{"Premierul"}, false},
		{[]string{"naftemporiki.gr"}, false}, // a site's name
		{[]string{"2097"}, false},            // no letter
		{[]string{"ירושלים"}, false},         // no case
	} {
		if got := LowerOnly(tt.words...); got != tt.want {
			t.Errorf("LowerOnly(%q) = %v", tt.words, got)
		}
	}
	lower := strings.Fields("kantor berita rusia mengatakan presiden moldova , vladimir voronin menuduh penguasa")
	if Cased(lower) || !Cased(strings.Fields("Ion Popescu a spus că el vine .")) || Cased(strings.Fields("אבל ירושלים")) {
		t.Error("Cased: wrong")
	}
	if Cased(append(lower, strings.Fields(strings.Repeat("x ", 60)+"Ion")...)) {
		t.Error("Cased: one capital in 70 words is a text in lower case")
	}
}

// TestLineRanges: the tagger reads each line of a sentence as a sentence
// of its own; a sentence on one line stays whole.
func TestLineRanges(t *testing.T) {
	doc := text.New("The Garden Collection by H&M\nViikonlopun pyöritys alkoi H&M:n järjestämällä.\nToinen lause.")
	doc.Tokenize("fi")
	var got []string
	for _, r := range lineRanges(doc) {
		got = append(got, doc.Text[doc.Tokens[r.Start].Start:doc.Tokens[r.End-1].End])
	}
	want := []string{"The Garden Collection by H&M", "Viikonlopun pyöritys alkoi H&M:n järjestämällä.", "Toinen lause."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lineRanges: %q, want %q", got, want)
	}
}

// TestDomainFor: "a|b" follows a on text with capital letters, b on text
// all in lower case; other defaults are used as they are.
func TestDomainFor(t *testing.T) {
	cased := [][]string{{"Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."}}
	lower := [][]string{{"presiden", "joko", "widodo", "tiba", "di", "jakarta", "."}}
	if got := pickDomain("nergrit|nerp", casedSents(cased)); got != "nergrit" {
		t.Errorf("cased text: %q", got)
	}
	if got := pickDomain("nergrit|nerp", casedSents(lower)); got != "nerp" {
		t.Errorf("text in lower case: %q", got)
	}
	if got := pickDomain("nerel+wikineural", casedSents(lower)); got != "nerel+wikineural" {
		t.Errorf("mixed default: %q", got)
	}
}

// TestNamesOnly: training data loses the gold "names" analyze would drop.
func TestNamesOnly(t *testing.T) {
	docs := []Document{{Lang: "ro", Sentences: []Sentence{
		{Tokens: []string{"El", "și", "copiii", "lui", "Ion", "Popescu", "au", "plecat", "."},
			Tags: []string{"B-PER", "O", "B-PER", "O", "B-PER", "I-PER", "O", "O", "O"}},
		{Tokens: []string{"domnului", "Ovidiu", "Drăgănescu", ",", "prefectul", ",", "și", "românii", "."},
			Tags: []string{"B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O", "O", "B-MISC", "O"}},
	}}}
	got := NamesOnly(docs)
	want := [][]string{
		{"B-PER", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O"},
		{"O", "B-PER", "I-PER", "O", "O", "O", "O", "B-MISC", "O"},
	}
	for i, s := range got[0].Sentences {
		if !reflect.DeepEqual(s.Tags, want[i]) {
			t.Errorf("sentence %d: %v, want %v", i, s.Tags, want[i])
		}
	}
	if docs[0].Sentences[0].Tags[2] != "B-PER" {
		t.Error("NamesOnly modified its input")
	}
	lower := []Document{{Lang: "id", Sentences: []Sentence{{Tokens: []string{"presiden", "vladimir", "voronin"}, Tags: []string{"O", "B-PER", "I-PER"}}}}}
	if got := NamesOnly(lower); !reflect.DeepEqual(got, lower) {
		t.Errorf("a corpus in lower case changed: %v", got)
	}
}

// chars splits s into one token per character, as the tokenizer does for
// the scripts tagged by character.
func chars(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// TestWholeWords: a name cut inside a katakana run takes the whole run,
// over untagged characters only.
func TestWholeWords(t *testing.T) {
	toks := prepare([][]string{chars("はファットボーイ・スリムと")}, "", nil, nil, nil)[0]
	tags := make([]int, len(toks))
	// the tagger found "ボーイ・ス"
	tags[5] = bTag(0)
	for k := 6; k < 10; k++ {
		tags[k] = bTag(0) + 1
	}
	wholeWords(toks, tags, nil)
	var got []string
	for _, sp := range spans(tags) {
		got = append(got, joinTexts(toks[sp.start:sp.end]))
	}
	if want := []string{"ファットボーイ・スリム"}; !reflect.DeepEqual(got, want) {
		t.Errorf("spans %q, want %q", got, want)
	}
}

// TestWholeEojeol: a Korean name starting inside a word starts at the
// word's start; the particle after it stays out.
func TestWholeEojeol(t *testing.T) {
	doc := text.New("어제 한국천문연구원은 발표했다.")
	doc.Tokenize("ko")
	toks := doc.Tokens[doc.SentenceTokens[0].Start:doc.SentenceTokens[0].End]
	tags := make([]int, len(toks))
	// the tagger found "국천문연구원" (tokens 3–8: 어 제 한 국 천 문 연 구 원 은 …)
	tags[3] = bTag(2)
	for k := 4; k <= 8; k++ {
		tags[k] = bTag(2) + 1
	}
	wholeEojeol(doc, toks, tags)
	sp := spans(tags)
	if len(sp) != 1 {
		t.Fatalf("spans %v", sp)
	}
	if got := doc.Text[toks[sp[0].start].Start:toks[sp[0].end-1].End]; got != "한국천문연구원" {
		t.Errorf("name %q, want 한국천문연구원", got)
	}
}

// TestAnonymizedKorean: "김모" (Kim so-and-so) is the person 김; a name
// of three syllables ending in 모 stays whole.
func TestAnonymizedKorean(t *testing.T) {
	for _, tt := range []struct {
		text string
		from int // the person's first token (tokens are syllables)
		n    int
		want string
	}{
		{"국가정보원 김모 과장이 구속됐다.", 5, 2, "김"},
		{"배우 이정모 씨가 말했다.", 2, 3, "이정모"},
	} {
		doc := text.New(tt.text)
		doc.Tokenize("ko")
		toks := doc.Tokens[doc.SentenceTokens[0].Start:doc.SentenceTokens[0].End]
		tags := make([]int, len(toks))
		setSpan(tags, tt.from, tt.from+tt.n, 0)
		anonymizedKorean(doc, toks, tags)
		if got := onlyName(t, doc, toks, tags); got != tt.want {
			t.Errorf("%s: name %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestExtendToDocNames: a name cut short (Chinese characters, Arabic
// words) is the longer name the document has elsewhere, of its type.
func TestExtendToDocNames(t *testing.T) {
	toks := prepare([][]string{chars("梁振英道歉"), chars("梁振英说")}, "", nil, nil, nil)
	tags := [][]int{make([]int, 5), make([]int, 4)}
	tags[0][0], tags[0][1], tags[0][2] = bTag(0), bTag(0)+1, bTag(0)+1 // 梁振英
	tags[1][1], tags[1][2] = bTag(1), bTag(1)+1                        // 振英, typed LOC
	extendToDocNames(toks, tags)
	want := []int{bTag(0), bTag(0) + 1, bTag(0) + 1, 0}
	if !reflect.DeepEqual(tags[1], want) {
		t.Errorf("tags %v, want %v", tags[1], want)
	}
	// words: an Arabic first name found alone before the rest of the name
	toks = prepare([][]string{{"قال", "جيرالدو", "ألكمين", "."}, {"وأضاف", "جيرالدو", "ألكمين", "أن"}}, "", nil, nil, nil)
	tags = [][]int{{0, bTag(0), bTag(0) + 1, 0}, {0, bTag(0), 0, 0}}
	extendToDocNames(toks, tags)
	if want := []int{0, bTag(0), bTag(0) + 1, 0}; !reflect.DeepEqual(tags[1], want) {
		t.Errorf("words: tags %v, want %v", tags[1], want)
	}
}

func TestTagDoc(t *testing.T) {
	m := trainTiny(t)
	doc := text.New("Paul Meyer visited Paris.")
	doc.Tokenize("en")
	var got []string
	for _, mn := range m.Tag(doc, "en") {
		got = append(got, mn.Type+":"+doc.Slice(mn.Span))
	}
	if want := []string{"PER:Paul Meyer", "LOC:Paris"}; !reflect.DeepEqual(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
}

func TestGazetteer(t *testing.T) {
	g := gazetteerFor("fr")
	if g == nil {
		t.Fatal("no French country names")
	}
	toks := prepare([][]string{{"les", "États-Unis", "et", "la", "Russie"}}, "", g, nil, nil)[0]
	if toks[1].gaz != 'B' || toks[4].gaz != 'B' || toks[0].gaz != 0 {
		t.Errorf("gazetteer marks %c %c %c", toks[0].gaz, toks[1].gaz, toks[4].gaz)
	}
}

// TestIsUncased checks the fast path of isUncased against the tables.
func TestIsUncased(t *testing.T) {
	for r := rune(0); r < 0x0370; r++ {
		s := string(r)
		want := unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
		if got := isUncased(s); got != want {
			t.Errorf("isUncased(%q U+%04X) = %v, want %v", s, r, got, want)
		}
	}
	for _, s := range []string{"Москва", "东京", "القاهرة", "ירושלים"} {
		want := s != "Москва"
		if isUncased(s) != want {
			t.Errorf("isUncased(%q) = %v", s, !want)
		}
	}
}

// TestLatinNames: in a language written in another script, an untagged
// run of Latin words that is a known name of one type takes that type,
// and a capitalized acronym taken for a person is an organization; other
// Latin words, and the runs the tagger typed, are left as they are.
func TestLatinNames(t *testing.T) {
	names := NamesFrom([]Document{{Sentences: []Sentence{
		{Tokens: []string{"Mark", "Zuckerberg", "Facebook", "Paris", "PC", "LG"}, Tags: []string{"B-PER", "I-PER", "B-ORG", "B-LOC", "B-ORG", "B-ORG"}},
	}}})
	tests := []struct {
		name      string
		sent      []string
		tags, out []int
	}{
		{"known, untagged", []string{"พนักงาน", "Facebook", "บาง"}, tag("O", "O", "O"), tag("O", "B-ORG", "O")},
		{"known run of two", []string{"แทน", "Mark", "Zuckerberg", "และ"}, tag("O", "O", "O", "O"), tag("O", "B-PER", "I-PER", "O")},
		{"part of a known name", []string{"แทน", "Mark", "และ"}, tag("O", "O", "O"), tag("O", "O", "O")},
		{"typed by the tagger", []string{"ที่", "Paris", "และ"}, tag("O", "B-ORG", "O"), tag("O", "B-ORG", "O")},
		{"acronym as a person", []string{"유명", "NBA", "스타"}, tag("O", "B-PER", "O"), tag("O", "B-ORG", "O")},
		{"acronym untagged", []string{"เทคโนโลยี", "AI", "ใหม่"}, tag("O", "O", "O"), tag("O", "O", "O")},
		{"name, not acronym", []string{"유명", "Zuckerberg", "스타"}, tag("O", "B-PER", "O"), tag("O", "B-PER", "O")},
		// two letters alone: a common noun outside Korean
		{"two letters, Thai", []string{"เครื่อง", "PC", "ใหม่"}, tag("O", "O", "O"), tag("O", "O", "O")},
		{"two letters, Korean", []string{"그룹", "LG", "는"}, tag("O", "O", "O"), tag("O", "B-ORG", "O")},
	}
	for _, tt := range tests {
		lang := "th"
		if strings.HasSuffix(tt.name, "Korean") {
			lang = "ko"
		}
		toks := prepare([][]string{tt.sent}, lang, nil, names, nil)
		tags := [][]int{slices.Clone(tt.tags)}
		latinNames(toks[0], tags[0], latinMinLetters(lang))
		if !reflect.DeepEqual(tags[0], tt.out) {
			t.Errorf("%s: %v, want %v", tt.name, tags[0], tt.out)
		}
	}
}

// TestChineseGivenNames: a person's name cut after two characters takes
// the next Han character, unless that one follows names (的, 说).
func TestChineseGivenNames(t *testing.T) {
	per := bTag(0)
	for _, c := range []struct {
		chars string
		tags  []int
		want  []int
	}{
		{"陈伟业说", []int{per, per + 1, 0, 0}, []int{per, per + 1, per + 1, 0}},
		{"王军说", []int{per, per + 1, 0}, []int{per, per + 1, 0}},
		{"王军的", []int{per, per + 1, 0}, []int{per, per + 1, 0}},
		{"王军。", []int{per, per + 1, 0}, []int{per, per + 1, 0}},
		{"梁振英说", []int{per, per + 1, per + 1, 0}, []int{per, per + 1, per + 1, 0}},
		{"香港人", []int{bTag(1), bTag(1) + 1, 0}, []int{bTag(1), bTag(1) + 1, 0}},
	} {
		var s []token
		for _, r := range c.chars {
			s = append(s, token{text: string(r)})
		}
		tags := [][]int{slices.Clone(c.tags)}
		chineseGivenNames([][]token{s}, tags)
		if !slices.Equal(tags[0], c.want) {
			t.Errorf("%s: %v, want %v", c.chars, tags[0], c.want)
		}
	}
}

// TestLongOwnNames: a model's own name of characters longer than
// maxFeatureTokens marks no feature, and completes a name the tagger cut
// short inside it; NamesFrom (the names all models share) keeps no such
// name.
func TestLongOwnNames(t *testing.T) {
	party := chars("พรรคพลังประชารัฐ") // 16 characters
	tagsOf := func(n int, typ string) []string {
		out := []string{"B-" + typ}
		for range n - 1 {
			out = append(out, "I-"+typ)
		}
		return out
	}
	docs := []Document{{Sentences: []Sentence{{Tokens: party, Tags: tagsOf(len(party), "ORG")}}}}
	if NamesFrom(docs).Len() != 0 {
		t.Error("NamesFrom keeps a name of 16 characters")
	}
	own := OwnNamesFrom(docs)
	if own.Len() != 1 {
		t.Fatalf("OwnNamesFrom: %d names, want 1", own.Len())
	}
	sent := append(chars("โดย"), append(party, chars("ได้")...)...)
	toks := prepare([][]string{sent}, "th", nil, nil, own)[0]
	for i, tk := range toks {
		if tk.nameB != 0 || tk.nameI != 0 {
			t.Errorf("token %d %q marked as a known name (features)", i, tk.text)
		}
	}
	start := len(chars("โดย"))
	if toks[start].longLen != uint8(len(party)) || toks[start].longTypes != 1<<slices.Index(Types, "ORG") {
		t.Fatalf("long name: %d tokens, types %b", toks[start].longLen, toks[start].longTypes)
	}
	for _, tt := range []struct {
		name     string
		cut, typ int // tokens the tagger found from start, and their type
		want     int // tokens of the span after completeKnown
	}{
		{"cut short", 13, slices.Index(Types, "ORG"), len(party)},
		{"another type", 13, slices.Index(Types, "PER"), 13},
		{"whole already", len(party), slices.Index(Types, "ORG"), len(party)},
	} {
		tags := make([]int, len(toks))
		setSpan(tags, start, start+tt.cut, tt.typ)
		completeKnown(toks, tags)
		sp := spans(tags)
		if len(sp) != 1 || sp[0].start != start || sp[0].end-sp[0].start != tt.want {
			t.Errorf("%s: spans %+v, want %d tokens from %d", tt.name, sp, tt.want, start)
		}
	}
}

// TestJapaneseNames: a katakana name before a person's title is a person,
// a country before one is not, and a byline in 【】 is places and
// reporters.
func TestJapaneseNames(t *testing.T) {
	tests := []struct {
		sent string
		want []string // "TYPE name", in order
	}{
		{"カタールのタミム首長と協議した。", []string{"PER タミム"}},
		{"トランプ次期米大統領の就任が迫る。", []string{"PER トランプ"}},
		{"ベングビール国家治安相は反対した。", []string{"PER ベングビール"}},
		{"岸田氏は語った。同氏によると", []string{"PER 岸田"}},
		// a country's leader, a compound title, an organization's spokesman
		{"イスラエル首相は語った。", nil},
		{"アラブ首長国連邦", nil},
		{"ハマス報道官は語った。", nil},
		{"氏名はサッカー選手だ。", nil},
		{"【エルサレム松岡大地、カイロ金子淳】", []string{"LOC エルサレム", "PER 松岡大地", "LOC カイロ", "PER 金子淳"}},
		{"【ワシントン＝藤原健作】", []string{"LOC ワシントン", "PER 藤原健作"}},
		{"【ソウル共同】", []string{"LOC ソウル", "ORG 共同"}},
		{"【第1段階】", nil},
		{"【ニュース解説】", nil}, // a heading: ニュース is no place
	}
	var places []Sentence
	for _, p := range []string{"エルサレム", "カイロ", "ワシントン", "ソウル"} {
		tags := []string{"B-LOC"}
		for range len([]rune(p)) - 1 {
			tags = append(tags, "I-LOC")
		}
		places = append(places, Sentence{Tokens: chars(p), Tags: tags})
	}
	known := NamesFrom([]Document{{Sentences: places}})
	for _, tt := range tests {
		toks := prepare([][]string{chars(tt.sent)}, "ja", gazetteerFor("ja"), known, nil)[0]
		tags := make([]int, len(toks))
		japaneseNames(toks, tags)
		if got := typedNames(toks, tags); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestKatakanaPlaces: an untagged katakana run that is exactly a
// country's Japanese name is a place; a longer run holding one, or a run
// already tagged, is left alone.
func TestKatakanaPlaces(t *testing.T) {
	tests := []struct {
		sent string
		want []string
	}{
		{"エジプト、カタールが仲介した。", []string{"LOC エジプト", "LOC カタール"}},
		{"エジプトリーグの試合。", nil},
		{"ホールで会った。", nil},
	}
	for _, tt := range tests {
		toks := prepare([][]string{chars(tt.sent)}, "ja", gazetteerFor("ja"), nil, nil)[0]
		tags := make([]int, len(toks))
		katakanaPlaces(toks, tags)
		if got := typedNames(toks, tags); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// typedNames lists the names tags mark in toks, as "TYPE name".
func typedNames(toks []token, tags []int) []string {
	var out []string
	for _, sp := range spans(tags) {
		out = append(out, Types[sp.typ]+" "+joinTexts(toks[sp.start:sp.end]))
	}
	return out
}

// TestJapaneseBounds: the bounds of Japanese names the tagger gets wrong
// (japaneseBounds); from, to: the span the tagger gave, in characters.
func TestJapaneseBounds(t *testing.T) {
	tests := []struct {
		sent     []string
		from, to int
		typ      string
		want     []string
	}{
		{chars("党・フィナ・ゲール"), 1, 9, "ORG", []string{"ORG フィナ・ゲール"}},
		{chars("は人民解放軍が"), 2, 6, "ORG", []string{"ORG 人民解放軍"}},
		{chars("銀行の呉金川は"), 4, 6, "PER", []string{"PER 呉金川"}},
		// a prefix ("former"), two kanji before the name, a run starting earlier
		{chars("は元岸田が"), 2, 4, "PER", []string{"PER 岸田"}},
		{chars("の長官黒田清隆に"), 3, 7, "PER", []string{"PER 黒田清隆"}},
		{chars("親会社京成電鉄"), 3, 7, "ORG", []string{"ORG 京成電鉄"}},
		// a company's legal form and its name, tagged or not
		{chars("株式会社ユニマットライフの"), 0, 4, "ORG", []string{"ORG 株式会社ユニマットライフ"}},
		{chars("は株式会社ミントフォレストと"), -1, -1, "", []string{"ORG 株式会社ミントフォレスト"}},
		{[]string{"株", "式", "会", "社", "KDDI", "が"}, -1, -1, "", []string{"ORG 株式会社KDDI"}},
		{chars("株式会社です"), -1, -1, "", nil},
	}
	for _, tt := range tests {
		toks := prepare([][]string{tt.sent}, "ja", nil, nil, nil)[0]
		tags := make([]int, len(toks))
		if tt.from >= 0 {
			setSpan(tags, tt.from, tt.to, slices.Index(Types, tt.typ))
		}
		japaneseBounds(toks, tags)
		if got := typedNames(toks, tags); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", strings.Join(tt.sent, ""), got, tt.want)
		}
	}
}

// TestChineseWordStarts: a Chinese name does not start inside a word of
// the word list's segmentation: it takes the word's start over untagged
// characters; its end stays where the tagger put it.
func TestChineseWordStarts(t *testing.T) {
	toks := prepare([][]string{chars("他向终审法院提出上诉")}, "zh", nil, nil, nil)[0]
	tags := make([]int, len(toks))
	setSpan(tags, 3, 6, slices.Index(Types, "ORG")) // 审法院
	wholeWords(toks, tags, chineseWordInsides(toks))
	sp := spans(tags)
	if len(sp) != 1 || joinTexts(toks[sp[0].start:sp[0].end]) != "终审法院" {
		t.Errorf("spans %+v, want 终审法院", sp)
	}
}

// TestLatinEojeol: a Korean organization written in Latin letters and
// glued to Hangul takes the Hangul to the word's end, less a particle.
func TestLatinEojeol(t *testing.T) {
	org, per := slices.Index(Types, "ORG"), slices.Index(Types, "PER")
	tests := []struct {
		text, name string
		typ        int
		want       string
	}{
		{"어제 LG유플러스는 발표했다.", "LG", org, "LG유플러스"},
		{"MBC에브리원에서 방송했다.", "MBC", org, "MBC에브리원"},
		{"어제 MBC에서 방송했다.", "MBC", org, "MBC"},
		{"어제 AC밀란 경기.", "AC", org, "AC밀란"},
		{"어제 A씨가 왔다.", "A", per, "A"},           // a person: not extended
		{"어제 KBS 2TV에서 봤다.", "KBS", org, "KBS"}, // a space: the word ends
		{"발표한 곳은 LG유플러스.", "LG", org, "LG유플러스"}, // punctuation ends the word
	}
	for _, tt := range tests {
		doc := text.New(tt.text)
		doc.Tokenize("ko")
		toks := doc.Tokens[doc.SentenceTokens[0].Start:doc.SentenceTokens[0].End]
		tags := make([]int, len(toks))
		start := strings.Index(tt.text, tt.name)
		for k, tk := range toks {
			if tk.Start >= start && tk.End <= start+len(tt.name) {
				if tk.Start == start {
					tags[k] = bTag(tt.typ)
				} else {
					tags[k] = bTag(tt.typ) + 1
				}
			}
		}
		latinEojeol(doc, toks, tags)
		if got := onlyName(t, doc, toks, tags); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// onlyName returns the text of the one name tags hold over toks.
func onlyName(t *testing.T, doc *text.Doc, toks []text.Span, tags []int) string {
	t.Helper()
	sp := spans(tags)
	if len(sp) != 1 {
		t.Fatalf("%s: spans %v, want one", doc.Text, sp)
	}
	return doc.Text[toks[sp[0].start].Start:toks[sp[0].end-1].End]
}

// TestEojeols: the Korean corpora's spaces ("▁") reach the tagger as each
// character's place in its eojeol, from the gold (Retokenize) and from
// text (spacesBefore) alike.
func TestEojeols(t *testing.T) {
	gold := Retokenize([]Document{{Lang: "ko", Sentences: []Sentence{{
		Tokens: []string{"서", "울", "시", "는", "▁", "말", "했", "다"},
		Tags:   []string{"B-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O", "O"},
	}}}}, "ko")
	s := gold[0].Sentences[0]
	if want := []bool{false, false, false, false, true, false, false}; !slices.Equal(s.Spaced, want) {
		t.Errorf("Spaced %v, want %v", s.Spaced, want)
	}
	// a corpus's letters one by one become the word analyze sees
	latin := Retokenize([]Document{{Lang: "ko", Sentences: []Sentence{{
		Tokens: []string{"L", "G", "유", "는", "▁", "말"},
		Tags:   []string{"B-ORG", "I-ORG", "I-ORG", "O", "O", "O"},
	}}}}, "ko")[0].Sentences[0]
	if got := fmt.Sprint(latin.Tokens, latin.Tags, latin.Spaced); got != "[LG 유 는 말] [B-ORG I-ORG O O] [false false false true]" {
		t.Errorf("Latin letters one by one: %s", got)
	}
	doc := text.New("서울시는 말했다")
	doc.Tokenize("ko")
	fromText := spacesBefore(doc, lineRanges(doc))
	if !slices.Equal(fromText[0], s.Spaced) {
		t.Errorf("spacesBefore %v, want %v", fromText[0], s.Spaced)
	}
	toks := prepareSpaced([][]string{s.Tokens}, [][]bool{s.Spaced}, "ko", nil, nil, nil)[0]
	var got []string
	for _, tk := range toks {
		got = append(got, fmt.Sprintf("%c%d%s", tk.epos, tk.edist, tk.eend))
	}
	want := []string{"B3시는", "M2시는", "M1시는", "E0시는", "B2했다", "M1했다", "E0했다"}
	if !slices.Equal(got, want) {
		t.Errorf("places %v, want %v", got, want)
	}
	// without spaces known, and outside Korean: no eojeol
	for _, lang := range []string{"ko", "ja"} {
		var spaced [][]bool
		if lang == "ja" {
			spaced = [][]bool{s.Spaced}
		}
		for _, tk := range prepareSpaced([][]string{s.Tokens}, spaced, lang, nil, nil, nil)[0] {
			if tk.epos != 0 {
				t.Fatalf("%s: eojeol place %c without spaces known or outside Korean", lang, tk.epos)
			}
		}
	}
}

func TestModelLanguage(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{
		{"sr", "sr"}, {"hr", "hr"}, {"bs", "sr"}, {"fr", "fr"},
		{"tr", ""}, {Multilingual, ""}, {"", ""},
	} {
		if got := ModelLanguage(tt.lang); got != tt.want {
			t.Errorf("ModelLanguage(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

func TestToSerbianLatin(t *testing.T) {
	in := [][]string{{"Вучић", "у", "Beogradu"}}
	out := toSerbianLatin(in)
	if want := [][]string{{"Vučić", "u", "Beogradu"}}; !slices.EqualFunc(out, want, slices.Equal) {
		t.Errorf("toSerbianLatin = %q, want %q", out, want)
	}
	if in[0][0] != "Вучић" {
		t.Errorf("toSerbianLatin changed its input: %q", in)
	}
}

// TestSplitKnownPlaces: a place's name holding a conjunction is split
// between two known places ("Escocia y Gales"), not inside a known name
// ("Trinidad y Tobago").
func TestSplitKnownPlaces(t *testing.T) {
	known := NamesFrom([]Document{{Sentences: []Sentence{
		{Tokens: []string{"Escocia", "Gales", "Trinidad", "y", "Tobago"}, Tags: []string{"B-LOC", "B-LOC", "B-LOC", "I-LOC", "I-LOC"}},
	}}})
	for _, tt := range []struct {
		sent      []string
		tags, out []int
	}{
		{[]string{"Escocia", "y", "Gales", "."}, tag("B-LOC", "I-LOC", "I-LOC", "O"), tag("B-LOC", "O", "B-LOC", "O")},
		{[]string{"Trinidad", "y", "Tobago", "."}, tag("B-LOC", "I-LOC", "I-LOC", "O"), tag("B-LOC", "I-LOC", "I-LOC", "O")},
	} {
		if got := tidied("es", tt.sent, tt.tags, nil, known); !reflect.DeepEqual(got, tt.out) {
			t.Errorf("%v: %v, want %v", tt.sent, got, tt.out)
		}
	}
}

// TestTurkishBodies: a Turkish name ending in a public body's or a
// company's noun, in any case ending, is an organization.
func TestTurkishBodies(t *testing.T) {
	for _, tt := range []struct {
		sent      []string
		tags, out []int
	}{
		{[]string{"İstanbul", "Cumhuriyet", "Başsavcılığınca", "açıklandı"}, tag("B-LOC", "I-LOC", "I-LOC", "O"), tag("B-ORG", "I-ORG", "I-ORG", "O")},
		{[]string{"Türkiye", "Cumhuriyet", "Merkez", "Bankası", "."}, tag("B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"), tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O")},
		{[]string{"DIŞİŞLERİ", "BAKANLIĞI", "."}, tag("B-MISC", "I-MISC", "O"), tag("B-ORG", "I-ORG", "O")},
		{[]string{"Ozan", "Elektronik", "Para", "AŞ'nin"}, tag("B-PER", "I-PER", "I-PER", "I-PER"), tag("B-ORG", "I-ORG", "I-ORG", "I-ORG")},
		// a place stays a place, a person a person
		{[]string{"İstanbul", "'da", "Ozan", "Özerk", "."}, tag("B-LOC", "O", "B-PER", "I-PER", "O"), tag("B-LOC", "O", "B-PER", "I-PER", "O")},
	} {
		if got := tidied("tr", tt.sent, tt.tags, nil, nil); !reflect.DeepEqual(got, tt.out) {
			t.Errorf("%v: %v, want %v", tt.sent, got, tt.out)
		}
	}
}

// TestCountryPersons: a person's name of one word that is a country's
// whole name in the language is a place; a longer name stays a person.
func TestCountryPersons(t *testing.T) {
	for _, tt := range []struct {
		lang      string
		sent      []string
		tags, out []int
	}{
		{"da", []string{"Tyskland", "vandt", "."}, tag("B-PER", "O", "O"), tag("B-LOC", "O", "O")},
		{"sk", []string{"V", "Rakúsko", "pršalo", "."}, tag("O", "B-PER", "O", "O"), tag("O", "B-LOC", "O", "O")},
		{"en", []string{"Georgia", "Smith", "won", "."}, tag("B-PER", "I-PER", "O", "O"), tag("B-PER", "I-PER", "O", "O")},
		{"en", []string{"Smith", "won", "."}, tag("B-PER", "O", "O"), tag("B-PER", "O", "O")},
	} {
		if got := tidied(tt.lang, tt.sent, tt.tags, gazetteerFor(tt.lang), nil); !reflect.DeepEqual(got, tt.out) {
			t.Errorf("%s %v: %v, want %v", tt.lang, tt.sent, got, tt.out)
		}
	}
}

// tidied runs the tidy rules of lang over one sentence tagged tags, with
// the gazetteer and the known names given (nil for none), and returns its
// tags.
func tidied(lang string, sent []string, tags []int, gaz *gazetteer, names *Names) []int {
	out := [][]int{slices.Clone(tags)}
	tidy(prepare([][]string{sent}, lang, gaz, names, nil), out, lang, true)
	return out[0]
}

// TestTypeByEnding: a Japanese name takes the type its ending tells in the
// model's corpus (地震, earthquake: an event).
func TestTypeByEnding(t *testing.T) {
	sent := []string{"能", "登", "半", "島", "地", "震", "が", "起", "き", "た"}
	got := tidied("ja", sent, tag("B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O"), nil, nil)
	if want := tag("B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "O", "O", "O"); !reflect.DeepEqual(got, want) {
		t.Errorf("能登半島地震: %v, want %v", got, want)
	}
}

// TestQuotedNames: a name that opens a quotation mark takes in the mark
// that closes it, except in the languages whose corpora leave it out.
func TestQuotedNames(t *testing.T) {
	tests := []struct {
		lang string
		sent []string
		tags []int
		out  []int
	}{
		{"ro", []string{"Liceul", `"`, "Nikolaus", "Lenau", `"`, "din", "Timișoara"},
			tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC"),
			tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC")},
		{"pl", []string{"Organizacji", "„", "Rodziny", "Katyńskie", "”", "."},
			tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"),
			tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O")},
		{"it", []string{"“", "Valle", "del", "Tevere", "”", "."},
			tag("B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O"),
			tag("O", "B-LOC", "I-LOC", "I-LOC", "O", "O")},
		{"uk", []string{"Товариство", "«", "Меморіал", "»", "."},
			tag("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"),
			tag("B-ORG", "I-ORG", "I-ORG", "O", "O")},
	}
	for _, tt := range tests {
		if got := tidied(tt.lang, tt.sent, tt.tags, nil, nil); !reflect.DeepEqual(got, tt.out) {
			t.Errorf("%s %v: %v, want %v", tt.lang, tt.sent, got, tt.out)
		}
	}
}

// TestLeadingNonNames: the capitalized words that start a sentence and
// that the corpora use outside names come off the name they start.
func TestLeadingNonNames(t *testing.T) {
	sent := []string{"On", "Monday", "night", "No", "10", "said", "no"}
	got := tidied("en", sent, tag("B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "O"), nil, nil)
	if want := tag("O", "O", "O", "B-MISC", "I-MISC", "O", "O"); !reflect.DeepEqual(got, want) {
		t.Errorf("On Monday night No 10: %v, want %v", got, want)
	}
	// after an opening quote too
	sent = []string{`"`, "As", "Forças", "Armadas", "enviaram"}
	got = tidied("pt", sent, tag("O", "B-ORG", "I-ORG", "I-ORG", "O"), nil, nil)
	if want := tag("O", "O", "B-ORG", "I-ORG", "O"); !reflect.DeepEqual(got, want) {
		t.Errorf(`"As Forças Armadas: %v, want %v`, got, want)
	}
	// inside the sentence, such a word stays in the name
	sent = []string{"They", "signed", "with", "In", "Touch", "Records"}
	got = tidied("en", sent, tag("O", "O", "O", "B-ORG", "I-ORG", "I-ORG"), nil, nil)
	if want := tag("O", "O", "O", "B-ORG", "I-ORG", "I-ORG"); !reflect.DeepEqual(got, want) {
		t.Errorf("In Touch Records inside a sentence: %v, want %v", got, want)
	}
}
