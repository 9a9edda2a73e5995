package timex

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Tier says how much of the grammar a language has: "grammar" (a full
// grammar file), "calendar" (explicit dates from CLDR month names only) or
// "none".
func Tier(lang string) string {
	if _, err := grammarFS.ReadFile("grammars/" + lang + ".txt"); err == nil {
		return "grammar"
	}
	if noSpaces[lang] {
		return "none" // month names sit inside unsegmented runs of characters
	}
	if g, err := grammarFor(lang); err == nil && g != nil && g.classes["month"] {
		return "calendar"
	}
	return "none"
}

// noSpaces are the languages written without spaces between words: only
// a grammar written for their characters (zh, ja: each Han and kana
// character is a token) finds their dates.
var noSpaces = map[string]bool{"zh": true, "ja": true, "th": true, "lo": true, "km": true, "my": true}

var grammars sync.Map // lang → func() (*grammar, error)

// grammarFor returns the compiled grammar of lang, building it once.
func grammarFor(lang string) (*grammar, error) {
	f, _ := grammars.LoadOrStore(lang, sync.OnceValues(func() (*grammar, error) { return build(lang) }))
	return f.(func() (*grammar, error))()
}

// build reads common.txt, the language's file when there is one, and the
// CLDR month and weekday names.
func build(lang string) (*grammar, error) {
	g := &grammar{lang: lang}
	own, err := grammarFS.ReadFile("grammars/" + lang + ".txt")
	hasOwn := err == nil
	if noSpaces[lang] && !hasOwn {
		return nil, nil // month names would sit inside runs of characters
	}
	if !hasOwn {
		if _, ok := cldrLocales[lang]; !ok {
			return nil, nil
		}
	}
	if hasOwn {
		if err := g.parse(lang+".txt", string(own)); err != nil {
			return nil, err
		}
	}
	common, err := grammarFS.ReadFile("grammars/common.txt")
	if err != nil {
		return nil, err
	}
	if err := g.parse("common.txt", string(common)); err != nil {
		return nil, err
	}
	g.addCLDR(lang)
	if err := g.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", lang, err)
	}
	return g, nil
}

// addCLDR adds the month and weekday names of lang's CLDR locale: wide
// forms always, abbreviated month forms flagged (they match only beside a
// day or a year: "mar", "sie" and "jan" are ordinary words too).
func (g *grammar) addCLDR(lang string) {
	mk, ok := cldrLocales[lang]
	if !ok {
		return
	}
	tr := mk()
	for m := time.January; m <= time.December; m++ {
		as := []assign{{k: sMonth, v: value{n: float64(m)}}}
		wide := tr.MonthWide(m)
		if strings.ContainsAny(wide, "0123456789") {
			continue // "1月": written with digits, inside words the tokenizer cannot split
		}
		g.add(&entry{class: "month", toks: foldPhrase(wide), set: as})
		ab := strings.TrimSuffix(tr.MonthAbbreviated(m), ".")
		if ab == "" || ab == wide || strings.ContainsAny(ab, "0123456789") {
			continue // none, or the wide name itself: no "mai." taking the sentence's period
		}
		g.add(&entry{class: "month", toks: foldPhrase(ab + "."), set: as, abbr: true})
		g.add(&entry{class: "month", toks: foldPhrase(ab), set: as, abbr: true})
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		iso := int(d)
		if iso == 0 {
			iso = 7
		}
		g.add(&entry{class: "weekday", toks: foldPhrase(tr.WeekdayWide(d)), set: []assign{{k: sWeekday, v: value{n: float64(iso)}}}})
	}
}
