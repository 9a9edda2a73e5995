package summary

import (
	"slices"
	"strings"
	"testing"
)

// sentences splits text at ". " for the tests.
func sentences(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' || text[i] == '\n' {
			if s := strings.TrimSpace(text[start : i+1]); s != "" && s != "." {
				off := start + strings.Index(text[start:i+1], s)
				out = append(out, Span{off, off + len(s)})
			}
			start = i + 1
		}
	}
	return out
}

const article = `Sanctions against Russia

The European Union agreed new sanctions against Russian banks on Monday.
The sanctions freeze the assets of three banks and ban new investment.
Diplomats said the sanctions on banks would hurt the Russian economy.
The weather in Brussels was sunny.
Ministers will review the sanctions on banks in March.
Leave a comment. Your email address will not be published.`

func input() *Input {
	in := Input{Text: article, Lang: "en", Sentences: sentences(article)}
	in.Title = &Span{0, len("Sanctions against Russia")}
	b := strings.Index(article, "Leave a comment")
	in.Skip = []Span{{b, len(article)}}
	r := strings.Index(article, "Russian banks")
	in.Entities = []Entity{{Mentions: []Span{{r, r + len("Russian")}}, Salience: 0.5, Forms: []string{"Russian"}}}
	m := strings.Index(article, "Monday")
	in.Dates = []Span{{m, m + len("Monday")}}
	return &in
}

func TestKeySentences(t *testing.T) {
	in := input()
	idx := KeySentences(in, 3)
	if len(idx) != 3 {
		t.Fatalf("got %d sentences", len(idx))
	}
	for _, i := range idx {
		s := article[in.Sentences[i].Start:in.Sentences[i].End]
		if strings.Contains(s, "weather") || strings.Contains(s, "comment") || strings.HasPrefix(s, "Sanctions against") {
			t.Errorf("key sentence %q", s)
		}
	}
	if again := KeySentences(input(), 3); !slices.Equal(idx, again) {
		t.Errorf("not deterministic: %v, %v", idx, again)
	}
}

func TestKeywords(t *testing.T) {
	kw := Keywords(input(), 10)
	if len(kw) == 0 || !slices.ContainsFunc(kw, func(k string) bool { return strings.Contains(strings.ToLower(k), "sanction") }) {
		t.Fatalf("keywords %q, want sanctions among them", kw)
	}
	for _, k := range kw {
		lk := strings.ToLower(k)
		for _, bad := range []string{"the", "would", "said", "russian", "monday", "comment", "email"} {
			if lk == bad || strings.HasPrefix(lk, bad+" ") || strings.HasSuffix(lk, " "+bad) {
				t.Errorf("keyword %q", k)
			}
		}
	}
}

func TestStopwordsLoad(t *testing.T) {
	for _, lang := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "nb"} {
		if sw := stopwords(lang); len(sw) < 100 {
			t.Errorf("%s: %d stop words", lang, len(sw))
		}
	}
	if stopwords("xx") != nil {
		t.Error("unknown language has stop words")
	}
}

func TestSimilar(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"sanctions", "sanction", true},
		{"судьи", "судьям", true},
		{"garanties de sécurité", "sécurité", true},
		{"relations", "conversation", false},
	} {
		if got := similar(tt.a, tt.b); got != tt.want {
			t.Errorf("similar(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}
