package ner

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/textlens/textlens/analyze/text"
)

// gazetteer holds the names of countries and regions in one language, from
// CLDR ("Russie", "États-Unis", "Allemagne" in French), as token sequences.
type gazetteer struct {
	// byFirst maps the lower-cased first token to the token sequences
	// (lower-cased) of the names that start with it, longest first.
	byFirst map[string][][]string
}

var gazetteers sync.Map // language code → func() *gazetteer (sync.OnceValue)

// gazetteerFor returns the gazetteer of lang, built once, or nil when CLDR
// has no region names for it.
func gazetteerFor(lang string) *gazetteer {
	f, _ := gazetteers.LoadOrStore(lang, sync.OnceValue(func() *gazetteer { return buildGazetteer(lang) }))
	return f.(func() *gazetteer)()
}

func buildGazetteer(lang string) *gazetteer {
	tag, err := language.Parse(lang)
	if err != nil {
		return nil
	}
	namer := display.Regions(tag)
	if namer == nil {
		return nil
	}
	g := &gazetteer{byFirst: map[string][][]string{}}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			name := namer.Name(r)
			if name == "" {
				continue
			}
			var toks []string
			for _, sp := range text.TokenizeString(name, lang) {
				toks = append(toks, strings.ToLower(name[sp.Start:sp.End]))
			}
			if len(toks) == 0 || len(toks) > 6 {
				continue
			}
			g.byFirst[toks[0]] = append(g.byFirst[toks[0]], toks)
		}
	}
	for k, seqs := range g.byFirst {
		// longest first, then alphabetical: deterministic matching
		sortSeqs(seqs)
		g.byFirst[k] = seqs
	}
	return g
}

func sortSeqs(seqs [][]string) {
	for i := 1; i < len(seqs); i++ {
		for j := i; j > 0 && less(seqs[j], seqs[j-1]); j-- {
			seqs[j], seqs[j-1] = seqs[j-1], seqs[j]
		}
	}
}

func less(a, b []string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return strings.Join(a, " ") < strings.Join(b, " ")
}

// mark sets gaz on the tokens of a sentence that start ('B') or continue
// ('I') a name; the first token must be capitalized (or of a script without case).
func (g *gazetteer) mark(toks []token) {
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap && !toks[i].uncased {
			continue
		}
		for _, seq := range g.byFirst[toks[i].lower] {
			if i+len(seq) > len(toks) {
				continue
			}
			ok := true
			for k, w := range seq {
				if toks[i+k].lower != w {
					ok = false
					break
				}
			}
			if ok {
				toks[i].gaz = 'B'
				for k := 1; k < len(seq); k++ {
					toks[i+k].gaz = 'I'
				}
				i += len(seq) - 1
				break
			}
		}
	}
}
