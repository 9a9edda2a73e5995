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

// splitWords cuts text[s:e] into words: runs of letters and digits, with
// inner hyphens kept ("russo-américaines"); apostrophes split ("l'Otan").
func splitWords(text string, s, e int, stop map[string]bool, folds map[string]string) []word {
	var out []word
	gapClean := true
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if !unicode.IsSpace(r) {
				gapClean = false
			}
			i += n
			continue
		}
		j := i
		hasDigit, allUpper, letters := false, true, 0
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '-' && j+n2 < e {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); unicode.IsLetter(r3) {
					j += n2
					continue
				}
			}
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2)) {
				break
			}
			if unicode.IsDigit(r2) {
				hasDigit = true
			}
			if unicode.IsLetter(r2) {
				letters++
				if !unicode.IsUpper(r2) {
					allUpper = false
				}
			}
			j += n2
		}
		k, ok := folds[text[i:j]]
		if !ok {
			k = fold(text[i:j])
			if folds != nil {
				folds[text[i:j]] = k
			}
		}
		w := word{start: i, end: j, text: text[i:j], key: k, digit: hasDigit,
			upper: unicode.IsUpper(r), acronym: allUpper && letters >= 2, first: len(out) == 0, joined: len(out) > 0 && gapClean}
		w.stop = stop[w.key] || utf8.RuneCountInString(w.key) <= 2
		out = append(out, w)
		gapClean = true
		i = j
	}
	return out
}
