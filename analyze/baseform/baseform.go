// Package baseform gives a name's base form in the languages that inflect
// names: Polish "Berlinie" → "Berlin", Russian "Вашингтона" →
// "Вашингтон", Turkish "İstanbul'da" → "İstanbul", German "Bundestages"
// → "Bundestag".
//
// Suffix rules are learned from Universal Dependencies form→lemma pairs
// (internal/genrules writes data/<lang>.rules and data/<lang>.lemmas).
// A rule only proposes: a base form is given only when it is attested,
// as a known base word or by the caller (the knowledge table, the
// article's other forms of the same entity). Nothing is invented.
package baseform

import (
	"bufio"
	"embed"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/textlens/textlens/analyze/text"
)

//go:embed data/*.rules data/*.lemmas
var dataFS embed.FS

type rule struct {
	from, to string
	score    float64
}

type lang struct {
	rules  []rule // longest ending first, then best score
	lemmas map[string]bool
}

var langs sync.Map // code → func() *lang

// dataFor maps a language without rules of its own to the close relative
// whose rules it reads: Bosnian reads Serbian's (lingua-go identifies
// Serbian written in Latin letters as Bosnian). On the held-out Serbian
// pairs, Serbian's rules give precision 0.877 and recall 0.556,
// Croatian's 0.833 and 0.500.
var dataFor = map[string]string{"bs": "sr"}

func load(code string) *lang {
	if r, ok := dataFor[code]; ok {
		code = r
	}
	f, _ := langs.LoadOrStore(code, sync.OnceValue(func() *lang { return read(code) }))
	return f.(func() *lang)()
}

func read(code string) *lang {
	rules, err := dataFS.ReadFile("data/" + code + ".rules")
	if err != nil {
		return nil
	}
	l := &lang{lemmas: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(string(rules)))
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 4 || strings.HasPrefix(c[0], "#") {
			continue
		}
		n, _ := strconv.Atoi(c[2])
		share, _ := strconv.ParseFloat(c[3], 64)
		l.rules = append(l.rules, rule{from: c[0], to: c[1], score: share * float64(n)})
	}
	sort.SliceStable(l.rules, func(i, j int) bool {
		a, b := l.rules[i], l.rules[j]
		if len(a.from) != len(b.from) {
			return len(a.from) > len(b.from)
		}
		return a.score > b.score
	})
	words, _ := dataFS.ReadFile("data/" + code + ".lemmas")
	for _, w := range strings.Split(string(words), "\n") {
		if w != "" {
			l.lemmas[w] = true
		}
	}
	return l
}

// HeldOut reports the form→lemma pairs left out of the rules' learning
// (one in five, by an FNV hash), to evaluate them on.
func HeldOut(form, lemma string) bool {
	h := fnv.New32a()
	h.Write([]byte(form + "\t" + lemma))
	return h.Sum32()%5 == 0
}

// Inflects reports whether names inflect in lang (a rule set exists).
func Inflects(code string) bool { return load(code) != nil }

// candidates returns the forms the rules propose for one word, best first.
func (l *lang) candidates(w string) []string { return l.firstCandidates(w, len(l.rules)) }

// firstCandidates is candidates, the first n only.
func (l *lang) firstCandidates(w string, n int) []string {
	var out []string
	for _, r := range l.rules {
		if len(out) == n {
			break
		}
		if !strings.HasSuffix(w, r.from) {
			continue
		}
		stem := w[:len(w)-len(r.from)]
		if utf8.RuneCountInString(stem) < 2 {
			continue
		}
		out = append(out, stem+r.to)
	}
	return out
}

// Candidates returns up to n base forms the rules of lang propose for one
// word, best first; none are checked against anything.
func Candidates(word, code string, n int) []string {
	l := load(code)
	if l == nil {
		return nil
	}
	return l.firstCandidates(word, n)
}

