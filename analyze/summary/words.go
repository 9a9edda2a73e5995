package summary

import (
	"bufio"
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

//go:embed stopwords/*.txt extra/*.txt
var stopFS embed.FS

var stopLists sync.Map // lang → func() map[string]bool

// listFor maps languages that share a list.
var listFor = map[string]string{"nb": "no", "nn": "no"}

// stopwords returns the stop words of lang (folded), or nil: the
// generated list (stopwords/) and textlens's additions for news (extra/).
func stopwords(lang string) map[string]bool {
	if l, ok := listFor[lang]; ok {
		lang = l
	}
	f, _ := stopLists.LoadOrStore(lang, sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, file := range []string{"stopwords/" + lang + ".txt", "extra/" + lang + ".txt"} {
			raw, err := stopFS.ReadFile(file)
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(strings.NewReader(string(raw)))
			for sc.Scan() {
				line := sc.Text()
				if strings.HasPrefix(line, "#") {
					continue
				}
				for _, w := range strings.Fields(line) {
					m[fold(w)] = true
				}
			}
		}
		if len(m) == 0 {
			return nil
		}
		return m
	}))
	return f.(func() map[string]bool)()
}

// fold is text.Fold.
func fold(s string) string { return text.Fold(s) }

// word is one word of a sentence.
type word struct {
	start, end int    // byte offsets in the text
	text       string // as written
	key        string // folded
	stop       bool   // a stop word, or a word of one or two letters
	digit      bool   // has a digit
	upper      bool   // starts with a capital
	acronym    bool   // all capitals, two letters or more
	first      bool   // first word of its sentence
	joined     bool   // only spaces separate it from the previous word
}

// tokenWords turns the tokens of one sentence (text.Doc.Tokenize) into
// words: tokens with a letter or a digit; a token without one (punctuation)
// separates the words around it, and so does an elision's apostrophe.
func tokenWords(doc *text.Doc, r text.TokenRange, stop map[string]bool, folds map[string]string) []word {
	var out []word
	gap := false
	for _, t := range doc.Tokens[r.Start:r.End] {
		s := doc.Text[t.Start:t.End]
		hasDigit, hasLetter, allUpper, letters := false, false, true, 0
		for _, c := range s {
			switch {
			case unicode.IsDigit(c):
				hasDigit = true
			case unicode.IsLetter(c):
				hasLetter = true
				letters++
				if !unicode.IsUpper(c) {
					allUpper = false
				}
			}
		}
		if !hasDigit && !hasLetter {
			gap = true
			continue
		}
		k, ok := folds[s]
		if !ok {
			k = fold(s)
			folds[s] = k
		}
		first, _ := utf8.DecodeRuneInString(s)
		w := word{start: t.Start, end: t.End, text: s, key: k, digit: hasDigit, upper: unicode.IsUpper(first),
			acronym: allUpper && letters >= 2, first: len(out) == 0, joined: len(out) > 0 && !gap}
		// an elided article or preposition ("l'", "dell’") is a stop word,
		// and does not join the word after it
		elided := strings.HasSuffix(s, "'") || strings.HasSuffix(s, "’")
		w.stop = elided || stop[k] || utf8.RuneCountInString(k) <= 2
		out = append(out, w)
		gap = elided
	}
	return out
}
