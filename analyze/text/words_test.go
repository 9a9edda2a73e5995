package text

import (
	"maps"
	"reflect"
	"strings"
	"testing"
)

// TestWordStarts: a run of Thai letters or Chinese characters is cut into
// listed words, the fewest of them; letters of no listed word stand alone,
// and so do the characters of a language without a list.
func TestWordStarts(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"th", "รัฐบาลไม่ได้นิ่งนอนใจ", []string{"รัฐบาล", "ไม่", "ได้", "นิ่งนอนใจ"}},
		{"th", "นายกรัฐมนตรีกล่าวว่า", []string{"นายกรัฐมนตรี", "กล่าวว่า"}},
		{"th", "ฬฬ", []string{"ฬ", "ฬ"}},
		{"zh", "接受质询并道歉", []string{"接受", "质询", "并", "道歉"}},
		{"ja", "接受质询", []string{"接", "受", "质", "询"}},
	}
	for _, tt := range tests {
		var toks []string
		for _, sp := range TokenizeString(tt.in, tt.lang) {
			toks = append(toks, tt.in[sp.Start:sp.End])
		}
		starts := WordStarts(tt.lang, toks)
		var got []string
		for i := 0; i < len(toks); {
			j := i + 1
			for !starts[j] {
				j++
			}
			w := ""
			for _, s := range toks[i:j] {
				w += s
			}
			got = append(got, w)
			i = j
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWordListPrefixes: the word lists' prefixes built a character at a
// time (charTokens) are those the tokenizer's spans give.
func TestWordListPrefixes(t *testing.T) {
	for lang, in := range map[string]func(string) bool{"zh": IsHan, "th": IsThai} {
		raw, err := wordFiles.ReadFile("data/" + lang + ".words")
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]uint8{}
		for _, w := range strings.Split(string(raw), "\n") {
			if w == "" || w[0] == '#' {
				continue
			}
			want[w] |= isWord
			for _, sp := range TokenizeString(w, lang) {
				if sp.End < len(w) {
					want[w[:sp.End]] |= hasLonger
				}
			}
		}
		if got := loadWords(lang, in)().m; !maps.Equal(got, want) {
			t.Errorf("%s: %d entries built, %d from the tokenizer's spans", lang, len(got), len(want))
		}
	}
}