// Base returns the base form of name, a name as written in lang, and
// true; or name and false when no base form is attested. attested says
// whether a whole candidate is known (to the knowledge table, or as
// another form of the same entity in the article; not name itself); a
// word is also attested when it is a known base word of the language. A
// name attested itself is kept.
func Base(name, code string, known Known) (string, bool) {
	if code == "sr" && text.HasSerbianCyrillic(name) {
		// the rules were learned from text in Latin letters; a word the
		// base form keeps keeps its spelling (Latin nj is Cyrillic њ or нј)
		base, ok := Base(text.SerbianLatin(name), code, cyrillicKnown{known})
		if !ok {
			return name, false
		}
		words, bases := strings.Fields(name), strings.Fields(base)
		for i := range bases {
			if i < len(words) && len(bases) == len(words) && text.SerbianLatin(words[i]) == bases[i] {
				bases[i] = words[i]
			} else {
				bases[i] = text.SerbianCyrillic(bases[i])
			}
		}
		return strings.Join(bases, " "), true
	}
	attested := known.Attested
	l := load(code)
	if l == nil {
		return name, false
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 {
		return name, false
	}
	allKnown := true
	for _, w := range words {
		if !l.lemmas[w] {
			allKnown = false
		}
	}
	if allKnown {
		return name, false
	}
	if attested(name) {
		return name, false // already a known form
	}
	// one word: the first candidate attested as a whole
	if len(words) == 1 {
		cs := l.candidates(name)
		for _, c := range cs {
			if c != name && l.lemmas[c] {
				return c, true
			}
		}
		for _, c := range cs[:min(len(cs), maxTried)] {
			if c != name && attested(c) {
				return c, true
			}
		}
		return name, false
	}
	// several words: a combination of the words' candidates attested as a
	// whole ("Władimirem Putinem" → "Władimir Putin")
	if len(words) <= 3 {
		if base, ok := l.combine(words, known); ok {
			return base, true
		}
	}
	// else each word becomes its best attested candidate (a
	// known base word, or one that makes the whole name attested when
	// only that word changes); the result must be attested as a whole, or
	// every changed word a known base word.
	out := make([]string, len(words))
	changed, allBase := false, true
	for i, w := range words {
		out[i] = w
		if l.lemmas[w] {
			continue
		}
		for _, c := range l.candidates(w) {
			if l.lemmas[c] {
				out[i], changed = c, true
				break
			}
		}
		if out[i] == w {
			allBase = false
		}
	}
	if !changed {
		return name, false
	}
	base := strings.Join(out, " ")
	if attested(base) || allBase {
		return base, true
	}
	return name, false
}

// cyrillicKnown asks known about a Serbian form in Latin letters, as it
// is written in Latin and in Cyrillic letters.
type cyrillicKnown struct{ known Known }

func (c cyrillicKnown) Attested(form string) bool {
	return c.known.Attested(form) || c.known.Attested(text.SerbianCyrillic(form))
}

func (c cyrillicKnown) Starts(words string) bool {
	return c.known.Starts(words) || c.known.Starts(text.SerbianCyrillic(words))
}

// maxTried is how many of a word's candidates, best first, are looked up.
const maxTried = 10

// Known says which forms are attested.
type Known interface {
	// Attested reports a known whole form.
	Attested(form string) bool
	// Starts reports whether some known form starts with these words and
	// goes on ("Władimir" for "Władimir Putin"): combinations that cannot
	// be known are not tried.
	Starts(words string) bool
}

// combine tries the combinations of each word's forms (as written, then
// up to two candidates) and returns the first attested one; a prefix no
// known form starts with is not extended.
func (l *lang) combine(words []string, known Known) (string, bool) {
	opts := make([][]string, len(words))
	for i, w := range words {
		c := l.candidates(w)
		opts[i] = append([]string{w}, c[:min(len(c), 2)]...)
	}
	var try func(i int, prefix string, changed bool) (string, bool)
	try = func(i int, prefix string, changed bool) (string, bool) {
		for k, o := range opts[i] {
			p := o
			if i > 0 {
				p = prefix + " " + o
			}
			ch := changed || k > 0
			if i == len(words)-1 {
				if ch && known.Attested(p) {
					return p, true
				}
				continue
			}
			if !known.Starts(p) {
				continue
			}
			if c, ok := try(i+1, p, ch); ok {
				return c, true
			}
		}
		return "", false
	}
	return try(0, "", false)
}
