package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/textlens/textlens/analyze/ner"
	"github.com/textlens/textlens/analyze/text"
)

// TestLinkSpans: web addresses, e-mail addresses and handles are found; a
// site's name alone and a name after a word's @ are not.
func TestLinkSpans(t *testing.T) {
	s := "So bad. pic.twitter.com/IXECTjbQcN — Ketan Joshi (@KetanJ0) January 24. " +
		"See https://t.co/abc, www.example.com and Index.hr. Write to jan.novak@example.cz."
	var got []string
	for _, sp := range linkSpans(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	want := []string{"pic.twitter.com/IXECTjbQcN", "(@KetanJ0", "https://t.co/abc,", "www.example.com", "jan.novak@example.cz"}
	if !slices.Equal(got, want) {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

func TestStopWordAlone(t *testing.T) {
	tests := []struct {
		mention, lang string
		want          bool
	}{
		{"Ayrıca", "tr", true},  // "also", starting a sentence
		{"Много", "ru", true},   // "many"
		{"Međutim", "sr", true}, // "however", from textlens's additions to the Croatian list
		{"Before", "en", true},  // a heading's word
		{"BiH", "hr", false},    // Bosnia and Herzegovina, though "bih" is a form of "biti"
		{"US", "en", false},     // an acronym
		{"Pará", "pt", false},   // a state of Brazil, not "para"
		{"antara", "id", false}, // lower-case text: its names are in lower case too
		{"Paris", "fr", false},
		{"Das Haus", "de", false}, // one word only
	}
	for _, tt := range tests {
		if got := stopWordAlone(tt.mention, tt.lang); got != tt.want {
			t.Errorf("stopWordAlone(%q, %s) = %v, want %v", tt.mention, tt.lang, got, tt.want)
		}
	}
}

func TestNoName(t *testing.T) {
	for _, tt := range []struct {
		mention, typ string
		want         bool
	}{
		{"991/2030/22", "PER", true}, // a case number
		{"«", "ORG", true},
		{"118", "ORG", false}, // Italy's emergency number
		{"1+1", "ORG", false}, // a Ukrainian channel
		{"Б92", "ORG", false},
		{"Agent 007", "PER", false},
	} {
		if got := noName(tt.mention, tt.typ); got != tt.want {
			t.Errorf("noName(%q, %s) = %v, want %v", tt.mention, tt.typ, got, tt.want)
		}
	}
}

func TestWeakWordAtSentenceStart(t *testing.T) {
	s := "Given, Paris agreed. Later Given spoke."
	doc := text.New(s)
	at := func(w string, n int) text.Span {
		i := 0
		for k := 0; k <= n; k++ {
			j := strings.Index(s[i:], w)
			i += j
			if k < n {
				i += len(w)
			}
		}
		return text.Span{Start: i, End: i + len(w)}
	}
	ms := []ner.Mention{{Span: at("Given", 0), Type: "PER"}, {Span: at("Paris", 0), Type: "LOC"}, {Span: at("Given", 1), Type: "PER"}}
	groups := groupMentions(doc, ms, "en", nil, nil)
	var n int
	for _, g := range groups {
		if g.Name == "Given" {
			n = len(g.Mentions)
		}
	}
	if n != 1 {
		t.Errorf("%d mentions of Given, want 1: the one starting a sentence is the participle", n)
	}
}
