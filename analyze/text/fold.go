package text

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s and strips its diacritics (combining marks after
// canonical decomposition), so that "Décembre", "decembre" and "DÉCEMBRE"
// compare equal; "ё" folds to "е". ASCII lower-case text is returned as it
// is, without allocating.
func Fold(s string) string {
	lower, ascii := true, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			ascii = false
		case c >= 'A' && c <= 'Z':
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		return strings.ToLower(s) // ASCII: nothing to decompose
	}
	if out, ok := foldTable(s); ok {
		return out
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// tableRunes is how far foldTable knows runes: Latin, Greek, Cyrillic.
const tableRunes = 0x0530

// runeFolds holds, for each rune below tableRunes, its fold: decomposed,
// marks dropped, lower-cased (what Fold does, rune by rune).
var runeFolds = sync.OnceValue(func() *[tableRunes]string {
	var t [tableRunes]string
	for r := rune(0); r < tableRunes; r++ {
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(unicode.ToLower(d))
			}
		}
		t[r] = b.String()
	}
	return &t
})

// foldTable folds s rune by rune from runeFolds, without normalizing the
// whole string, when every rune is below tableRunes and none is a
// combining mark (then the result is Fold's).
func foldTable(s string) (string, bool) {
	t := runeFolds()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= tableRunes || (r >= 0x0300 && r < 0x0370) {
			return "", false
		}
		b.WriteString(t[r])
	}
	return b.String(), true
}
